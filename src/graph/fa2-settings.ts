// ForceAtlas2 settings, one place for the extractor's layout (layout.ts) and the explorer's
// "Layout" button (src/app/canvas/LayoutControl.tsx).
import type Graph from "graphology";
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";

/** Above this many nodes, Barnes-Hut (inferSettings only turns it on above 2,000: 3-4 times faster from 500). */
const BARNES_HUT_FROM = 500;
/**
 * Barnes-Hut's approximation, Gephi's default: graphology's own, 0.5, took 6.8 s for 20
 * iterations on the 28,494-node benchmark graph, 1.2 takes 2.0 s.
 */
const BARNES_HUT_THETA = 1.2;

/** graphology's inferred settings for this graph, with Barnes-Hut from 500 nodes at Gephi's approximation. */
export function fa2Settings(graph: Graph): ForceAtlas2Settings {
  // The approximation only matters where Barnes-Hut runs.
  return { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > BARNES_HUT_FROM, barnesHutTheta: BARNES_HUT_THETA };
}
