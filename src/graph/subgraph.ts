// A filtered copy of a NewsGraph (for exporting the current view). Pure.
import Graph from "graphology";
import { GRAPH_OPTIONS, type EdgeAttributes, type GraphAttributes, type NewsGraph, type NodeAttributes } from "./types.ts";

/**
 * The nodes `keepNode` accepts and the edges `keepEdge` accepts between them, with their
 * attributes (shallow copies) and the graph attributes. Edges whose ends are left out are dropped.
 */
export function subgraph(
  graph: NewsGraph,
  keepNode: (key: string, attributes: NodeAttributes) => boolean,
  keepEdge: (key: string, attributes: EdgeAttributes) => boolean,
): NewsGraph {
  const out: NewsGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>(GRAPH_OPTIONS);
  out.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((key, a) => {
    if (keepNode(key, a)) out.addNode(key, { ...a });
  });
  graph.forEachEdge((key, a, source, target) => {
    if (out.hasNode(source) && out.hasNode(target) && keepEdge(key, a)) out.addDirectedEdgeWithKey(key, source, target, { ...a });
  });
  return out;
}
