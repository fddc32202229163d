// What the canvas does differently on large graphs, where every frame is expensive (most of
// all where WebGL runs in software, on the CPU): one threshold for all of it.
import type { NewsGraph } from "../../graph/types.ts";

/**
 * From this many nodes + edges: edges and labels are not drawn while the camera moves (they
 * are most of a frame's cost: edges several times the nodes' in software WebGL), nodes are
 * point sprites (settings.ts), and parallel edges are curved only in the focus (reducers.ts).
 * Smaller graphs draw everything all the time, nodes with sigma's default program.
 */
export const LARGE_GRAPH = 5_000;

export const isLargeGraph = (graph: NewsGraph): boolean => graph.order + graph.size >= LARGE_GRAPH;
