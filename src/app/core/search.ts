// Search over node labels, aliases and the text attributes of other tools' files: typing
// "Tokyo" offers Japan, "Blogarama" the blogs of that source. Case- and accent-insensitive;
// exact matches rank first, then word prefixes, then substrings, and a label beats an alias
// or an attribute at the same rank.
import type { NodeType } from "../../extract/types.ts";
import { NODE_ATTRIBUTES, type NewsGraph } from "../../graph/types.ts";

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

/** Attribute values longer than this are not names (JSON of lists, notes): not searched. */
const MAX_ATTRIBUTE_LENGTH = 200;
const OWN = new Set<string>([...NODE_ATTRIBUTES, "color", "shape"]);

/** The node's text attributes from a file ("name: value"), as names the search also matches. */
function attributeNames(a: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, value] of Object.entries(a)) {
    if (OWN.has(name)) continue;
    for (const v of Array.isArray(value) ? value : [value]) {
      if (typeof v === "string" && v !== "" && v.length <= MAX_ATTRIBUTE_LENGTH) out.push([`${name}: ${v}`, normalize(v)]);
    }
  }
  return out;
}

export function buildSearchIndex(graph: NewsGraph): SearchIndex {
  return graph.mapNodes((key, a) => ({
    key,
    label: a.label,
    type: a.type,
    names: [...[a.label, ...(a.aliases ?? [])].map((n): [string, string] => [n, normalize(n)]), ...attributeNames(a as unknown as Record<string, unknown>)],
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

/** Labels of the graph's most connected entities (the search box's placeholder names them). */
export function searchExamples(graph: NewsGraph, count = 2): string[] {
  return graph
    .mapNodes((key, a) => ({ label: a.label || key, degree: graph.degree(key) }))
    .sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label))
    .slice(0, count)
    .map((n) => (n.label.length > 18 ? `${n.label.slice(0, 17)}…` : n.label));
}
