// Search over node labels and aliases: typing "Tokyo" offers Japan. Case- and
// accent-insensitive; exact matches rank first, then word prefixes, then substrings, and a
// label beats an alias at the same rank.
import type { NodeType } from "../../extract/types.ts";
import type { NewsGraph } from "../../graph/types.ts";

export interface SearchHit {
  key: string;
  label: string;
  type: NodeType;
  /** The alias that matched, when the label did not. */
  via?: string;
}

interface Entry {
  key: string;
  label: string;
  type: NodeType;
  /** [name as written, normalized], label first. */
  names: [string, string][];
}

export function normalize(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

export type SearchIndex = Entry[];

export function buildSearchIndex(graph: NewsGraph): SearchIndex {
  return graph.mapNodes((key, a) => ({
    key,
    label: a.label,
    type: a.type,
    names: [a.label, ...a.aliases].map((n): [string, string] => [n, normalize(n)]),
  }));
}

/** 0 exact, 1 starts with the query, 2 a word starts with it, 3 contains it; null: no match. */
function rank(name: string, query: string): number | null {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  const at = name.indexOf(query);
  if (at < 0) return null;
  return /[\s\-'(.,]/.test(name[at - 1]) ? 2 : 3;
}

export function search(index: SearchIndex, text: string, limit = 10): SearchHit[] {
  const query = normalize(text);
  if (!query) return [];
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const entry of index) {
    let best: { score: number; via?: string } | null = null;
    entry.names.forEach(([written, name], i) => {
      const r = rank(name, query);
      if (r === null) return;
      const score = r * 2 + (i === 0 ? 0 : 1);
      if (!best || score < best.score) best = { score, via: i === 0 ? undefined : written };
    });
    if (best === null) continue;
    const { score, via } = best as { score: number; via?: string };
    const hit: SearchHit = { key: entry.key, label: entry.label, type: entry.type };
    if (via !== undefined) hit.via = via;
    scored.push({ hit, score });
  }
  scored.sort((a, b) => a.score - b.score || a.hit.label.length - b.hit.label.length || (a.hit.label < b.hit.label ? -1 : 1));
  return scored.slice(0, limit).map((s) => s.hit);
}
