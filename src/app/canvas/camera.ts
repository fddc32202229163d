// Camera moves.
import type Sigma from "sigma";

/** Centres the view on a node, zooming in if the view is wide. */
export function focusCamera(sigma: Sigma, node: string): void {
  const data = sigma.getNodeDisplayData(node);
  if (!data) return;
  const camera = sigma.getCamera();
  void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.7) }, { duration: 500 });
}
