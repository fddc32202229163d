// A filtered copy of a NewsGraph (for exporting the current view). Pure.
import Graph from "graphology";
import type { EdgeAttributes, GraphAttributes, NewsGraph, NodeAttributes } from "./types.ts";

/**
 * The nodes `keepNode` accepts and the edges `keepEdge` accepts between them, with their
 * attributes (shallow copies) and the graph attributes. Edges whose ends are left out are
 * dropped; undirected edges (from other tools' files) stay undirected.
 */
export function subgraph(graph: NewsGraph, keepNode: (key: string, attributes: NodeAttributes) => boolean, keepEdge: (key: string, attributes: EdgeAttributes) => boolean): NewsGraph {
  const out: NewsGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops });
  out.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((key, a) => {
    if (keepNode(key, a)) out.addNode(key, { ...a });
  });
  graph.forEachEdge((key, a, source, target, _s, _t, undirected) => {
    if (!out.hasNode(source) || !out.hasNode(target) || !keepEdge(key, a)) return;
    if (undirected) out.addUndirectedEdgeWithKey(key, source, target, { ...a });
    else out.addDirectedEdgeWithKey(key, source, target, { ...a });
  });
  return out;
}
