// What the side panel reads: a node's relations grouped by action, every sentence that
// mentions it grouped by article, and an edge's evidence sentences. Pure.
import { knownFamily } from "../../graph/palette.ts";
import { ACTIONS, type Action, type ActionFamily, type DocumentInfo, type Evidence, type NodeType, type Span } from "../../extract/types.ts";
import type { NewsGraph } from "../../graph/types.ts";
import { sentenceAround, type Range } from "./sentences.ts";
import { standsForPair, twinOf } from "./two-way.ts";

export interface NodeRef {
  key: string;
  label: string;
  type: NodeType;
}

/** Where an entity is named inside a sentence (for highlighting). */
export interface Mark extends Range {
  node: string;
}

export interface EvidenceSentence extends Range {
  doc: DocumentInfo;
  /** The date this sentence gives (evidence only). */
  date?: string;
  marks: Mark[];
}

export interface Relation {
  edge: string;
  /** "out": the node acts on the counterpart; "in": the counterpart acts on it; "both": a symmetric action (two-way.ts) or an undirected edge (from another tool's file). */
  direction: "out" | "in" | "both";
  counterpart: NodeRef;
  verb: string;
  date?: string;
  evidence: EvidenceSentence[];
}

export interface RelationGroup {
  action: Action;
  /** Undefined for an action outside the vocabulary (from another tool's file). */
  family?: ActionFamily;
  relations: Relation[];
}

export interface ArticleMentions {
  doc: DocumentInfo;
  sentences: EvidenceSentence[];
}

function documentsById(graph: NewsGraph): Map<string, DocumentInfo> {
  return new Map((graph.getAttribute("documents") ?? []).map((d) => [d.id, d]));
}

export function nodeRef(graph: NewsGraph, key: string): NodeRef {
  const a = graph.getNodeAttributes(key);
  return { key, label: a.label, type: a.type };
}

/** Mentions of `nodes` that fall inside the range of `doc`. */
function marksWithin(graph: NewsGraph, nodes: string[], doc: string, range: Range): Mark[] {
  const marks: Mark[] = [];
  for (const node of new Set(nodes)) {
    for (const m of graph.getNodeAttribute(node, "mentions")) {
      if (m.doc === doc && m.start >= range.start && m.end <= range.end) marks.push({ node, start: m.start, end: m.end });
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}

/** The edge's sentences, and its twin's (two-way.ts), each sentence once. */
function evidenceSentences(graph: NewsGraph, docs: Map<string, DocumentInfo>, edge: string): EvidenceSentence[] {
  const ends = [graph.source(edge), graph.target(edge)];
  const twin = twinOf(graph, edge);
  const evidence: Evidence[] = graph.getEdgeAttribute(edge, "evidence");
  const all = twin === undefined ? evidence : [...evidence, ...graph.getEdgeAttribute(twin, "evidence")];
  const seen = new Set<string>();
  return all.flatMap((ev: Evidence) => {
    const doc = docs.get(ev.doc);
    const id = `${ev.doc}:${ev.start}:${ev.end}`;
    if (!doc || seen.has(id)) return [];
    seen.add(id);
    const s: EvidenceSentence = { doc, start: ev.start, end: ev.end, marks: marksWithin(graph, ends, ev.doc, ev) };
    if (ev.date) s.date = ev.date;
    return [s];
  });
}

/** An edge's evidence sentences, with the mentions of its two ends marked. */
export function edgeEvidence(graph: NewsGraph, edge: string): EvidenceSentence[] {
  return evidenceSentences(graph, documentsById(graph), edge);
}

const byLabel = (a: Relation, b: Relation) => (a.date ?? "\uffff").localeCompare(b.date ?? "\uffff") || a.counterpart.label.localeCompare(b.counterpart.label);

/** The node's relations, grouped by action in the vocabulary's order, each sorted by date. */
export function nodeRelations(graph: NewsGraph, key: string): RelationGroup[] {
  const docs = documentsById(graph);
  const groups = new Map<Action, Relation[]>();
  graph.forEachEdge(key, (edge, a, source, target, _s, _t, undirected) => {
    const twin = twinOf(graph, edge);
    if (twin !== undefined && !standsForPair(edge, twin)) return;
    const direction = undirected || twin !== undefined ? "both" : source === key ? "out" : "in";
    const relation: Relation = {
      edge,
      direction,
      counterpart: nodeRef(graph, source === key ? target : source),
      verb: a.verb,
      evidence: evidenceSentences(graph, docs, edge),
    };
    if (a.date) relation.date = a.date;
    const group = groups.get(a.action);
    if (group) group.push(relation);
    else groups.set(a.action, [relation]);
  });
  // The vocabulary's order, then actions from other tools' files (GEXF edge labels) by name.
  const others = [...groups.keys()].filter((action) => !ACTIONS.includes(action)).sort();
  return [...ACTIONS.filter((action) => groups.has(action)), ...others].map((action) => ({
    action,
    family: knownFamily(action),
    relations: groups.get(action)!.sort(byLabel),
  }));
}

/** Evidence spans per document: the extractor's own sentence boundaries. */
function evidenceRanges(graph: NewsGraph): Map<string, Range[]> {
  const out = new Map<string, Range[]>();
  graph.forEachEdge((_e, a) => {
    for (const ev of a.evidence) {
      const ranges = out.get(ev.doc);
      if (ranges) ranges.push({ start: ev.start, end: ev.end });
      else out.set(ev.doc, [{ start: ev.start, end: ev.end }]);
    }
  });
  return out;
}

/**
 * Every sentence that mentions the node, grouped by article in document order; a sentence
 * naming it twice appears once with both mentions marked.
 */
export function nodeMentions(graph: NewsGraph, key: string): ArticleMentions[] {
  const docs = documentsById(graph);
  const known = evidenceRanges(graph);
  const byDoc = new Map<string, Map<string, EvidenceSentence>>();
  for (const m of graph.getNodeAttribute(key, "mentions") as Span[]) {
    const doc = docs.get(m.doc);
    if (!doc) continue;
    const range = (known.get(m.doc) ?? []).find((r) => r.start <= m.start && m.end <= r.end) ?? sentenceAround(doc.text, m.start, m.end);
    const sentences = byDoc.get(m.doc) ?? new Map<string, EvidenceSentence>();
    byDoc.set(m.doc, sentences);
    const id = `${range.start}:${range.end}`;
    const sentence = sentences.get(id) ?? { doc, start: range.start, end: range.end, marks: [] };
    sentence.marks.push({ node: key, start: m.start, end: m.end });
    sentences.set(id, sentence);
  }
  const order = [...docs.keys()];
  return [...byDoc.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([id, sentences]) => ({ doc: docs.get(id)!, sentences: [...sentences.values()].sort((a, b) => a.start - b.start) }));
}
