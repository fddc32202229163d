// Redraws only what a change of focus touches. Hovering from one node to another (or to an
// edge, or away from the selection) changes the two neighbourhoods, not the whole graph: sigma
// re-runs the reducers for those items only. Everything changes colour when the focus appears
// or goes (the rest is dimmed or undimmed), and filters can touch anything: full refresh then.
import type Sigma from "sigma";
import type { FocusState } from "./reducers.ts";

export interface ChangedItems {
  nodes: string[];
  edges: string[];
}

function union(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const out = new Set(a);
  for (const k of b) out.add(k);
  return [...out];
}

/** The items whose display may differ between two focus states; null when it may be any. */
export function changedItems(before: FocusState, after: FocusState): ChangedItems | null {
  if (before.filters !== after.filters || before.curvatures !== after.curvatures || before.visuals !== after.visuals) return null;
  if (!before.nodes || !after.nodes) return before.nodes === after.nodes ? { nodes: [], edges: [] } : null;
  return { nodes: union(before.nodes, after.nodes), edges: union(before.edges, after.edges) };
}

/**
 * Brings sigma from `before` to `after` (the reducers read `after`). The reducers run now, so
 * the display data is current at once; the drawing waits for the next frame, so that
 * several changes in one frame (leave a node, enter the next) are drawn once.
 */
export function redraw(sigma: Sigma, before: FocusState, after: FocusState): void {
  const changed = changedItems(before, after);
  if (!changed) sigma.refresh({ schedule: true });
  // (Not skipIndexation: zIndex changes with the focus, and sigma orders by it when indexing.)
  else if (changed.nodes.length || changed.edges.length) sigma.refresh({ partialGraph: changed, schedule: true });
}
