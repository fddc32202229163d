// Known names -> entities: countries (world-countries: names, official names, capitals as
// metonyms, demonyms) and the lexicon's well-known actors. Names are tokenized with the
// same tokenizer as articles, so a match is a match of token sequences.
import countries from "world-countries";
import type { Lexicon } from "./lexicon.ts";
import { nameTokens, slug } from "./tokens.ts";
import type { NodeType } from "./types.ts";

export interface KnownEntity {
  key: string;
  label: string;
  type: NodeType;
  /** ISO alpha-2 of the state a ministry, person or company belongs to. */
  country?: string;
  function?: string;
  role?: string;
  partOf?: string;
}

export interface GazetteerHit {
  entity: KnownEntity;
  /** Counts only in a document that names the entity another way. */
  weak: boolean;
  /** An adjective of nationality ("Japanese"): a modifier, not a mention. */
  demonym: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  hit?: GazetteerHit;
}

export interface Gazetteer {
  root: TrieNode;
  byKey: Map<string, KnownEntity>;
  countryByCode: Map<string, KnownEntity>;
  /** "ministry|JP|trade" -> the known ministry of that state and function. */
  byFunction: Map<string, KnownEntity>;
}

const deaccent = (s: string): string => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");

function add(g: Gazetteer, name: string, hit: GazetteerHit): void {
  addTokens(g, nameTokens(name), hit);
  // Also without accents, as English copy often writes them: "Bogota", "Brasilia", "Erdogan".
  const plain = deaccent(name);
  if (plain !== name) addTokens(g, nameTokens(plain), hit);
}

function addTokens(g: Gazetteer, toks: string[], hit: GazetteerHit): void {
  if (!toks.length) return;
  let node = g.root;
  for (const t of toks) {
    let nx = node.next.get(t);
    if (!nx) node.next.set(t, (nx = { next: new Map() }));
    node = nx;
  }
  // The first entry for a name wins, except that a strong name beats a weak or demonym one.
  if (!node.hit || (node.hit.weak && !hit.weak)) node.hit = hit;
}

export function buildGazetteer(lex: Lexicon): Gazetteer {
  const g: Gazetteer = { root: { next: new Map() }, byKey: new Map(), countryByCode: new Map(), byFunction: new Map() };
  // Lexicon actors first: they override dataset names ("Brussels" -> EU).
  for (const a of lex.actors) {
    const entity: KnownEntity = { key: slug(a.label), label: a.label, type: a.type, country: a.country, function: a.function, role: a.role, partOf: a.partOf };
    g.byKey.set(entity.key, entity);
    const fn = `${a.type}|${a.country}|${a.function}`;
    if (a.function && a.country && !g.byFunction.has(fn)) g.byFunction.set(fn, entity);
    for (const n of [a.label, ...a.aliases]) add(g, n, { entity, weak: false, demonym: false });
    for (const n of a.weakAliases ?? []) add(g, n, { entity, weak: true, demonym: false });
    for (const n of a.demonyms ?? []) add(g, n, { entity, weak: false, demonym: true });
  }
  const sorted = [...countries].sort((a, b) => a.cca2.localeCompare(b.cca2));
  for (const c of sorted) {
    if (!c.independent && !["TW", "PS", "XK", "HK"].includes(c.cca2)) continue;
    const extra = lex.countries[c.cca2];
    const label = extra?.label ?? c.name.common;
    // Every field, as for actors: one shape of entity keeps the mention stages monomorphic (see newMention).
    const entity: KnownEntity = { key: slug(label), label, type: "country", country: c.cca2, function: undefined, role: undefined, partOf: undefined };
    g.byKey.set(entity.key, entity);
    g.countryByCode.set(c.cca2, entity);
    const removed = new Set(extra?.removeAliases ?? []);
    // Alternative spellings, without the ISO codes ("AE", "ARE") but with abbreviations news uses ("UAE", "DRC").
    const alt = c.altSpellings.filter((s) => (s.length > 3 && !/^[A-Z]{2,3}$/.test(s)) || (/^[A-Z]{3}$/.test(s) && s !== c.cca3));
    const names = [c.name.common, c.name.official, ...alt, ...c.capital, ...(extra?.aliases ?? [])];
    for (const n of names) if (!removed.has(n)) add(g, n, { entity, weak: false, demonym: false });
    for (const n of extra?.weakAliases ?? []) add(g, n, { entity, weak: true, demonym: false });
    const dem = (c.demonyms as Record<string, { m: string; f: string }> | undefined)?.eng;
    for (const n of new Set([dem?.m, dem?.f, ...(extra?.demonyms ?? [])].filter(Boolean) as string[])) if (!removed.has(n)) add(g, n, { entity, weak: false, demonym: true });
  }
  return g;
}

/** Longest known name starting at tokens[i], or undefined. */
export function matchAt(g: Gazetteer, norms: string[], i: number): { hit: GazetteerHit; end: number } | undefined {
  let node: TrieNode | undefined = g.root;
  let best: { hit: GazetteerHit; end: number } | undefined;
  for (let j = i; j < norms.length && node; j++) {
    node = node.next.get(norms[j]);
    if (node?.hit) best = { hit: node.hit, end: j + 1 };
  }
  return best;
}
