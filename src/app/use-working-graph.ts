// The graph the explorer shows, from the one it opened with (initial-graph.ts). Replacing it
// keeps the new one for the next visit; reset forgets it and goes back to the default.
import { useCallback, useEffect, useState } from "react";
import type { NewsGraph } from "../graph/types.ts";
import { DEFAULT_ORIGIN, keptGraph, withDefault, type InitialGraph, type Persistence } from "./initial-graph.ts";
import { loadGraph } from "./load-graph.ts";
import { clearSavedGraph, keptHint, writeSavedGraph } from "./storage/saved-graph.ts";

export interface WorkingGraph extends InitialGraph {
  replace: (graph: NewsGraph, origin: string) => void;
  reset: () => Promise<void>;
}

export function useWorkingGraph(initial: InitialGraph): WorkingGraph {
  const [state, setState] = useState<InitialGraph>(initial);

  // No flag yet: a first visit, or a graph kept by a version without the flag. IndexedDB is
  // asked after the first frame; a kept graph then replaces the default one.
  useEffect(() => {
    if (initial.persistence !== "default" || keptHint() !== "unset") return;
    void keptGraph().then((kept) => {
      if (!kept) return;
      const next: InitialGraph = "error" in kept ? withDefault(initial.graph, kept) : { ...kept, persistence: "saved" };
      setState((s) => (s.graph === initial.graph ? next : s));
    });
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

  return { ...state, replace, reset };
}
