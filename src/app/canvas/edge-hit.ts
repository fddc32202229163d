// Which edge is under the mouse, computed from the edges' geometry instead of sigma's edge
// picking. Sigma's picking draws every edge a second time, into an off-screen buffer, at every
// frame: in software WebGL that doubled the time to the first frame of a 10k-node graph. A
// pass over the edges costs a few milliseconds, and only when the mouse moves or clicks.
import type Sigma from "sigma";
import type { Coordinates } from "sigma/types";

/** Pixels of slack around an edge's drawn thickness, as sigma's picking is forgiving too. */
const SLACK = 2;
/** Straight pieces a curved edge is cut into. */
const CURVE_STEPS = 16;

function distanceToSegment(p: Coordinates, a: Coordinates, b: Coordinates): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * Distance from `p` to @sigma/edge-curve's curve from `a` to `b`: a quadratic Bézier whose
 * control point is off the middle by `curvature` times the edge, on its left (y down).
 */
function distanceToCurve(p: Coordinates, a: Coordinates, b: Coordinates, curvature: number): number {
  const c = { x: (a.x + b.x) / 2 + (b.y - a.y) * curvature, y: (a.y + b.y) / 2 - (b.x - a.x) * curvature };
  let best = Infinity;
  let prev = a;
  for (let i = 1; i <= CURVE_STEPS; i++) {
    const t = i / CURVE_STEPS;
    const u = 1 - t;
    const next = { x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y };
    best = Math.min(best, distanceToSegment(p, prev, next));
    prev = next;
  }
  return best;
}

/** The drawn edge nearest to `point` (viewport pixels) within its thickness, or null. */
export function edgeAtPoint(sigma: Sigma, point: Coordinates): string | null {
  const graph = sigma.getGraph();
  const positions = new Map<string, Coordinates | null>();
  const at = (node: string): Coordinates | null => {
    let p = positions.get(node);
    if (p === undefined) {
      const d = sigma.getNodeDisplayData(node);
      // From the graph's coordinates, not the display data's: between a scheduled full refresh
      // and the next frame, sigma's display data holds them not yet normalized.
      p = d && !d.hidden ? sigma.graphToViewport(graph.getNodeAttributes(node) as Coordinates) : null;
      positions.set(node, p);
    }
    return p;
  };
  let best: string | null = null;
  let bestDistance = Infinity;
  graph.forEachEdge((edge, _attributes, source, target) => {
    const d = sigma.getEdgeDisplayData(edge);
    if (!d || d.hidden) return;
    const a = at(source);
    const b = at(target);
    if (!a || !b) return;
    const reach = sigma.scaleSize(d.size) / 2 + SLACK;
    const curvature = (d as { curvature?: number }).curvature ?? 0;
    // Cheap rejection: outside the box of the ends (widened for the bulge of a curve).
    const bulge = reach + Math.abs(curvature) * Math.hypot(b.x - a.x, b.y - a.y);
    if (point.x < Math.min(a.x, b.x) - bulge || point.x > Math.max(a.x, b.x) + bulge) return;
    if (point.y < Math.min(a.y, b.y) - bulge || point.y > Math.max(a.y, b.y) + bulge) return;
    const distance = curvature ? distanceToCurve(point, a, b, curvature) : distanceToSegment(point, a, b);
    if (distance <= reach && distance < bestDistance) {
      best = edge;
      bestDistance = distance;
    }
  });
  return best;
}
