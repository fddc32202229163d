// Runs extractions in a Web Worker, one at a time: progress as React state, cancel by
// terminating the worker (use-worker-job.ts).
import { useCallback, useState } from "react";
import { useWorkerJob } from "../use-worker-job.ts";
import type { ArticleInput, ExtractionMessage, ExtractionRequest } from "./protocol.ts";

export type ExtractionProgress = Extract<ExtractionMessage, { kind: "progress" }>;
export type ExtractionResult = Exclude<ExtractionMessage, ExtractionProgress> | { kind: "cancelled" };

export interface Extraction {
  progress: ExtractionProgress | null;
  running: boolean;
  start: (request: ExtractionRequest, onResult: (result: ExtractionResult) => void) => void;
  cancel: () => void;
}

/** A file's bytes, read on the page (a File is clonable, but reading here names unreadable files early). */
export async function fileInput(file: File): Promise<ArticleInput> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export function useExtraction(): Extraction {
  const [progress, setProgress] = useState<ExtractionProgress | null>(null);
  const [running, setRunning] = useState(false);
  const job = useWorkerJob<ExtractionMessage, ExtractionResult>(useCallback(() => (setRunning(false), setProgress(null)), []));

  const start = useCallback(
    (request: ExtractionRequest, onResult: (result: ExtractionResult) => void) => {
      const read = (message: ExtractionMessage): ExtractionResult | undefined => {
        if (message.kind !== "progress") return message;
        setProgress(message);
        return undefined;
      };
      // A module worker from the app's own origin (CSP: worker-src 'self').
      const create = () => new Worker(new URL("./extract.worker.ts", import.meta.url), { type: "module", name: "extract" });
      job.start(create, request, read, (why) => ({ kind: "failed", message: `the extraction worker failed (${why})`, skipped: [] }), onResult);
      setRunning(true);
      setProgress({ kind: "progress", stage: "read", done: 0, total: request.added.length, label: "" });
    },
    [job],
  );

  const cancel = useCallback(() => job.stop({ kind: "cancelled" }), [job]);
  return { progress, running, start, cancel };
}
