// Opens graph files in a Web Worker (open.worker.ts), one at a time: progress as React
// state, cancel by terminating the worker (use-worker-job.ts). The page builds its copy of
// the graph part by part, one part per task, asking the worker for the next once it has added
// one, so that the page answers all along; then it paints "drawing" before handing the graph
// over (drawing it is one long task: sigma indexes the whole graph at once). The worker
// goes on keeping the graph in IndexedDB after the handover: `kept` says when it is done.
import { useCallback, useEffect, useRef, useState } from "react";
import { type LoadProgress } from "../../graph/load/problems.ts";
import type { NewsGraph } from "../../graph/types.ts";
import { errorMessage } from "../../graph/error-message.ts";
import { addPart, emptyGraph, partCount, type GraphHead } from "../storage/graph-parts.ts";
import { discardGraphParts, newGraphId } from "../storage/saved-graph.ts";
import { useWorkerJob } from "../use-worker-job.ts";
import type { OpenMessage, OpenRequest } from "./protocol.ts";

/** The page's own stages, after the worker's: building its copy (in parts), drawing it, keeping it (the worker writing it into IndexedDB). */
export type PageStage = { stage: "receive"; done: number; total: number } | { stage: "draw" | "keep"; done: 0; total: 0 };

/** The file being opened and where it is (null before the worker says). */
export interface OpeningProgress {
  name: string;
  bytes: number;
  load: LoadProgress | PageStage | null;
}

export type OpenResult =
  /** `kept` resolves with the graph's head once the worker has stored every part, or rejects saying why it could not. */
  { kind: "done"; graph: NewsGraph; warnings: string[]; kept: Promise<GraphHead> } | { kind: "failed"; error: string } | { kind: "cancelled" };

export interface Opening {
  progress: OpeningProgress | null;
  start: (file: File, onResult: (result: OpenResult) => void) => void;
  /** Stops the opening, or the keeping of the graph handed over last. */
  cancel: () => void;
}

/** A promise with its ends, for the worker's "kept" that may come before or after the handover. */
function keeping() {
  let settle!: { resolve: (head: GraphHead) => void; reject: (e: Error) => void };
  const promise = new Promise<GraphHead>((resolve, reject) => (settle = { resolve, reject }));
  promise.catch(() => undefined); // heard by whoever keeps the graph, if anyone
  return { promise, ...settle };
}

/** Runs `then` in a task after the next frame is painted (the status shows the new stage first). */
const afterPaint = (then: () => void) => requestAnimationFrame(() => setTimeout(then));

export function useOpening(): Opening {
  const [progress, setProgress] = useState<OpeningProgress | null>(null);
  const job = useWorkerJob<OpenMessage, OpenResult>(useCallback(() => setProgress(null), []));
  /** The worker of the graph handed over last, while it keeps it. */
  const keeper = useRef<{ worker: Worker; stop: () => void } | null>(null);
  const stopKeeper = useCallback(() => keeper.current?.stop(), []);
  useEffect(() => stopKeeper, [stopKeeper]);

  const start = useCallback(
    (file: File, onResult: (result: OpenResult) => void) => {
      stopKeeper(); // the graph it keeps is being replaced
      const opening = { name: file.name, bytes: file.size };
      const kept = keeping();
      /** The page's copy so far: parts added, of how many; when the bar last moved. */
      let received: { graph: NewsGraph; head: GraphHead; warnings: string[]; done: number; total: number; shown: number } | null = null;

      /** Hands the graph over (after "drawing" is painted); the worker stays to keep it. */
      const handOver = (worker: Worker, graph: NewsGraph, warnings: string[]) => {
        setProgress({ ...opening, load: { stage: "draw", done: 0, total: 0 } });
        afterPaint(() => {
          const released = job.release(worker, { kind: "done", graph, warnings, kept: kept.promise });
          if (!released) return;
          const stop = () => {
            released.terminate();
            if (keeper.current?.worker === released) keeper.current = null;
            kept.reject(new Error("stopped before it was kept"));
          };
          keeper.current = { worker: released, stop };
          released.onmessage = (event: MessageEvent<OpenMessage>) => {
            if (event.data.kind === "kept") kept.resolve(received!.head);
            else if (event.data.kind === "keep-failed") kept.reject(new Error(event.data.error));
            else return;
            stop();
          };
        });
      };

      const read = (message: OpenMessage, worker: Worker): OpenResult | undefined => {
        const ask = () => worker.postMessage({ kind: "next" } satisfies OpenRequest);
        switch (message.kind) {
          case "progress": {
            const { stage, done, total } = message;
            setProgress({ ...opening, load: { stage, done, total } });
            return undefined;
          }
          case "loaded": {
            const { head, warnings } = message;
            received = { graph: emptyGraph(head) as unknown as NewsGraph, head, warnings, done: 0, total: partCount(head), shown: performance.now() };
            if (received.total === 0) handOver(worker, received.graph, warnings);
            else {
              ask();
              setProgress({ ...opening, load: { stage: "receive", done: 0, total: received.total } });
            }
            return undefined;
          }
          case "part": {
            const r = received!;
            const started = performance.now();
            r.done++;
            try {
              addPart(r.graph, message.part);
            } catch (e) {
              return { kind: "failed", error: `${file.name}: could not be loaded (${errorMessage(e)})` };
            }
            // Half the page's thread at most: the next part is asked for after as long as this one
            // took, so that timers, input, frames and the garbage collector of a heap growing by
            // hundreds of MB get the rest (with parts taken back to back, the collector's pauses
            // held timers up longer than the parts did: BENCHMARKS.md).
            if (r.done < r.total) setTimeout(ask, performance.now() - started);
            if (r.done === r.total) handOver(worker, r.graph, r.warnings);
            // The bar moves ten times a second at most: a render per part would be as many tasks again.
            else if (performance.now() - r.shown > 100) {
              r.shown = performance.now();
              setProgress({ ...opening, load: { stage: "receive", done: r.done, total: r.total } });
            }
            return undefined;
          }
          case "kept":
            kept.resolve(received!.head);
            return undefined;
          case "keep-failed":
            kept.reject(new Error(message.error));
            return undefined;
          case "failed":
            return message;
        }
      };
      // Not handed over (cancelled, failed): what the worker kept is deleted.
      const finished = (result: OpenResult) => {
        if (result.kind !== "done") {
          void kept.promise.then((head) => discardGraphParts(head.id)).catch(() => undefined);
          kept.reject(new Error("not opened"));
        }
        onResult(result);
      };
      // A module worker from the app's own origin (CSP: worker-src 'self'); the loaders come with it, on first use.
      const create = () => new Worker(new URL("./open.worker.ts", import.meta.url), { type: "module", name: "open-graph" });
      const request: OpenRequest = { kind: "open", file, keepAs: newGraphId() };
      job.start(create, request, read, (why) => ({ kind: "failed", error: `${file.name}: the worker opening it failed (${why})` }), finished);
      setProgress({ ...opening, load: null });
    },
    [job, stopKeeper],
  );

  // (Once the graph is handed over, only Reset cancels: the keeping stops too, and nothing is kept.)
  const cancel = useCallback(() => {
    job.stop({ kind: "cancelled" });
    stopKeeper();
  }, [job, stopKeeper]);
  return { progress, start, cancel };
}
