// Opens graph files in a Web Worker (open.worker.ts), one at a time: progress as React
// state, cancel by terminating the worker (use-worker-job.ts).
import Graph from "graphology";
import { useCallback, useState } from "react";
import { type LoadProgress } from "../../graph/load/problems.ts";
import type { NewsGraph } from "../../graph/types.ts";
import { useWorkerJob } from "../use-worker-job.ts";
import type { OpenMessage } from "./protocol.ts";
import { errorMessage } from "../../graph/error-message.ts";

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
  const [progress, setProgress] = useState<OpeningProgress | null>(null);
  const job = useWorkerJob<OpenMessage, OpenResult>(useCallback(() => setProgress(null), []));

  const start = useCallback(
    (file: File, onResult: (result: OpenResult) => void) => {
      const opening = { name: file.name, bytes: file.size };
      const read = (message: OpenMessage): OpenResult | undefined => {
        if (message.kind === "progress") {
          const { stage, done, total } = message;
          setProgress({ ...opening, load: { stage, done, total } });
          return undefined;
        }
        return message.kind === "failed" ? message : received(message, file.name);
      };
      // A module worker from the app's own origin (CSP: worker-src 'self'); the loaders come with it, on first use.
      const create = () => new Worker(new URL("./open.worker.ts", import.meta.url), { type: "module", name: "open-graph" });
      job.start(create, { file }, read, (why) => ({ kind: "failed", error: `${file.name}: the worker opening it failed (${why})` }), onResult);
      setProgress({ ...opening, load: null });
    },
    [job],
  );

  const cancel = useCallback(() => job.stop({ kind: "cancelled" }), [job]);
  return { progress, start, cancel };
}
