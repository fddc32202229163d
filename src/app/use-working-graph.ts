// The graph the explorer shows: the one kept in this browser (IndexedDB) if any, else the
// default corpus (graph.json served beside the page). Replacing it keeps the new one for
// the next visit; reset forgets it and goes back to the default.
import Graph from "graphology";
import { useCallback, useEffect, useState } from "react";
import type { NewsGraph } from "../graph/types.ts";
import { fetchGraphText, GRAPH_URL, loadGraph } from "./load-graph.ts";
import { clearSavedGraph, readSavedGraph, writeSavedGraph } from "./storage/saved-graph.ts";

export const DEFAULT_ORIGIN = "default articles";

/** "saved": kept in this browser; "default": nothing kept; "failed": could not be kept. */
export type Persistence = "default" | "saving" | "saved" | "failed";

export interface WorkingGraph {
  graph: NewsGraph | null;
  origin: string;
  persistence: Persistence;
  /** Why no graph could be loaded at all. */
  error: string | null;
  replace: (graph: NewsGraph, origin: string) => void;
  reset: () => Promise<void>;
}

async function savedGraph(): Promise<{ graph: NewsGraph; origin: string } | undefined> {
  try {
    const saved = await readSavedGraph();
    return saved && { graph: Graph.from(saved.data) as unknown as NewsGraph, origin: saved.origin };
  } catch {
    // No IndexedDB (private mode, blocked storage) or an unreadable record: start from the default.
    return undefined;
  }
}

export interface InitialGraph {
  graph: NewsGraph;
  origin: string;
  persistence: Persistence;
}

/**
 * The graph to open with: started by main.tsx before React renders, so that IndexedDB and the
 * download are under way while the page's first paint happens (an effect would start them after it).
 * The default graph downloads while IndexedDB is asked for a kept one; parsed only if none is.
 */
export function loadInitialGraph(): Promise<InitialGraph> {
  const text = fetchGraphText();
  text.catch(() => undefined); // its failure matters only when nothing is kept
  return savedGraph().then(async (saved) =>
    saved ? { ...saved, persistence: "saved" as const } : { graph: await loadGraph(GRAPH_URL, text), origin: DEFAULT_ORIGIN, persistence: "default" as const },
  );
}

export function useWorkingGraph(initial: Promise<InitialGraph>): WorkingGraph {
  const [state, setState] = useState<Omit<InitialGraph, "graph"> & { graph: NewsGraph | null }>({
    graph: null,
    origin: DEFAULT_ORIGIN,
    persistence: "default",
  });
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  useEffect(() => {
    // A graph the user chose meanwhile (replace) wins over the initial one.
    initial.then((g) => setState((s) => (s.graph ? s : g)), fail);
  }, [initial]);

  const replace = useCallback((graph: NewsGraph, origin: string) => {
    setState({ graph, origin, persistence: "saving" });
    const settle = (persistence: Persistence) => setState((s) => (s.graph === graph ? { ...s, persistence } : s));
    writeSavedGraph({ origin, data: graph.export() }).then(() => settle("saved"), () => settle("failed"));
  }, []);

  const reset = useCallback(async () => {
    await clearSavedGraph().catch(() => undefined);
    setState({ graph: await loadGraph(), origin: DEFAULT_ORIGIN, persistence: "default" });
  }, []);

  return { ...state, error, replace, reset };
}
