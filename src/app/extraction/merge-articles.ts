// Articles a person adds -> documents for the extractor, next to the documents the graph
// already has: decoded and converted as the CLI does (src/graph/input), in name order (so
// that the order they were picked or dropped in does not matter), with ids made as the CLI
// makes them and never reusing an existing id. Pure.
import type { DocumentInfo, SourceDocument } from "../../extract/types.ts";
import { ARTICLE_EXTENSIONS, isArticleFile, readArticle } from "../../graph/input/article.ts";
import { documentIds } from "../../graph/input/document-ids.ts";
import type { ArticleInput, SkippedArticle } from "./protocol.ts";

export interface MergedArticles {
  /** Every document: the existing ones first, then the new ones. */
  documents: SourceDocument[];
  /** Ids of the new documents. */
  added: string[];
  skipped: SkippedArticle[];
  /** What decoding repaired ("damaged.txt: 1 invalid byte replaced"). */
  notes: string[];
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const EXTENSIONS = Object.keys(ARTICLE_EXTENSIONS).join(", ");

/** The document as the extractor reads it back (title and date as it found them). */
export function sourceDocument(d: DocumentInfo): SourceDocument {
  return { id: d.id, path: d.path, text: d.text, ...(d.title ? { title: d.title } : {}), ...(d.date ? { date: d.date } : {}) };
}

/** Reads `added` (in name order) and merges it into `existing`; `onRead` follows each one. */
export function mergeArticles(existing: readonly DocumentInfo[], added: readonly ArticleInput[], onRead?: (done: number, name: string) => void): MergedArticles {
  const skipped: SkippedArticle[] = [];
  const notes: string[] = [];
  const read: { path: string; text: string; title?: string; date?: string }[] = [];
  // Same text as a document already there (or added just before): a duplicate, as in the CLI.
  const byText = new Map(existing.map((d) => [d.text, d.path]));
  const sorted = [...added].sort((a, b) => compare(a.name, b.name));
  sorted.forEach((input, i) => {
    const reason = readOne(input);
    if (reason) skipped.push({ name: input.name, reason });
    onRead?.(i + 1, input.name);
  });

  function readOne(input: ArticleInput): string | undefined {
    let text: string;
    let meta: { title?: string; date?: string } = {};
    if ("text" in input) {
      text = input.text.replace(/\r\n?/g, "\n");
      if (text.trim() === "") return "no text";
    } else {
      if (!isArticleFile(input.name)) return `not an article file (expected ${EXTENSIONS})`;
      if (input.bytes.length === 0) return "empty file";
      const result = readArticle(input.bytes, input.name);
      if (!result.ok) return result.reason;
      const { title, date, note } = result.article;
      text = result.article.text;
      meta = { ...(title ? { title } : {}), ...(date ? { date } : {}) };
      if (note) notes.push(`${input.name}: ${note}`);
    }
    const original = byText.get(text);
    if (original !== undefined) return `duplicate of ${original} (same text)`;
    byText.set(text, input.name);
    read.push({ path: input.name, text, ...meta });
    return undefined;
  }

  const ids = documentIds(
    read.map((r) => r.path),
    existing.map((d) => d.id),
  );
  const fresh = read.map((r, i): SourceDocument => ({ id: ids[i], ...r }));
  return { documents: [...existing.map(sourceDocument), ...fresh], added: ids, skipped, notes };
}
