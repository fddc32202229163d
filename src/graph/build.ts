// Extraction -> graphology graph. Pure (no Node or DOM APIs) and deterministic: nodes are
// added sorted by key, edges sorted by their key `${source}|${action}|${target}`, and every
// attribute object is built in a fixed key order.
import Graph from "graphology";
import { ACTIONS, NODE_TYPES, type Action, type DocumentInfo, type Evidence, type Extraction, type NodeType, type Span } from "../extract/types.ts";
import { applyLayout, nodeSize, seedPosition, type LayoutOptions } from "./layout.ts";
import { GRAPH_OPTIONS, edgeKey, type EdgeAttributes, type NewsGraph, type NodeAttributes } from "./types.ts";

export interface BuildOptions {
  /** Run the layout (default true). `false` leaves seed positions; an object tunes it. */
  layout?: boolean | LayoutOptions;
}

/** Code-unit string order (locale-independent, hence stable across machines). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const NODE_TYPE_SET = new Set<string>(NODE_TYPES);
const ACTION_SET = new Set<string>(ACTIONS);

function fail(message: string): never {
  throw new Error(`buildGraph: ${message}`);
}

/**
 * Builds the graph of an extraction: graph attribute `documents`; node attributes
 * `label`, `type`, `aliases`, `mentions`, `role` (when present), `x`, `y`, `size`; edge
 * attributes `action`, `verb`, `evidence`, `date` (when present). Mentions and evidence are
 * sorted by (document order, start, end) and de-duplicated. Two edges with the same
 * (source, action, target) are merged: evidence united, first verb kept, earliest date.
 * Throws an Error naming the offending item when the extraction breaks the contract
 * (duplicate node key, unknown type/action, edge to a missing node, span outside its document).
 */
export function buildGraph(x: Extraction, options: BuildOptions = {}): NewsGraph {
  const docIndex = new Map<string, number>();
  const documents: DocumentInfo[] = x.documents.map((d, i) => {
    const where = `documents[${i}]`;
    for (const field of ["id", "title", "date", "path", "text"] as const) {
      if (typeof d[field] !== "string") fail(`${where}.${field} must be a string`);
    }
    if (docIndex.has(d.id)) fail(`duplicate document id "${d.id}"`);
    docIndex.set(d.id, i);
    return { id: d.id, title: d.title, date: d.date, path: d.path, text: d.text };
  });

  const checkSpan = (s: Span, where: string): void => {
    const i = docIndex.get(s.doc);
    if (i === undefined) fail(`${where}: unknown document "${s.doc}"`);
    const length = documents[i].text.length;
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end < s.start || s.end > length) {
      fail(`${where}: span ${s.start}..${s.end} is outside document "${s.doc}" (length ${length})`);
    }
  };
  const compareSpans = (a: Span, b: Span): number => docIndex.get(a.doc)! - docIndex.get(b.doc)! || a.start - b.start || a.end - b.end;
  const spanId = (s: Span): string => `${s.doc}\u0000${s.start}\u0000${s.end}`;

  const graph: NewsGraph = new Graph<NodeAttributes, EdgeAttributes, { documents: DocumentInfo[] }>(GRAPH_OPTIONS);
  graph.setAttribute("documents", documents);

  // Nodes, sorted by key.
  const nodes = [...x.nodes].sort((a, b) => compareStrings(a.key, b.key));
  for (const n of nodes) {
    const where = `node "${n.key}"`;
    if (typeof n.key !== "string" || n.key === "") fail(`node with empty or non-string key`);
    if (graph.hasNode(n.key)) fail(`duplicate node key "${n.key}"`);
    if (typeof n.label !== "string") fail(`${where}: label must be a string`);
    if (!NODE_TYPE_SET.has(n.type)) fail(`${where}: unknown type "${String(n.type)}" (expected ${NODE_TYPES.join(", ")})`);
    if (!Array.isArray(n.aliases) || n.aliases.some((a) => typeof a !== "string")) fail(`${where}: aliases must be strings`);
    if (!Array.isArray(n.mentions)) fail(`${where}: mentions must be an array`);
    n.mentions.forEach((m, i) => checkSpan(m, `${where} mentions[${i}]`));
    const seen = new Set<string>();
    const mentions = [...n.mentions]
      .sort(compareSpans)
      .filter((m) => !seen.has(spanId(m)) && seen.add(spanId(m)))
      .map((m): Span => ({ doc: m.doc, start: m.start, end: m.end }));
    const attributes: NodeAttributes = {
      label: n.label,
      type: n.type as NodeType,
      aliases: [...new Set(n.aliases)],
      mentions,
    } as NodeAttributes;
    if (n.role !== undefined && n.role !== "") {
      if (typeof n.role !== "string") fail(`${where}: role must be a string`);
      attributes.role = n.role;
    }
    const { x: px, y: py } = seedPosition(n.key);
    attributes.x = px;
    attributes.y = py;
    attributes.size = 0;
    graph.addNode(n.key, attributes);
  }

  // Edges: validate, merge duplicates, then add sorted by key.
  interface Pending {
    source: string;
    target: string;
    action: Action;
    verb: string;
    evidence: Evidence[];
    date?: string;
  }
  const pending = new Map<string, Pending>();
  x.edges.forEach((e, i) => {
    const where = `edges[${i}] (${e.source} -${e.action}-> ${e.target})`;
    if (!graph.hasNode(e.source)) fail(`${where}: unknown source node "${e.source}"`);
    if (!graph.hasNode(e.target)) fail(`${where}: unknown target node "${e.target}"`);
    if (!ACTION_SET.has(e.action)) fail(`${where}: unknown action "${String(e.action)}"`);
    if (typeof e.verb !== "string") fail(`${where}: verb must be a string`);
    if (!Array.isArray(e.evidence)) fail(`${where}: evidence must be an array`);
    e.evidence.forEach((ev, j) => {
      checkSpan(ev, `${where} evidence[${j}]`);
      if (ev.date !== undefined && typeof ev.date !== "string") fail(`${where} evidence[${j}]: date must be a string`);
    });
    if (e.date !== undefined && typeof e.date !== "string") fail(`${where}: date must be a string`);
    const key = edgeKey(e.source, e.action, e.target);
    const previous = pending.get(key);
    if (!previous) {
      pending.set(key, { source: e.source, target: e.target, action: e.action, verb: e.verb, evidence: [...e.evidence], date: e.date });
    } else {
      previous.evidence.push(...e.evidence);
      if (e.date !== undefined && e.date !== "" && (previous.date === undefined || compareStrings(e.date, previous.date) < 0)) {
        previous.date = e.date;
      }
    }
  });

  for (const key of [...pending.keys()].sort(compareStrings)) {
    const e = pending.get(key)!;
    const seen = new Set<string>();
    const evidence = e.evidence
      .sort(compareSpans)
      .filter((ev) => !seen.has(spanId(ev)) && seen.add(spanId(ev)))
      .map((ev): Evidence => {
        const out: Evidence = { doc: ev.doc, start: ev.start, end: ev.end };
        if (ev.date !== undefined && ev.date !== "") out.date = ev.date;
        return out;
      });
    const attributes: EdgeAttributes = { action: e.action, verb: e.verb, evidence };
    if (e.date !== undefined && e.date !== "") attributes.date = e.date;
    graph.addDirectedEdgeWithKey(key, e.source, e.target, attributes);
  }

  graph.forEachNode((node) => graph.setNodeAttribute(node, "size", nodeSize(graph.degree(node))));

  if (options.layout !== false) applyLayout(graph, options.layout === true ? {} : options.layout);
  return graph;
}
