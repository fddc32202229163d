// The current filtered view as a graph of its own, for the GEXF and JSON exports.
import { subgraph } from "../../graph/subgraph.ts";
import type { NewsGraph } from "../../graph/types.ts";
import { edgeOwnVisible, nodeVisible } from "./filters.ts";
import type { Filters } from "./view-state.ts";

/** The nodes and edges the filters show, with their attributes and current positions. */
export function viewGraph(graph: NewsGraph, filters: Filters): NewsGraph {
  return subgraph(
    graph,
    (k, a) => nodeVisible(filters, a, k),
    (_k, a) => edgeOwnVisible(filters, a),
  );
}
