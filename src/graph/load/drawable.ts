// What every graph the explorer draws needs, whatever file it came from: a string label,
// finite x and y, and a size on every node. Pure.
import type Graph from "graphology";
import { nodeSize, seedPosition } from "../layout.ts";
import type { NewsGraph } from "../types.ts";
import { cutLabel, type Problems } from "./problems.ts";

/**
 * Every node gets a string label, finite x and y, and a size. `layout` places a graph that
 * has no position at all (else each node is placed by its key).
 */
export function ensureDrawable(graph: Graph, p: Problems, layout?: (graph: NewsGraph) => void): void {
  const placed = (a: Record<string, unknown>) => Number.isFinite(a.x) && Number.isFinite(a.y);
  const sizes = new Map<string, number>();
  graph.forEachNode((key, a) => {
    const label = typeof a.label === "string" && a.label !== "" ? a.label : key;
    graph.setNodeAttribute(key, "label", cutLabel(label, `node ${JSON.stringify(key)}`, p));
    if (typeof a.size === "number" && Number.isFinite(a.size) && a.size > 0) sizes.set(key, a.size);
  });
  const withPosition = graph.filterNodes((_k, a) => placed(a)).length;
  if (withPosition === 0 && layout) {
    layout(graph as unknown as NewsGraph);
  } else if (withPosition < graph.order) {
    graph.forEachNode((key, a) => {
      if (placed(a)) return;
      p.repair(`node ${JSON.stringify(key)}`, "has no position while others have", "placed by its key");
      graph.mergeNodeAttributes(key, seedPosition(key));
    });
  }
  graph.forEachNode((key) => graph.setNodeAttribute(key, "size", sizes.get(key) ?? nodeSize(graph.degree(key))));
}
