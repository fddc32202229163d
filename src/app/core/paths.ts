// How two entities are connected: every shortest path between them through the edges the
// filters and the path options allow. Pure.
import Graph from "graphology";
import { singleSourceLength, undirectedSingleSourceLength } from "graphology-shortest-path/unweighted";
import { knownFamily } from "../../graph/palette.ts";
import type { NewsGraph } from "../../graph/types.ts";
import { edgeVisible } from "./filters.ts";
import { standsForPair, twinOf } from "./two-way.ts";
import type { Filters, PathOptions, PathQuery } from "./view-state.ts";

/** One step of a path: the edges (all those the options allow) that join two entities. */
export interface Hop {
  from: string;
  to: string;
  edges: string[];
}

export interface PathsFound {
  /** Node sequences, from `query.from` to `query.to`; at most `limit` of them. */
  paths: string[][];
  /** How many shortest paths there are in all (may exceed `paths.length`). */
  total: number;
}

/** Whether a path may follow this edge's action. */
export function actionAllowed(options: PathOptions, action: string): boolean {
  const family = knownFamily(action);
  if (options.only) return family === options.only;
  return !(options.noStructural && family === "structural");
}

/** The allowed edges, as a simple graph of adjacency (direction kept unless the options say otherwise). */
function walkable(graph: NewsGraph, filters: Filters, options: PathOptions): Graph {
  const out = new Graph({ type: options.undirected ? "undirected" : "directed", multi: false });
  graph.forEachEdge((edge, a, source, target, _s, _t, undirected) => {
    if (!actionAllowed(options, a.action) || !edgeVisible(filters, graph, edge)) return;
    out.mergeNode(source);
    out.mergeNode(target);
    if (source === target) return;
    if (options.undirected || !undirected) out.mergeEdge(source, target);
    else {
      out.mergeEdge(source, target);
      out.mergeEdge(target, source);
    }
  });
  return out;
}

export function shortestPaths(graph: NewsGraph, filters: Filters, query: PathQuery, limit = 12): PathsFound {
  const { from, to, options } = query;
  const g = walkable(graph, filters, options);
  if (!g.hasNode(from) || !g.hasNode(to)) return { paths: from === to && graph.hasNode(from) ? [[from]] : [], total: 0 };
  const distance = (options.undirected ? undirectedSingleSourceLength : singleSourceLength)(g, from);
  if (distance[to] === undefined) return { paths: [], total: 0 };
  // Backwards from `to`: a predecessor is a neighbour one hop nearer to `from`.
  const before = (node: string) => (options.undirected ? g.neighbors(node) : g.inNeighbors(node)).filter((n) => distance[n] === distance[node] - 1).sort();
  const count = new Map<string, number>([[from, 1]]);
  const countTo = (node: string): number => {
    let n = count.get(node);
    if (n === undefined) count.set(node, (n = before(node).reduce((sum, p) => sum + countTo(p), 0)));
    return n;
  };
  const paths: string[][] = [];
  const walk = (node: string, tail: string[]) => {
    if (paths.length >= limit) return;
    if (node === from) return void paths.push([from, ...tail]);
    for (const p of before(node)) walk(p, [node, ...tail]);
  };
  walk(to, []);
  return { paths, total: countTo(to) };
}

/** The hops of a path, each with the edges of `graph` that join its two entities as the options allow (a two-way pair once). */
export function pathHops(graph: NewsGraph, filters: Filters, options: PathOptions, path: string[]): Hop[] {
  const hops: Hop[] = [];
  for (let i = 1; i < path.length; i++) {
    const [from, to] = [path[i - 1], path[i]];
    const edges = graph.filterEdges(from, (edge, a, source, target, _s, _t, undirected) => {
      const joins = (source === from && target === to) || ((options.undirected || undirected) && source === to && target === from);
      const twin = joins ? twinOf(graph, edge) : undefined;
      return joins && (twin === undefined || standsForPair(edge, twin)) && actionAllowed(options, a.action) && edgeVisible(filters, graph, edge);
    });
    hops.push({ from, to, edges });
  }
  return hops;
}

/** Nodes and edges on any of the paths (for the canvas). */
export function pathItems(graph: NewsGraph, filters: Filters, options: PathOptions, paths: string[][]): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const path of paths) {
    for (const n of path) nodes.add(n);
    for (const hop of pathHops(graph, filters, options, path)) for (const e of hop.edges) edges.add(e);
  }
  return { nodes, edges };
}
