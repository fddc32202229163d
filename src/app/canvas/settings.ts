// Sigma settings of the explorer, made once per renderer (renderer.ts). Reducers read the
// focus through a ref, so that the view changes without new settings.
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { EdgeLineProgram, NodePointProgram } from "sigma/rendering";
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeAttributes, NewsGraph, NodeAttributes } from "../../graph/types.ts";
import type { Appearance } from "../core/appearance.ts";
import { isHugeGraph, isLargeGraph } from "./large.ts";
import { reduceEdge, reduceNode, type FocusState } from "./reducers.ts";

export function canvasSettings(
  graph: NewsGraph,
  focus: { readonly current: FocusState },
  appearance: Appearance = {},
  /** Draws node labels without collisions (labels.ts); sigma's own labels when not given. */
  drawLabel?: NodeLabelDrawingFunction,
): Partial<Settings> {
  const large = isLargeGraph(graph);
  return {
    // Drawing: directed edges, curved where two entities share several edges (on large
    // graphs only in the focus: reducers.ts); undirected ones without arrows; on huge graphs
    // hairlines outside the focus (large.ts).
    defaultEdgeType: "arrow",
    edgeProgramClasses: { curvedArrow: EdgeCurvedArrowProgram, curved: EdgeCurveProgram, ...(isHugeGraph(graph) ? { hairline: EdgeLineProgram } : {}) },
    // Large graphs: nodes as point sprites, one vertex each, instead of sigma's default disc
    // (an instanced triangle): the same antialiased discs, drawn 4x faster where WebGL runs
    // in software (20k nodes: 150 instead of 650 ms a frame while panning, measured). The
    // cost: a disc is at most the GPU's largest point size (hundreds of pixels) across.
    ...(large ? { nodeProgramClasses: { circle: NodePointProgram } } : {}),
    zIndex: true,
    // Labels: node labels offered by sigma's density grid, placed without collisions (labels.ts)
    // where a small cell offers nearly every node; edge labels only where the reducer gives one.
    renderEdgeLabels: true,
    labelFont: "system-ui, sans-serif",
    ...labelSettings(appearance),
    labelRenderedSizeThreshold: drawLabel ? 2 : 7,
    ...(drawLabel ? { defaultDrawNodeLabel: drawLabel, labelGridCellSize: 20 } : {}),
    edgeLabelFont: "system-ui, sans-serif",
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#444" },
    // Interaction: edges are clickable (they open their evidence), found by geometry
    // (edge-hit.ts): sigma's edge events would draw every edge twice at every frame.
    enableEdgeEvents: false,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    // Reducers.
    // (sigma is typed with plain attributes; the graph it draws is the NewsGraph.)
    nodeReducer: (key, data) => reduceNode(focus.current, key, data as NodeAttributes),
    edgeReducer: (key, data) => reduceEdge(focus.current, graph, key, data as EdgeAttributes),
  };
}

/** Label size and density: the appearance's, else the explorer's defaults. */
export function labelSettings(appearance: Appearance): Pick<Settings, "labelSize" | "labelDensity"> {
  return { labelSize: appearance.labelSize ?? 13, labelDensity: appearance.labelDensity ?? 1 };
}
