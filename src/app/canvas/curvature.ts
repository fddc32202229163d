// Curvatures that keep parallel and reciprocal edges apart (two entities joined by several
// actions). Computed once per graph into a map (on large graphs, pair by pair when asked),
// so the dataset itself is never touched.
import type { NewsGraph } from "../../graph/types.ts";

/** Spread between neighbouring curves of one pair. */
const STEP = 0.35;

/** Edge key -> curvature (undefined: straight). */
export type Curvatures = Pick<ReadonlyMap<string, number>, "get">;

/** The curvatures of one pair's edges, in the order given: around the straight line, each on its own side. */
function spread(graph: NewsGraph, edges: string[], out: Map<string, number>): void {
  // An even count puts no edge on the straight line; an odd count curves the middle one a little.
  const middle = (edges.length - 1) / 2;
  edges.forEach((edge, i) => {
    let c = (i - middle) * STEP;
    if (c === 0) c = STEP / 3;
    // A curve's side is relative to its direction: flip edges that run the other way.
    out.set(edge, graph.source(edge) < graph.target(edge) ? c : -c);
  });
}

/** Edge key -> curvature, for edges that share their pair of ends (`skip` aside: edges not drawn); other edges stay straight. */
export function parallelCurvatures(graph: NewsGraph, skip: ReadonlySet<string> = new Set()): Map<string, number> {
  const byPair = new Map<string, string[]>();
  graph.forEachEdge((edge, _a, source, target) => {
    if (skip.has(edge)) return;
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const edges = byPair.get(pair);
    if (edges) edges.push(edge);
    else byPair.set(pair, [edge]);
  });
  const out = new Map<string, number>();
  for (const edges of byPair.values()) if (edges.length > 1) spread(graph, edges, out);
  return out;
}

/**
 * The same for large graphs, where only the focus's edges are curved (reducers.ts): each
 * pair's worked out when one of its edges is first asked for, not every pair of the graph
 * before its first frame. A pair's edges are taken in key order.
 */
export function curvaturesOnDemand(graph: NewsGraph, skip: ReadonlySet<string> = new Set()): Curvatures {
  const known = new Map<string, number>();
  const done = new Set<string>();
  return {
    get(edge) {
      if (!done.has(edge) && graph.hasEdge(edge)) {
        const [source, target] = graph.extremities(edge);
        const pair = [...new Set([...graph.edges(source, target), ...graph.edges(target, source)])].filter((e) => !skip.has(e)).sort();
        if (pair.length > 1) spread(graph, pair, known);
        for (const e of pair) done.add(e);
        done.add(edge);
      }
      return known.get(edge);
    },
  };
}
