// Document metadata: a title and a date for each article.
import { documentDate } from "./dates.ts";
import type { Rules } from "./rules.ts";
import { isBoilerplate } from "./segment.ts";
import type { DocumentInfo, SourceDocument } from "./types.ts";

/** The headline: a line the page repeats (scraped pages often do), else the first short line without a final period. */
export function documentTitle(text: string, R: Rules): string {
  const lines: string[] = [];
  for (const raw of text.split("\n")) {
    const l = raw.trim().replace(/^[•·*\-–—]\s*/, "");
    if (!isBoilerplate(l, R) && lines.push(l) === 15) break; // the first 15 content lines
  }
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1);
  const repeated = lines.find((l) => counts.get(l)! > 1 && l.split(/\s+/).length <= 30);
  if (repeated) return repeated;
  const short = lines.find((l) => l.split(/\s+/).length <= 25 && !/[.!?]["”]?$/.test(l));
  if (short) return short;
  const first = lines[0] ?? "";
  return first.length > 120 ? `${first.slice(0, 117).replace(/\s+\S*$/, "")}...` : first;
}

export function documentInfo(d: SourceDocument, R: Rules): DocumentInfo {
  return { id: d.id, title: d.title || documentTitle(d.text, R), date: d.date || documentDate(d.text), path: d.path, text: d.text };
}
