// Sigma settings of the explorer, created once per graph (a new settings object would make
// react-sigma re-create the renderer). Reducers read the focus through a ref.
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import type { Settings } from "sigma/settings";
import type { EdgeAttributes, NewsGraph, NodeAttributes } from "../../graph/types.ts";
import { reduceEdge, reduceNode, type FocusState } from "./reducers.ts";

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
    // Interaction: edges are clickable (they open their evidence).
    enableEdgeEvents: true,
    // Reducers.
    // (sigma is typed with plain attributes; the graph it draws is the NewsGraph.)
    nodeReducer: (key, data) => reduceNode(focus.current, key, data as NodeAttributes),
    edgeReducer: (key, data) => reduceEdge(focus.current, graph, key, data as EdgeAttributes),
  };
}
