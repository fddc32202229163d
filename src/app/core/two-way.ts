// Symmetric actions (met, agreed) stored as two directed edges, A->B and B->A: the explorer
// shows each pair once, as a two-way edge whose evidence is both edges' sentences.
import { SYMMETRIC_ACTIONS, type Action } from "../../extract/types.ts";
import type { NewsGraph } from "../../graph/types.ts";

/** The edge stating the same symmetric action the other way, if the graph holds one. */
export function twinOf(graph: NewsGraph, edge: string): string | undefined {
  if (graph.isUndirected(edge)) return undefined;
  const action = graph.getEdgeAttribute(edge, "action");
  if (!SYMMETRIC_ACTIONS.has(action as Action)) return undefined;
  const [source, target] = graph.extremities(edge);
  if (source === target) return undefined;
  return graph.outEdges(target, source).find((e) => e !== edge && graph.getEdgeAttribute(e, "action") === action);
}

/** Whether `edge` stands for its pair (the smaller key of the two). */
export const standsForPair = (edge: string, twin: string) => edge < twin;

export interface TwoWayPairs {
  /** The edge that stands for each pair -> the other one: drawn without an arrow, shown when either is. */
  shown: ReadonlyMap<string, string>;
  /** The other edge of each pair: not drawn. */
  hidden: ReadonlySet<string>;
}

export const NO_PAIRS: TwoWayPairs = { shown: new Map(), hidden: new Set() };

export function twoWayPairs(graph: NewsGraph): TwoWayPairs {
  const shown = new Map<string, string>();
  const hidden = new Set<string>();
  graph.forEachEdge((edge) => {
    const twin = twinOf(graph, edge);
    if (twin === undefined) return;
    if (standsForPair(edge, twin)) shown.set(edge, twin);
    else hidden.add(edge);
  });
  return { shown, hidden };
}
