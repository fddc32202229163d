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
