// Opens graph files in a Web Worker (open.worker.ts), one at a time: progress as React
// state, cancel by terminating the worker (a parse cannot be interrupted from inside).
import Graph from "graphology";
import { useCallback, useEffect, useRef, useState } from "react";
import { errorMessage, type LoadProgress } from "../../graph/load/problems.ts";
import type { NewsGraph } from "../../graph/types.ts";
import type { OpenMessage } from "./protocol.ts";

/** The file being opened and where its load is (null before the worker says). */
export interface OpeningProgress {
  name: string;
  bytes: number;
  load: LoadProgress | null;
}

export type OpenResult = { kind: "done"; graph: NewsGraph; warnings: string[] } | { kind: "failed"; error: string } | { kind: "cancelled" };

export interface Opening {
  progress: OpeningProgress | null;
  start: (file: File, onResult: (result: OpenResult) => void) => void;
  cancel: () => void;
}

/** The worker's graph, built again on the page (a structured clone carries no class). */
function received({ graph, warnings }: Extract<OpenMessage, { kind: "done" }>, name: string): OpenResult {
  try {
    return { kind: "done", graph: Graph.from(graph) as unknown as NewsGraph, warnings };
  } catch (e) {
    return { kind: "failed", error: `${name}: could not be loaded (${errorMessage(e)})` };
  }
}

export function useOpening(): Opening {
  const worker = useRef<Worker | null>(null);
  const finish = useRef<((result: OpenResult) => void) | null>(null);
  const [progress, setProgress] = useState<OpeningProgress | null>(null);

  const stop = useCallback((result: OpenResult | null) => {
    worker.current?.terminate();
    worker.current = null;
    const done = finish.current;
    finish.current = null;
    setProgress(null);
    if (result && done) done(result);
  }, []);

  const start = useCallback(
    (file: File, onResult: (result: OpenResult) => void) => {
      stop(null);
      // A module worker from the app's own origin (CSP: worker-src 'self'); the loaders come with it, on first use.
      const w = new Worker(new URL("./open.worker.ts", import.meta.url), { type: "module", name: "open-graph" });
      worker.current = w;
      finish.current = onResult;
      const opening = { name: file.name, bytes: file.size };
      setProgress({ ...opening, load: null });
      w.onmessage = (event: MessageEvent<OpenMessage>) => {
        if (worker.current !== w) return;
        const message = event.data;
        if (message.kind === "progress") {
          const { stage, done, total } = message;
          setProgress({ ...opening, load: { stage, done, total } });
        } else if (message.kind === "failed") stop(message);
        else stop(received(message, file.name));
      };
      w.onerror = (event) => {
        event.preventDefault();
        if (worker.current === w) stop({ kind: "failed", error: `${file.name}: the worker opening it failed (${event.message || "could not start"})` });
      };
      w.postMessage({ file });
    },
    [stop],
  );

  const cancel = useCallback(() => stop({ kind: "cancelled" }), [stop]);
  useEffect(() => () => stop(null), [stop]);
  return { progress, start, cancel };
}
