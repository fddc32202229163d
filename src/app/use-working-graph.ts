// The graph the explorer shows, from the one it opened with (initial-graph.ts): a base graph
// (extracted or opened) and the person's edits to it (core/edits.ts), applied in order.
// Replacing the base keeps the new one for the next visit, with the edits when it comes from
// more articles; every edit is kept too (only the small edits record is rewritten). Reset
// forgets both and goes back to the default.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Operation } from "../graph/curation/types.ts";
import type { NewsGraph } from "../graph/types.ts";
import { NO_EDITS, pushEdit, redoEdit, removeEdit, undoEdit, type Edits } from "./core/edits.ts";
import { keptGraph, withDefault, working, type InitialGraph, type Persistence } from "./initial-graph.ts";
import { loadGraph } from "./load-graph.ts";
import { clearSavedGraph, keptHint, writeSavedEdits, writeSavedGraph } from "./storage/saved-graph.ts";

export interface ReplaceOptions {
  /** Apply the current edits to the new graph (it was extracted again, from more articles or with a lexicon). */
  keepEdits?: boolean;
  /** The lexicon extension it was extracted with (default: the current one when edits are kept, else none). */
  lexicon?: { name: string; text: string };
}

export interface WorkingGraph extends InitialGraph {
  replace: (graph: NewsGraph, origin: string, options?: ReplaceOptions) => void;
  reset: () => Promise<void>;
  edit: (operation: Operation) => void;
  undo: () => void;
  redo: () => void;
  removeEdit: (index: number) => void;
  /** Replaces every edit (a curation file was opened), all applied: the working graph they give. */
  setEdits: (operations: Operation[]) => InitialGraph;
}

export function useWorkingGraph(initial: InitialGraph): WorkingGraph {
  const [state, setState] = useState<InitialGraph>(initial);
  // What the next change starts from, before React renders it.
  const current = useRef(state);
  const show = useCallback((next: InitialGraph) => {
    current.current = next;
    setState(next);
  }, []);

  // No flag yet: a first visit, or a graph kept by a version without the flag. IndexedDB is
  // asked after the first frame; a kept graph then replaces the default one.
  useEffect(() => {
    if (initial.persistence !== "default" || keptHint() !== "unset") return;
    void keptGraph().then((kept) => {
      if (!kept || current.current.graph !== initial.graph) return;
      show("error" in kept ? withDefault(initial.graph, kept) : { ...kept, persistence: "saved" });
    });
  }, [initial, show]);

  /** Shows `next` and keeps it: the whole graph, or only the edits when the graph is already kept. */
  const keep = useCallback(
    (next: InitialGraph, wholeGraph: boolean) => {
      show({ ...next, persistence: "saving" });
      const settle = (persistence: Persistence) => {
        if (current.current.base === next.base && current.current.edits === next.edits) show({ ...current.current, persistence });
      };
      const saved = wholeGraph
        ? writeSavedGraph({ origin: next.origin, data: next.base.export(), ...(next.lexicon ? { lexicon: next.lexicon } : {}) }).then(() => writeSavedEdits(next.edits))
        : writeSavedEdits(next.edits);
      saved.then(
        () => settle("saved"),
        () => settle("failed"),
      );
    },
    [show],
  );

  const replace = useCallback(
    (graph: NewsGraph, origin: string, options: ReplaceOptions = {}) => {
      const s = current.current;
      const edits = options.keepEdits ? s.edits : NO_EDITS;
      const lexicon = options.lexicon ?? (options.keepEdits ? s.lexicon : undefined);
      keep(working(graph, edits, { origin, lexicon, persistence: "saving" }), true);
    },
    [keep],
  );

  const change = useCallback(
    (update: (e: Edits) => Edits): InitialGraph => {
      const s = current.current;
      const edits = update(s.edits);
      if (edits === s.edits) return s;
      // The default graph is not kept until its first edit.
      const whole = s.persistence === "default" || s.persistence === "unreadable";
      const next = working(s.base, edits, { origin: s.origin, lexicon: s.lexicon, problems: s.problems, persistence: s.persistence });
      keep(next, whole);
      return next;
    },
    [keep],
  );

  const reset = useCallback(async () => {
    await clearSavedGraph().catch(() => undefined);
    show(withDefault(await loadGraph()));
  }, [show]);

  const edit = useCallback((operation: Operation) => void change((e) => pushEdit(e, operation)), [change]);
  const undo = useCallback(() => void change(undoEdit), [change]);
  const redo = useCallback(() => void change(redoEdit), [change]);
  const remove = useCallback((index: number) => void change((e) => removeEdit(e, index)), [change]);
  const setEdits = useCallback((operations: Operation[]) => change(() => ({ operations, done: operations.length })), [change]);

  return { ...state, replace, reset, edit, undo, redo, removeEdit: remove, setEdits };
}
