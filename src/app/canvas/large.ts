// What the canvas does differently on large graphs, where every frame is expensive (most of
// all where WebGL runs in software, on the CPU): one place for the thresholds.
import type { NewsGraph } from "../../graph/types.ts";

/**
 * From this many nodes + edges: edges and labels are not drawn while the camera moves (they
 * are most of a frame's cost: edges several times the nodes' in software WebGL), nodes are
 * point sprites (settings.ts), and parallel edges are curved only in the focus (reducers.ts).
 * Smaller graphs draw everything all the time, nodes with sigma's default program.
 */
export const LARGE_GRAPH = 5_000;

export const isLargeGraph = (graph: NewsGraph): boolean => graph.order + graph.size >= LARGE_GRAPH;

/**
 * From this many edges, edges outside the focus are hairlines (WebGL lines, one pixel, no
 * arrowhead: settings.ts) instead of sigma's antialiased quads with arrowheads. At that scale
 * their width and arrows are not told apart before zooming far in, and where WebGL runs in
 * software the quads cost several times more to draw (BENCHMARKS.md, "Opening a 111 MB
 * GEXF"). The focus keeps its arrows.
 */
export const HUGE_GRAPH_EDGES = 100_000;

export const isHugeGraph = (graph: NewsGraph): boolean => graph.size >= HUGE_GRAPH_EDGES;
