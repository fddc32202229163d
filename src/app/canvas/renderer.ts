// The sigma renderer of one graph, with what its reducers read: made by main.ts for the
// first graph before React loads (the first frame does not wait for it), by GraphCanvas for
// the graphs opened later.
import Sigma from "sigma";
import type { NewsGraph } from "../../graph/types.ts";
import { resolveAppearance, visualsOf, type Visuals } from "../core/appearance.ts";
import type { ViewState } from "../core/view-state.ts";
import { twoWayPairs, type TwoWayPairs } from "../core/two-way.ts";
import { frameConnected } from "./camera.ts";
import { curvaturesOnDemand, parallelCurvatures, type Curvatures } from "./curvature.ts";
import { collisionFreeLabels, type LabelBox } from "./labels.ts";
import { isLargeGraph } from "./large.ts";
import { focusState, type FocusState } from "./reducers.ts";
import { canvasSettings } from "./settings.ts";

export interface Renderer {
  graph: NewsGraph;
  sigma: Sigma;
  /** What the reducers draw; CanvasController replaces it when the view changes. */
  focus: { current: FocusState };
  curvatures: Curvatures;
  pairs: TwoWayPairs;
  /** The node labels drawn in the last frame, where labels.ts places them. */
  labels?: () => Map<string, LabelBox>;
  /** The colours and sizes of the appearance it was made with. */
  visuals: Visuals;
}

/**
 * Draws `graph` in `container` (sigma draws its first frame in its constructor), as the view
 * shows it: the focus is ready before that frame.
 */
export function createRenderer(graph: NewsGraph, container: HTMLElement, view: ViewState, visuals = visualsOf(graph, resolveAppearance(graph, view.appearance))): Renderer {
  const pairs = twoWayPairs(graph);
  const curvatures = isLargeGraph(graph) ? curvaturesOnDemand(graph, pairs.hidden) : parallelCurvatures(graph, pairs.hidden);
  const { filters, selection } = view;
  const focus = { current: focusState(graph, { filters, selection, hoveredNode: null, hoveredEdge: null }, curvatures, visuals, pairs) };
  // Labels without collisions, and the frame on the connected part, except on large graphs
  // (labels.ts, camera.ts). Sigma draws its first frame in its constructor, before the labels
  // know it: they are drawn at the next.
  const labels = isLargeGraph(graph) ? undefined : collisionFreeLabels();
  // (sigma is typed with plain attributes; the graph it draws is the NewsGraph.)
  const sigma = new Sigma(graph as never, container, canvasSettings(graph, focus, view.appearance, labels?.draw));
  if (labels) {
    labels.attach(sigma);
    frameConnected(sigma);
    sigma.scheduleRender();
  }
  return { graph, sigma, focus, curvatures, pairs, visuals, labels: labels?.drawn };
}
