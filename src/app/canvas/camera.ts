// Camera moves.
import type Sigma from "sigma";
import type { Coordinates } from "sigma/types";

/** Centres the view on a node, zooming in if the view is wide. */
export function focusCamera(sigma: Sigma, node: string): void {
  const graph = sigma.getGraph();
  if (!graph.hasNode(node)) return;
  // The camera works in normalized ("framed") coordinates. They are computed from the graph's,
  // not read from sigma's display data, which a scheduled full refresh leaves raw until the next frame.
  const target = sigma.viewportToFramedGraph(sigma.graphToViewport(graph.getNodeAttributes(node) as Coordinates));
  const camera = sigma.getCamera();
  void camera.animate({ ...target, ratio: Math.min(camera.ratio, 0.7) }, { duration: 500 });
}

/**
 * Frames the part of the graph that has edges: isolated nodes (often far out, where a
 * layout pushes them) would otherwise set the frame and leave the rest small. No change when
 * every node has an edge, or none has.
 */
export function frameConnected(sigma: Sigma): void {
  const graph = sigma.getGraph();
  let box: { x: [number, number]; y: [number, number] } | null = null;
  let isolated = false;
  graph.forEachNode((node, a) => {
    if (graph.degree(node) === 0) return void (isolated = true);
    const { x, y } = a as Coordinates;
    if (!box) box = { x: [x, x], y: [y, y] };
    else box = { x: [Math.min(box.x[0], x), Math.max(box.x[1], x)], y: [Math.min(box.y[0], y), Math.max(box.y[1], y)] };
  });
  const wanted = isolated ? box : null;
  if (wanted === null && sigma.getCustomBBox() === null) return;
  sigma.setCustomBBox(wanted);
  sigma.scheduleRefresh(); // at the next frame: the first one is not drawn twice
}

/** Room kept around the nodes brought into view (pixels). */
const VIEW_MARGIN = 40;

/**
 * Moves the camera, animated, so that all of `nodes` are in view (a selection's
 * neighbourhood, a path): no move when they already are.
 */
export function bringIntoView(sigma: Sigma, nodes: Iterable<string>): void {
  const graph = sigma.getGraph();
  const { width, height } = sigma.getDimensions();
  const points = [...nodes].filter((n) => graph.hasNode(n)).map((n) => sigma.graphToViewport(graph.getNodeAttributes(n) as Coordinates));
  if (!points.length || width === 0 || height === 0) return;
  const inside = points.every((p) => p.x >= VIEW_MARGIN && p.x <= width - VIEW_MARGIN && p.y >= VIEW_MARGIN && p.y <= height - VIEW_MARGIN);
  if (inside) return;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // The ratio scales what the viewport spans: zoom out (or in) by how much wider the nodes are than the room.
  const scale = Math.max((maxX - minX) / Math.max(1, width - 2 * VIEW_MARGIN), (maxY - minY) / Math.max(1, height - 2 * VIEW_MARGIN), 0.3);
  const camera = sigma.getCamera();
  const center = sigma.viewportToFramedGraph({ x: (minX + maxX) / 2, y: (minY + maxY) / 2 });
  void camera.animate({ ...center, ratio: Math.min(2, Math.max(0.05, camera.ratio * scale)) }, { duration: 500 });
}
