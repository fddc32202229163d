// Scores an extracted graph (graphology `graph.export()` JSON) against gold files
// (shared/EXTRACTION.md, "Gold files"). Pure: reading files is the CLI's job (eval.ts).
// The figures follow tests/tools/score.mjs, the reference scorer, exactly; the reports add
// structure (gold file, evidence) and the required gold entities that were not found.
// tests/score.test.ts cross-checks the two scorers.
import { ACTIONS, NODE_TYPES, type NodeType } from "../extract/types.ts";

/** Bad input (gold or graph); the message names the file and the problem. */
export class ScoreInputError extends Error {
  override name = "ScoreInputError";
}

// ---- gold ----

export interface GoldFile {
  /** File name (basename), used in messages and reports. */
  name: string;
  json: unknown;
}
export interface GoldEntity {
  id: string;
  type: NodeType;
  names: string[];
  /** True only when every file that lists the entity marks it optional. */
  optional: boolean;
  files: string[];
}
export interface GoldRelation {
  source: string[];
  action: string[];
  target: string[];
  date?: string;
  evidence: string;
  optional: boolean;
  file: string;
  /** Position in the file's `relations`. */
  index: number;
}
export interface Gold {
  /** In file order (files sorted by name), then entity order: fuzzy ties go to the first. */
  entities: Map<string, GoldEntity>;
  relations: GoldRelation[];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const isNameList = (x: unknown): x is string[] => Array.isArray(x) && x.length > 0 && x.every((s) => typeof s === "string" && s.trim() !== "");
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Validates and merges gold files; an entity id listed in several files is one entity. */
export function loadGold(files: readonly GoldFile[]): Gold {
  if (!files.length) throw new ScoreInputError("score: no gold files");
  const fail = (file: string, where: string, problem: string): never => {
    throw new ScoreInputError(`score: gold ${file}: ${where ? where + ": " : ""}${problem}`);
  };
  const entities = new Map<string, GoldEntity>();
  const relations: GoldRelation[] = [];
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  sorted.forEach(({ name, json }, i) => {
    if (i > 0 && sorted[i - 1].name === name) fail(name, "", "given twice");
    if (!isObject(json)) return fail(name, "", "not a JSON object");
    if (!Array.isArray(json.entities)) fail(name, "", '"entities" must be an array');
    if (!Array.isArray(json.relations)) fail(name, "", '"relations" must be an array');
    (json.entities as unknown[]).forEach((e, i) => {
      let at = `entities[${i}]`;
      if (!isObject(e)) return fail(name, at, "not an object");
      if (typeof e.id !== "string" || !e.id.trim()) fail(name, at, '"id" must be a non-empty string');
      const id = e.id as string;
      at += ` ("${id}")`;
      if (!NODE_TYPES.includes(e.type as NodeType)) fail(name, at, `type ${JSON.stringify(e.type)} is not one of ${NODE_TYPES.join(", ")}`);
      if (!isNameList(e.names)) fail(name, at, '"names" must be a non-empty list of non-empty strings');
      if (e.optional !== undefined && typeof e.optional !== "boolean") fail(name, at, '"optional" must be true or false');
      const type = e.type as NodeType,
        names = e.names as string[],
        optional = e.optional === true;
      const prev = entities.get(id);
      if (!prev) return void entities.set(id, { id, type, names: [...new Set(names)], optional, files: [name] });
      if (prev.type !== type) fail(name, at, `type "${type}" conflicts with "${prev.type}" in ${prev.files[0]}`);
      for (const n of names) if (!prev.names.includes(n)) prev.names.push(n);
      prev.optional &&= optional;
      if (!prev.files.includes(name)) prev.files.push(name);
    });
    (json.relations as unknown[]).forEach((r, index) => {
      const at = `relations[${index}]`;
      if (!isObject(r)) return fail(name, at, "not an object");
      for (const k of ["source", "target", "action"]) if (!isNameList(r[k])) fail(name, at, `"${k}" must be a non-empty list of strings`);
      const bad = (r.action as string[]).find((a) => !(ACTIONS as readonly string[]).includes(a));
      if (bad) fail(name, at, `action "${bad}" is not one of ${ACTIONS.join(", ")}`);
      if (r.date !== undefined && !(typeof r.date === "string" && PARTIAL_DATE.test(r.date))) fail(name, at, `date ${JSON.stringify(r.date)} is not YYYY, YYYY-MM or YYYY-MM-DD`);
      if (typeof r.evidence !== "string" || !r.evidence.trim()) fail(name, at, '"evidence" must be the sentence that states the relation');
      if (r.optional !== undefined && typeof r.optional !== "boolean") fail(name, at, '"optional" must be true or false');
      relations.push({
        source: r.source as string[],
        action: r.action as string[],
        target: r.target as string[],
        ...(r.date !== undefined && { date: r.date as string }),
        evidence: r.evidence as string,
        optional: r.optional === true,
        file: name,
        index,
      });
    });
  });
  for (const r of relations) for (const id of [...r.source, ...r.target]) if (!entities.has(id)) fail(r.file, `relations[${r.index}]`, `unknown entity id "${id}"`);
  return { entities, relations };
}

// ---- graph export ----

export interface ExportSpan {
  doc?: string;
  start?: number;
  end?: number;
  text?: string;
  date?: string;
}
export interface ExportNode {
  key: string;
  attributes?: { label?: unknown; type?: unknown; aliases?: unknown; mentions?: unknown; [k: string]: unknown };
}
export interface ExportEdge {
  key?: string;
  source: string;
  target: string;
  attributes?: { action?: unknown; date?: unknown; dates?: unknown; evidence?: unknown; [k: string]: unknown };
}
export interface GraphExport {
  attributes?: { documents?: unknown; docs?: unknown; [k: string]: unknown };
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** Checks the parts of a graph export the scorer relies on; `name` is the file, for messages. */
export function checkGraphExport(json: unknown, name: string): GraphExport {
  const fail = (problem: string): never => {
    throw new ScoreInputError(`score: graph ${name}: ${problem}`);
  };
  if (!isObject(json)) return fail("not a JSON object (expected graphology's graph.export())");
  if (!Array.isArray(json.nodes)) fail('"nodes" must be an array (expected graphology\'s graph.export())');
  if (!Array.isArray(json.edges)) fail('"edges" must be an array');
  (json.nodes as unknown[]).forEach((n, i) => {
    if (!isObject(n) || typeof n.key !== "string") fail(`nodes[${i}] has no string "key"`);
  });
  (json.edges as unknown[]).forEach((e, i) => {
    if (!isObject(e) || typeof e.source !== "string" || typeof e.target !== "string") fail(`edges[${i}] needs string "source" and "target"`);
  });
  if (json.attributes !== undefined && !isObject(json.attributes)) fail('"attributes" must be an object');
  return json as unknown as GraphExport;
}

// ---- normalization (identical to the reference) ----

const STOP = new Set("the a an of on to in for and its their his her s from with by at as".split(" "));
export const normalizeName = (s: unknown): string =>
  String(s)
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"`]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/[^a-z0-9\- ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
const tokens = (s: unknown) =>
  new Set(
    normalizeName(s)
      .split(/[ -]+/)
      .filter((t) => t && !STOP.has(t)),
  );
const jaccard = (a: Set<string>, b: Set<string>) => {
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter || 1);
};

// ---- report ----

export interface Quote {
  doc: string;
  start: number;
  end: number;
  /** The sentence, when the document is in the export. */ text: string;
}
export interface WrongNode {
  key: string;
  label: string;
  type: string;
  /** unmatched: no gold entity; wrong-type: names match a gold entity of another type; duplicate: its entity was already found. */
  reason: "unmatched" | "wrong-type" | "duplicate";
  goldIds: string[];
  goldFiles: string[];
  evidence?: Quote;
  /** The reference scorer's line. */
  line: string;
}
export interface RelationRef {
  file: string;
  index: number;
  source: string[];
  action: string[];
  target: string[];
  evidence: string;
}
export interface WrongEdge {
  source: string;
  action: string;
  target: string;
  sourceGoldIds: string[];
  targetGoldIds: string[];
  evidence: Quote[];
  /** Gold relations between the same entities (either way) with another action: likely the intended one. */
  near: RelationRef[];
  line: string;
}
export interface MissedRelation extends RelationRef {
  date?: string;
  line: string;
}
export interface MissedEntity {
  id: string;
  type: NodeType;
  names: string[];
  files: string[];
}
export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  found: number;
  required: number;
  truePositives: number;
  falsePositives: number;
  neutral: number;
}
export interface ScoreReport {
  nodes: number;
  edges: number;
  uniqueTriples: number;
  entity: Figures & { duplicates: number };
  relation: Figures;
  dates: { right: number; asked: number };
  wrongNodes: WrongNode[];
  wrongEdges: WrongEdge[];
  missedRelations: MissedRelation[];
  missedEntities: MissedEntity[];
}

const strings = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const round3 = (x: number) => +x.toFixed(3);

function quote(docText: Map<string, string>, span: unknown): Quote | undefined {
  if (!isObject(span) || typeof span.doc !== "string") return undefined;
  const start = Number.isInteger(span.start) ? (span.start as number) : 0;
  const end = Number.isInteger(span.end) ? (span.end as number) : start;
  const text = docText.get(span.doc);
  if (text === undefined) return { doc: span.doc, start, end, text: typeof span.text === "string" ? span.text : "" };
  // widen to the enclosing sentence: a bare mention says little about why it is there
  let from = start,
    to = end;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1])) from--;
  while (to < text.length && !/[.!?\n]/.test(text[to])) to++;
  return {
    doc: span.doc,
    start,
    end,
    text: text
      .slice(from, to + 1)
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 240),
  };
}

function uniqueQuotes(quotes: (Quote | undefined)[]): Quote[] {
  const seen = new Set<string>();
  return quotes.filter((q): q is Quote => {
    const k = q && `${q.doc}\u0001${q.start}\u0001${q.end}`;
    return !!k && !seen.has(k) && !!seen.add(k);
  });
}

export function score(graph: GraphExport, gold: Gold): ScoreReport {
  const entity = (id: string) => gold.entities.get(id)!;
  const nameIndex = new Map<string, Set<string>>(); // normalized name -> gold ids
  for (const e of gold.entities.values())
    for (const n of e.names) {
      const k = normalizeName(n);
      if (!k) continue;
      if (!nameIndex.has(k)) nameIndex.set(k, new Set());
      nameIndex.get(k)!.add(e.id);
    }

  const attrs = graph.attributes ?? {};
  const docs = strings(attrs.documents || attrs.docs);
  const docText = new Map<string, string>();
  for (const d of docs) if (isObject(d) && typeof d.text === "string") docText.set(String(d.id), d.text);
  const nodeStrings = (n: ExportNode): string[] => {
    const a = n.attributes ?? {};
    const out: unknown[] = [a.label ?? n.key, ...strings(a.aliases)];
    for (const m of strings(a.mentions)) {
      if (!isObject(m)) continue;
      if (typeof m.text === "string") out.push(m.text);
      else if (docText.has(m.doc as string) && Number.isInteger(m.start)) out.push(docText.get(m.doc as string)!.slice(m.start as number, m.end as number | undefined));
    }
    return out.filter((s): s is string => typeof s === "string" && s.trim() !== "");
  };

  // Document id (gold file name without .json) -> the gold ids that file names.
  const docGoldIds = new Map<string, Set<string>>();
  for (const e of gold.entities.values())
    for (const file of e.files) {
      const doc = file.replace(/\.json$/, "");
      if (!docGoldIds.has(doc)) docGoldIds.set(doc, new Set());
      docGoldIds.get(doc)!.add(e.id);
    }

  // Each node maps to gold ids: the first of its names found in the index (same type preferred),
  // else the best same-type fuzzy match of its label (token jaccard >= 0.5). A node is matched
  // only against the gold of the articles it is mentioned in (when those have gold).
  const nodeMap = new Map<string, string[]>();
  for (const n of graph.nodes) {
    const type = n.attributes?.type;
    const strs = nodeStrings(n);
    const scoped = strings(n.attributes?.mentions).filter((m) => isObject(m) && docGoldIds.has(m.doc as string)) as { doc: string }[];
    const allowed = scoped.length ? new Set(scoped.flatMap((m) => [...docGoldIds.get(m.doc)!])) : null;
    const ok = (id: string) => !allowed || allowed.has(id);
    let ids: string[] = [];
    for (const s of strs) {
      const hit = [...(nameIndex.get(normalizeName(s)) ?? [])].filter(ok);
      if (!hit.length) continue;
      const same = hit.filter((id) => entity(id).type === type);
      ids = same.length ? same : [...hit];
      break;
    }
    if (!ids.length && strs.length) {
      let best = 0,
        bestId: string | null = null;
      const labelTokens = tokens(strs[0]);
      for (const e of gold.entities.values()) {
        if (e.type !== type || !ok(e.id)) continue;
        for (const name of e.names) {
          const j = jaccard(labelTokens, tokens(name));
          if (j > best) {
            best = j;
            bestId = e.id;
          }
        }
      }
      if (best >= 0.5 && bestId) ids = [bestId];
    }
    nodeMap.set(n.key, ids);
  }

  // ---- entities ----
  const found = new Set<string>();
  let entTP = 0,
    entFP = 0,
    entDup = 0,
    entNeutral = 0;
  const wrongNodes: WrongNode[] = [];
  const allOptional = (ids: string[]) => ids.every((id) => entity(id).optional);
  for (const n of graph.nodes) {
    const ids = nodeMap.get(n.key)!;
    const type = n.attributes?.type;
    const label = n.attributes?.label ?? n.key;
    const wrong = (reason: WrongNode["reason"], goldIds: string[], line: string) => {
      entFP++;
      const goldFiles = [...new Set(goldIds.flatMap((id) => entity(id).files))];
      const evidence = quote(docText, strings(n.attributes?.mentions)[0]);
      wrongNodes.push({ key: n.key, label: String(label), type: String(type), reason, goldIds, goldFiles, ...(evidence && { evidence }), line });
    };
    const ok = ids.filter((id) => entity(id).type === type);
    if (!ok.length) {
      if (ids.length && allOptional(ids)) entNeutral++;
      else wrong(ids.length ? "wrong-type" : "unmatched", ids, `${label} [${type}]${ids.length ? " ~" + ids.join("|") : ""}`);
      continue;
    }
    const fresh = ok.filter((id) => !found.has(id));
    if (!fresh.length) {
      if (allOptional(ok)) entNeutral++;
      else {
        entDup++;
        wrong("duplicate", ok, `${label} [dup of ${ok[0]}]`);
      }
      continue;
    }
    fresh.forEach((id) => found.add(id));
    if (allOptional(fresh)) entNeutral++;
    else entTP++;
  }
  const requiredEntities = [...gold.entities.values()].filter((e) => !e.optional);
  const missedEntities: MissedEntity[] = requiredEntities.filter((e) => !found.has(e.id)).map(({ id, type, names, files }) => ({ id, type, names: [...names], files: [...files] }));

  // ---- relations: scored per distinct (source, action, target) triple of node keys ----
  interface Triple {
    s: string;
    a: string;
    t: string;
    dates: Set<string>;
    evidence: unknown[];
  }
  const triples = new Map<string, Triple>();
  for (const e of graph.edges) {
    const a = e.attributes ?? {};
    const action = a.action == null ? "" : String(a.action);
    const k = [e.source, action, e.target].join("\u0001");
    if (!triples.has(k)) triples.set(k, { s: e.source, a: action, t: e.target, dates: new Set(), evidence: [] });
    const triple = triples.get(k)!;
    const evidence = strings(a.evidence);
    triple.evidence.push(...evidence);
    const dates = [a.date, ...strings(a.dates), ...evidence.map((x) => (isObject(x) ? x.date : undefined))];
    for (const d of dates) if (typeof d === "string" && d) triple.dates.add(d);
  }
  const mapped = (key: string) => nodeMap.get(key) ?? [];
  const joins = (r: GoldRelation, s: string, t: string) => mapped(s).some((id) => r.source.includes(id)) && mapped(t).some((id) => r.target.includes(id));
  const matches = (r: GoldRelation, { s, a, t }: Triple) => r.action.includes(a) && joins(r, s, t);
  const ref = ({ file, index, source, action, target, evidence }: GoldRelation): RelationRef => ({ file, index, source, action, target, evidence });
  const labelOf = (k: string) => graph.nodes.find((n) => n.key === k)?.attributes?.label ?? k;

  let relTP = 0,
    relFP = 0,
    relNeutral = 0;
  const wrongEdges: WrongEdge[] = [];
  for (const triple of triples.values()) {
    const { s, a, t } = triple;
    const hits = gold.relations.filter((r) => matches(r, triple));
    if (hits.length) {
      if (hits.every((r) => r.optional)) relNeutral++;
      else relTP++;
      continue;
    }
    relFP++;
    wrongEdges.push({
      source: s,
      action: a,
      target: t,
      sourceGoldIds: mapped(s),
      targetGoldIds: mapped(t),
      evidence: uniqueQuotes(triple.evidence.map((x) => quote(docText, x))),
      near: gold.relations.filter((r) => joins(r, s, t) || joins(r, t, s)).map(ref),
      line: `${labelOf(s)} -${a}-> ${labelOf(t)}`,
    });
  }
  const requiredRelations = gold.relations.filter((r) => !r.optional);
  const missedRelations: MissedRelation[] = [];
  let relFound = 0,
    dateRight = 0,
    dateAsked = 0;
  for (const r of requiredRelations) {
    const hits = [...triples.values()].filter((triple) => matches(r, triple));
    if (!hits.length) {
      const line = `${r.file}: ${r.source[0]} -${r.action[0]}-> ${r.target[0]}  | ${r.evidence.slice(0, 90)}`;
      missedRelations.push({ ...ref(r), ...(r.date && { date: r.date }), line });
      continue;
    }
    relFound++;
    if (!r.date) continue;
    dateAsked++;
    if (hits.some(({ dates }) => [...dates].some((d) => d.startsWith(r.date!)))) dateRight++;
  }

  const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
  const entFound = requiredEntities.length - missedEntities.length;
  const entP = entTP / (entTP + entFP || 1),
    entR = entFound / (requiredEntities.length || 1);
  const relP = relTP / (relTP + relFP || 1),
    relR = relFound / (requiredRelations.length || 1);
  return {
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    uniqueTriples: triples.size,
    entity: {
      precision: round3(entP),
      recall: round3(entR),
      f1: round3(f1(entP, entR)),
      found: entFound,
      required: requiredEntities.length,
      duplicates: entDup,
      truePositives: entTP,
      falsePositives: entFP,
      neutral: entNeutral,
    },
    relation: {
      precision: round3(relP),
      recall: round3(relR),
      f1: round3(f1(relP, relR)),
      found: relFound,
      required: requiredRelations.length,
      truePositives: relTP,
      falsePositives: relFP,
      neutral: relNeutral,
    },
    dates: { right: dateRight, asked: dateAsked },
    wrongNodes,
    wrongEdges,
    missedRelations,
    missedEntities,
  };
}

/** The reference scorer's last line. */
export function headline(r: ScoreReport): string {
  const { entity: e, relation: l } = r;
  return `entity P=${e.precision} R=${e.recall} F1=${e.f1} (dups ${e.duplicates}) | ` + `relation P=${l.precision} R=${l.recall} F1=${l.f1} | dates ${r.dates.right}/${r.dates.asked}`;
}
