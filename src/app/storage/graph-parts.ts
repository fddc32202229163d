// A graph in parts of a few thousand nodes or edges: how a large graph crosses from the
// graph-file worker to the page and how it is kept in IndexedDB. Each part is copied (a
// structured clone) in a task of its own, never the whole graph at once: copying a graph of
// hundreds of thousands of items blocks the page for seconds, and can be more than Chrome
// stores as one IndexedDB value (127 MiB serialized). Columns, not one object per item, for
// less to copy.
import Graph from "graphology";
import type { Attributes, GraphOptions, SerializedGraph, SerializedEdge, SerializedNode } from "graphology-types";
import { transact } from "./database.ts";

/** Items (nodes or edges) per part: few enough for the page to copy and add one in a few milliseconds. */
export const PART_SIZE = 1_000;

/** What a graph is before its parts: its options, its attributes, and how many of each it has. */
export interface GraphHead {
  /** Names its parts in IndexedDB (partKey). */
  id: string;
  options: GraphOptions;
  attributes: Attributes;
  nodes: number;
  edges: number;
}

export type GraphPart = { nodes: { keys: string[]; attributes: Attributes[] } } | { edges: { keys: string[]; sources: string[]; targets: string[]; attributes: Attributes[]; undirected: boolean[] } };

export const partCount = (head: Pick<GraphHead, "nodes" | "edges">): number => Math.ceil(head.nodes / PART_SIZE) + Math.ceil(head.edges / PART_SIZE);

/** The IndexedDB key of a kept graph's part (array keys: all of one graph's parts fall in idRange). */
export const partKey = (id: string, index: number): IDBValidKey => ["graph", id, index];
/** Every part of graph `id`. */
export const idRange = (id: string): IDBKeyRange => IDBKeyRange.bound(["graph", id], ["graph", id, []]);
/** Every part of every kept graph. */
export const allParts = (): IDBKeyRange => IDBKeyRange.bound(["graph"], ["graph", []]);

export function graphHead(graph: Graph, id: string): GraphHead {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  return { id, options, attributes: graph.getAttributes(), nodes: graph.order, edges: graph.size };
}

/** The parts of `graph`, made one at a time when asked for (nodes first). */
export function graphParts(graph: Graph): (index: number) => GraphPart {
  const nodes = graph.nodes();
  const edges = graph.edges();
  const nodeParts = Math.ceil(nodes.length / PART_SIZE);
  return (index) => {
    if (index < nodeParts) {
      const keys = nodes.slice(index * PART_SIZE, (index + 1) * PART_SIZE);
      return { nodes: { keys, attributes: keys.map((key) => graph.getNodeAttributes(key)) } };
    }
    const keys = edges.slice((index - nodeParts) * PART_SIZE, (index - nodeParts + 1) * PART_SIZE);
    return {
      edges: {
        keys,
        sources: keys.map((key) => graph.source(key)),
        targets: keys.map((key) => graph.target(key)),
        attributes: keys.map((key) => graph.getEdgeAttributes(key)),
        undirected: keys.map((key) => graph.isUndirected(key)),
      },
    };
  };
}

/** An empty graph of the head's kind, with its attributes: its parts are added to it. */
export function emptyGraph(head: GraphHead): Graph {
  const graph = new Graph(head.options);
  graph.replaceAttributes(head.attributes);
  return graph;
}

/** Adds a part to the graph (the part's objects become the graph's). */
export function addPart(graph: Graph, part: GraphPart): void {
  if ("nodes" in part) {
    const { keys, attributes } = part.nodes;
    for (let i = 0; i < keys.length; i++) graph.addNode(keys[i], attributes[i]);
    return;
  }
  const { keys, sources, targets, attributes, undirected } = part.edges;
  for (let i = 0; i < keys.length; i++) {
    if (undirected[i]) graph.addUndirectedEdgeWithKey(keys[i], sources[i], targets[i], attributes[i]);
    else graph.addDirectedEdgeWithKey(keys[i], sources[i], targets[i], attributes[i]);
  }
}

/** The head and parts as graphology's export (for the checks a kept graph goes through again). */
export function serialized(head: GraphHead, parts: GraphPart[]): SerializedGraph {
  const nodes: SerializedNode[] = [];
  const edges: SerializedEdge[] = [];
  for (const part of parts) {
    if ("nodes" in part) part.nodes.keys.forEach((key, i) => nodes.push({ key, attributes: part.nodes.attributes[i] }));
    else {
      const e = part.edges;
      e.keys.forEach((key, i) => edges.push({ key, source: e.sources[i], target: e.targets[i], attributes: e.attributes[i], ...(e.undirected[i] ? { undirected: true } : {}) }));
    }
  }
  return { options: head.options, attributes: head.attributes, nodes, edges };
}

/**
 * Writes the parts of graph `head.id` in one transaction, one part per task (each put copies
 * its part where it is issued: the next one is issued when the last is stored). `finish`
 * adds the transaction's last requests. Nothing is written unless everything is.
 */
export function writeParts(head: GraphHead, part: (index: number) => GraphPart, finish: (store: IDBObjectStore) => void = () => undefined): Promise<void> {
  const count = partCount(head);
  return transact("readwrite", (store) => {
    const put = (index: number): void => {
      if (index === count) return finish(store);
      store.put(part(index), partKey(head.id, index)).onsuccess = () => put(index + 1);
    };
    put(0);
    return () => undefined;
  });
}

/** Reads the parts of graph `head.id` in `store`'s transaction, each in a task of its own; an error names a missing part. */
export function readParts(store: IDBObjectStore, head: GraphHead, done: (parts: GraphPart[] | Error) => void): void {
  const count = partCount(head);
  const parts: GraphPart[] = new Array(count);
  let read = 0;
  let missing = false;
  if (count === 0) return done(parts);
  for (let i = 0; i < count; i++) {
    const request = store.get(partKey(head.id, i)) as IDBRequest<GraphPart | undefined>;
    request.onsuccess = () => {
      if (missing) return;
      if (!request.result) {
        missing = true;
        return done(new Error(`part ${i + 1} of ${count} is missing`));
      }
      parts[i] = request.result;
      if (++read === count) done(parts);
    };
  }
}
