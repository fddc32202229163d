// The graph the explorer shows, from the one it opened with (initial-graph.ts): a base graph
// (extracted or opened) and the person's edits to it (core/edits.ts), applied in order.
// Replacing the base keeps the new one for the next visit, with the edits when it comes from
// more articles; every edit is kept too (only the small edits record is rewritten). Reset
// forgets both and goes back to the default. The writes go one at a time, in order: a
// graph's edits are never written before the graph, nor a graph after the one replacing it.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Operation } from "../graph/curation/types.ts";
import type { NewsGraph } from "../graph/types.ts";
import { NO_EDITS, pushEdit, redoEdit, removeEdit, undoEdit, type Edits } from "./core/edits.ts";
import { keptGraph, withDefault, working, type InitialGraph, type Persistence } from "./initial-graph.ts";
import { loadGraph } from "./load-graph.ts";
import type { GraphHead } from "./storage/graph-parts.ts";
import { clearSavedGraph, commitKeptGraph, discardGraphParts, keptHint, writeSavedEdits, writeSavedGraph } from "./storage/saved-graph.ts";

export interface ReplaceOptions {
  /** Apply the current edits to the new graph (it was extracted again, from more articles or with a lexicon). */
  keepEdits?: boolean;
  /** The lexicon extension it was extracted with (default: the current one when edits are kept, else none). */
  lexicon?: { name: string; text: string };
  /**
   * The graph is being written into IndexedDB by the worker that read it (opening/): its
   * head once every part is stored. The page then only points the kept record at it.
   */
  kept?: Promise<GraphHead>;
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
  /** The base graph kept in IndexedDB, or being written there: its edits alone need writing. */
  const keptBase = useRef<NewsGraph | null>(initial.persistence === "saved" ? initial.base : null);
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
      if (!("error" in kept)) keptBase.current = kept.base;
      show("error" in kept ? withDefault(initial.graph, kept) : { ...kept, persistence: "saved" });
    });
  }, [initial, show]);

  const writes = useRef<Promise<unknown>>(Promise.resolve());
  /** Counts Resets: what was asked before one is not written, and its outcome not shown. */
  const resets = useRef(0);
  /** Runs `write` after every write asked for before it, whatever became of them. */
  const queue = useCallback(<T>(write: () => Promise<T>): Promise<T> => {
    const queued = writes.current.then(write, write);
    writes.current = queued.catch(() => undefined);
    return queued;
  }, []);

  /** Shows `next` and keeps it: the whole graph, or only the edits when the graph is already kept. */
  const keep = useCallback(
    (next: InitialGraph, wholeGraph: boolean, kept?: Promise<GraphHead>) => {
      show({ ...next, persistence: "saving" });
      const round = resets.current;
      const settle = (persistence: Persistence) => {
        if (resets.current === round && current.current.base === next.base && current.current.edits === next.edits) show({ ...current.current, persistence });
      };
      // A graph replaced (or reset) before its turn is not written (a worker's parts are deleted).
      const shown = () => resets.current === round && current.current.base === next.base;
      const lexicon = next.lexicon;
      const writeGraph = kept
        ? () => kept.then((head) => (shown() ? commitKeptGraph(next.origin, head, lexicon) : discardGraphParts(head.id)))
        : () => (shown() ? writeSavedGraph(next.origin, next.base, lexicon) : Promise.resolve());
      if (wholeGraph) keptBase.current = next.base;
      const saved = queue(wholeGraph ? () => writeGraph().then(() => (shown() ? writeSavedEdits(next.edits) : undefined)) : () => writeSavedEdits(next.edits));
      saved.then(
        () => settle("saved"),
        () => {
          // Not kept: the next edit tries the whole graph again (its edits alone would go with the graph kept before).
          if (wholeGraph && keptBase.current === next.base) keptBase.current = null;
          settle("failed");
        },
      );
    },
    [show, queue],
  );

  const replace = useCallback(
    (graph: NewsGraph, origin: string, options: ReplaceOptions = {}) => {
      const s = current.current;
      const edits = options.keepEdits ? s.edits : NO_EDITS;
      const lexicon = options.lexicon ?? (options.keepEdits ? s.lexicon : undefined);
      keep(working(graph, edits, { origin, lexicon, persistence: "saving" }), true, options.kept);
    },
    [keep],
  );

  const change = useCallback(
    (update: (e: Edits) => Edits): InitialGraph => {
      const s = current.current;
      const edits = update(s.edits);
      if (edits === s.edits) return s;
      // The default graph is not kept until its first edit, nor a graph the browser refused.
      const whole = keptBase.current !== s.base;
      const next = working(s.base, edits, { origin: s.origin, lexicon: s.lexicon, problems: s.problems, persistence: s.persistence });
      keep(next, whole);
      return next;
    },
    [keep],
  );

  const reset = useCallback(async () => {
    resets.current++;
    keptBase.current = null;
    await queue(clearSavedGraph).catch(() => undefined);
    show(withDefault(await loadGraph()));
  }, [show, queue]);

  const edit = useCallback((operation: Operation) => void change((e) => pushEdit(e, operation)), [change]);
  const undo = useCallback(() => void change(undoEdit), [change]);
  const redo = useCallback(() => void change(redoEdit), [change]);
  const remove = useCallback((index: number) => void change((e) => removeEdit(e, index)), [change]);
  const setEdits = useCallback((operations: Operation[]) => change(() => ({ operations, done: operations.length })), [change]);

  return { ...state, replace, reset, edit, undo, redo, removeEdit: remove, setEdits };
}
