// The graph the explorer opens with: the one kept in this browser (IndexedDB) if any, else
// the default corpus (graph.json served beside the page). No React here: main.ts draws it
// while React loads.
import Graph from "graphology";
import type { NewsGraph } from "../graph/types.ts";
import { fetchGraphText, GRAPH_URL, loadGraph } from "./load-graph.ts";
import { keptHint, readSavedGraph } from "./storage/saved-graph.ts";

export const DEFAULT_ORIGIN = "default articles";

/** "saved": kept in this browser; "default": nothing kept; "failed": could not be kept. */
export type Persistence = "default" | "saving" | "saved" | "failed";

export interface InitialGraph {
  graph: NewsGraph;
  /** Where the graph came from, as shown in the toolbar. */
  origin: string;
  persistence: Persistence;
}

/** The kept graph, read from IndexedDB before the first frame only when the flag says one is kept (or cannot say). */
async function savedGraph(): Promise<{ graph: NewsGraph; origin: string } | undefined> {
  const hint = keptHint();
  return hint === "kept" || hint === "unavailable" ? keptGraph() : undefined;
}

/** The graph kept in this browser, if any; undefined too when IndexedDB cannot be read. */
export async function keptGraph(): Promise<{ graph: NewsGraph; origin: string } | undefined> {
  try {
    const saved = await readSavedGraph();
    return saved && { graph: Graph.from(saved.data) as unknown as NewsGraph, origin: saved.origin };
  } catch {
    // No IndexedDB (private mode, blocked storage) or an unreadable record: start from the default.
    return undefined;
  }
}

/**
 * The default graph downloads while the browser is asked for a kept one; it is parsed only
 * if none is.
 */
export function loadInitialGraph(): Promise<InitialGraph> {
  const text = fetchGraphText();
  text.catch(() => undefined); // its failure matters only when nothing is kept
  return savedGraph().then(async (saved) =>
    saved ? { ...saved, persistence: "saved" as const } : { graph: await loadGraph(GRAPH_URL, text), origin: DEFAULT_ORIGIN, persistence: "default" as const },
  );
}
