// The extractor's contract (see README "Graph format"): one place for node types,
// actions and the shapes every other part of the project reads, and the order it gives them in.

export const NODE_TYPES = ["person", "country", "ministry", "organization", "agreement", "measure"] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** The closed action vocabulary, grouped by family (used for edge colours and filters). */
export const ACTION_FAMILIES = {
  hostile: ["imposed", "retaliated", "removed", "filed", "suspended", "terminated", "rejected", "criticized", "ordered"],
  cooperative: ["lifted", "restored", "withdrew", "resumed", "extended", "urged", "agreed", "met"],
  structural: ["targets", "member_of", "part_of"],
} as const;
export type ActionFamily = keyof typeof ACTION_FAMILIES;
export type Action = (typeof ACTION_FAMILIES)[ActionFamily][number];
export const ACTIONS: readonly Action[] = Object.values(ACTION_FAMILIES).flat();
/** Actions that hold both ways ("A met B" is "B met A"): stored as two edges, shown as one two-way edge. */
export const SYMMETRIC_ACTIONS: ReadonlySet<Action> = new Set<Action>(["met", "agreed"]);

export function actionFamily(action: Action): ActionFamily {
  for (const [family, actions] of Object.entries(ACTION_FAMILIES) as [ActionFamily, readonly Action[]][]) {
    if (actions.includes(action)) return family;
  }
  throw new Error(`extract: unknown action "${action}"`);
}

/** Character offsets into a document's `text`. */
export interface Span {
  doc: string;
  start: number;
  end: number;
}

/** Evidence of an edge: the sentence that states it, and the date it gives, if any. */
export interface Evidence extends Span {
  date?: string;
}

/** An edge's key: one edge per (source, action, target). */
export function edgeKey(source: string, action: string, target: string): string {
  return `${source}|${action}|${target}`;
}

/** Code-unit string order (locale-independent, hence stable across machines). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Spans in the order the graph keeps them: by document (its place in `docOrder`, an unknown
 * one first), start, end; each (doc, start, end) once, the first of its copies kept.
 */
export function inDocumentOrder<S extends Span>(spans: readonly S[], docOrder: ReadonlyMap<string, number>): S[] {
  const seen = new Set<string>();
  const once = (s: S) => {
    const id = `${s.doc}\u0000${s.start}\u0000${s.end}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  };
  return [...spans].sort((a, b) => (docOrder.get(a.doc) ?? -1) - (docOrder.get(b.doc) ?? -1) || a.start - b.start || a.end - b.end).filter(once);
}

/** A document as the extractor receives it. */
export interface SourceDocument {
  id: string;
  path: string;
  text: string;
  /** Given by the file (an HTML page's title, Markdown front matter); else found in the text. */
  title?: string;
  /** ISO 8601, possibly partial, given by the file; else found in the text. */
  date?: string;
}

/** A document as stored in the graph attribute `documents`. */
export interface DocumentInfo {
  id: string;
  title: string;
  /** ISO 8601, possibly partial ("2019-07"); "" when the article gives none. */
  date: string;
  path: string;
  text: string;
}

export interface EntityNode {
  key: string;
  label: string;
  type: NodeType;
  aliases: string[];
  mentions: Span[];
  role?: string;
}

export interface RelationEdge {
  source: string;
  target: string;
  action: Action;
  /** Surface form of the first statement ("ousted", "brought ... to"). */
  verb: string;
  evidence: Evidence[];
  /** Earliest date among the evidence, ISO 8601, possibly partial. */
  date?: string;
}

/**
 * What the extractor gives (GraphBuilder.finish): one node per key, one edge per
 * (source, action, target), every span inside its document, all in graph order
 * (inGraphOrder). The graph is built from it as it is.
 */
export interface Extraction {
  documents: DocumentInfo[];
  nodes: EntityNode[];
  edges: RelationEdge[];
}

/**
 * The extraction in the order graph.json keeps: nodes by key, edges by key (edgeKey),
 * mentions and evidence in document order, each once (inDocumentOrder). Nodes and edges are
 * new objects; their other values are shared.
 */
export function inGraphOrder(x: Extraction): Extraction {
  const docOrder = new Map(x.documents.map((d, i) => [d.id, i]));
  const nodes = [...x.nodes].sort((a, b) => compareStrings(a.key, b.key)).map((n) => ({ ...n, mentions: inDocumentOrder(n.mentions, docOrder) }));
  const edges = x.edges
    .map((e) => [edgeKey(e.source, e.action, e.target), e] as const)
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([, e]) => ({ ...e, evidence: inDocumentOrder(e.evidence, docOrder) }));
  return { documents: x.documents, nodes, edges };
}
