// Sigma settings of the explorer, created once per graph (a new settings object would make
// react-sigma re-create the renderer). Reducers read the focus through a ref.
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import type { Settings } from "sigma/settings";
import type { EdgeAttributes, NewsGraph, NodeAttributes } from "../../graph/types.ts";
import { reduceEdge, reduceNode, type FocusState } from "./reducers.ts";

/**
 * From this many nodes + edges, edges and labels are not drawn while the camera moves: they
 * are most of a frame's cost (edges several times the nodes' in software WebGL), and without
 * them panning and zooming stay interactive at 20k nodes / 60k edges. Smaller graphs draw
 * everything all the time. Idle frames are the same either way.
 */
export const LARGE_GRAPH = 5_000;

export function canvasSettings(
  graph: NewsGraph,
  focus: { readonly current: FocusState },
): Partial<Settings> {
  return {
    // Drawing: directed edges, curved where two entities share several edges.
    defaultEdgeType: "arrow",
    edgeProgramClasses: { curvedArrow: EdgeCurvedArrowProgram },
    zIndex: true,
    // Labels: node labels by sigma's density grid, edge labels only where the reducer gives one.
    renderEdgeLabels: true,
    labelFont: "system-ui, sans-serif",
    labelSize: 13,
    labelRenderedSizeThreshold: 7,
    edgeLabelFont: "system-ui, sans-serif",
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#444" },
    // Interaction: edges are clickable (they open their evidence), found by geometry
    // (edge-hit.ts): sigma's edge events would draw every edge twice at every frame.
    enableEdgeEvents: false,
    hideEdgesOnMove: graph.order + graph.size >= LARGE_GRAPH,
    hideLabelsOnMove: graph.order + graph.size >= LARGE_GRAPH,
    // Reducers.
    // (sigma is typed with plain attributes; the graph it draws is the NewsGraph.)
    nodeReducer: (key, data) => reduceNode(focus.current, key, data as NodeAttributes),
    edgeReducer: (key, data) => reduceEdge(focus.current, graph, key, data as EdgeAttributes),
  };
}
