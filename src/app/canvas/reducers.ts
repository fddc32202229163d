// How each node and edge is drawn, from the dataset and the view: sigma calls these
// reducers with a shallow copy of the attributes for every item it (re)draws, so they only
// read precomputed state and stay cheap.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { actionColor, typeColor } from "../../graph/palette.ts";
import type { EdgeAttributes, NewsGraph, NodeAttributes } from "../../graph/types.ts";
import type { Visuals } from "../core/appearance.ts";
import { edgeOwnVisible, nodeVisible } from "../core/filters.ts";
import type { Filters, Selection } from "../core/view-state.ts";
import { NO_PAIRS, type TwoWayPairs } from "../core/two-way.ts";
import type { Curvatures } from "./curvature.ts";
import { isHugeGraph, isLargeGraph } from "./large.ts";

/** Colour of what is pushed to the background while something is in focus. */
export const DIM_COLOR = "#E4E4E4";

export interface CanvasState {
  filters: Filters;
  selection: Selection;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  /** Nodes and edges shown together (a path, an article's part of the graph): in focus while nothing is hovered. */
  highlight?: Highlight | null;
}

export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** What the reducers read: the view plus the focus (hovered, else selected) and its neighbourhood. */
export interface FocusState {
  filters: Filters;
  /** Nodes in focus (a node and its neighbours, or an edge's two ends); null when nothing is. */
  nodes: ReadonlySet<string> | null;
  /** Edges in focus (the focused node's edges, or the focused edge). */
  edges: ReadonlySet<string>;
  /** The node or edge that is selected or hovered, drawn highlighted. */
  primary: string | null;
  curvatures: Curvatures;
  /** Symmetric actions stored both ways: drawn once, without arrows. */
  pairs: TwoWayPairs;
  /** Colours and sizes of the current appearance, by key. */
  visuals: Visuals;
}

export function focusState(graph: NewsGraph, state: CanvasState, curvatures: Curvatures, visuals: Visuals, pairs = NO_PAIRS): FocusState {
  const out: FocusState = { filters: state.filters, nodes: null, edges: new Set(), primary: null, curvatures, pairs, visuals };
  const hovering = state.hoveredNode !== null || state.hoveredEdge !== null;
  if (state.highlight && !hovering) return { ...out, nodes: state.highlight.nodes, edges: state.highlight.edges };
  const node = state.hoveredNode ?? (state.hoveredEdge === null && state.selection?.kind === "node" ? state.selection.key : null);
  const edge = state.hoveredNode === null ? (state.hoveredEdge ?? (state.selection?.kind === "edge" ? state.selection.key : null)) : null;
  if (node !== null && graph.hasNode(node)) {
    out.primary = node;
    out.nodes = new Set([node, ...graph.neighbors(node)]);
    out.edges = new Set(graph.edges(node));
  } else if (edge !== null && graph.hasEdge(edge)) {
    out.primary = edge;
    out.nodes = new Set([graph.source(edge), graph.target(edge)]);
    out.edges = new Set([edge]);
  }
  return out;
}

export function reduceNode(focus: FocusState, key: string, data: NodeAttributes): Partial<NodeDisplayData> {
  // `type` in the data is the entity type; in sigma it names the WebGL program.
  const display: Partial<NodeDisplayData> & Record<string, unknown> = {
    ...data,
    type: "circle",
    color: focus.visuals.nodeColor.get(key) ?? typeColor(data.type),
    size: focus.visuals.nodeSize.get(key) ?? data.size,
  };
  if (!nodeVisible(focus.filters, data, key)) display.hidden = true;
  else if (focus.nodes) {
    if (focus.nodes.has(key)) {
      display.forceLabel = true;
      display.zIndex = 1;
      if (key === focus.primary) display.highlighted = true;
    } else {
      display.color = DIM_COLOR;
      display.label = "";
      display.zIndex = 0;
    }
  }
  return display;
}

/** An edge of another tool's file: its viz:thickness, else thicker with its weight (as Gephi), else thin. */
const fileThickness = (data: object): number => {
  const { thickness, weight } = data as { thickness?: unknown; weight?: unknown };
  if (typeof thickness === "number" && thickness > 0) return Math.min(thickness, 10);
  return typeof weight === "number" && weight > 1 ? 1 + Math.min(4, Math.log2(weight)) : 1;
};

export function reduceEdge(focus: FocusState, graph: NewsGraph, key: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
  // Large graphs curve their parallel edges only in the focus: sigma's curved-edge program
  // costs many times the straight one where WebGL runs in software (the 28,494-node bench
  // graph, 75,143 edges in shared pairs: React mounted 50 s after navigation instead of
  // 13 s), and at a large graph's scale the curves are told apart only close up anyway.
  const curvature = isLargeGraph(graph) && !focus.edges.has(key) ? undefined : focus.curvatures.get(key);
  // Undirected edges (from other tools' files) and symmetric actions have no arrow.
  const undirected = graph.isUndirected(key) || focus.pairs.shown.has(key);
  // Huge graphs draw the edges outside the focus as hairlines (large.ts).
  const hairline = isHugeGraph(graph) && !focus.edges.has(key);
  const display: Partial<EdgeDisplayData> & Record<string, unknown> = {
    ...data,
    type: hairline ? "hairline" : undirected ? (curvature === undefined ? "line" : "curved") : curvature === undefined ? "arrow" : "curvedArrow",
    color: focus.visuals.edgeColor.get(key) ?? actionColor(data.action),
    // This project's edges: thicker with more evidence, at least 2.5 px. Other tools' files'
    // (no evidence): fileThickness; clicks find thin ones all the same (edge-hit.ts).
    size: data.evidence?.length ? 2.5 + Math.min(3, Math.sqrt(data.evidence.length) - 1) : fileThickness(data),
    // Labels only in the focused neighbourhood (see below).
    label: "",
  };
  if (curvature !== undefined) display.curvature = curvature;
  const twin = focus.pairs.shown.get(key);
  const visible =
    (edgeOwnVisible(focus.filters, data) || (twin !== undefined && edgeOwnVisible(focus.filters, graph.getEdgeAttributes(twin)))) &&
    nodeVisible(focus.filters, graph.getSourceAttributes(key), graph.source(key)) &&
    nodeVisible(focus.filters, graph.getTargetAttributes(key), graph.target(key));
  if (!visible || focus.pairs.hidden.has(key)) display.hidden = true;
  else if (focus.nodes) {
    if (focus.edges.has(key)) {
      // Other tools' edges have no action: their own label, when they have one.
      display.label = data.action || String((data as { label?: unknown }).label ?? "");
      display.forceLabel = true;
      display.zIndex = 1;
      if (key === focus.primary) display.size = (display.size ?? 1) * 2;
    } else {
      display.color = DIM_COLOR;
      display.zIndex = 0;
    }
  }
  return display;
}
