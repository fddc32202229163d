// Runs extractions in a Web Worker, one at a time: progress as React state, cancel by
// terminating the worker (an extraction cannot be interrupted from inside).
import { useCallback, useEffect, useRef, useState } from "react";
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
  const worker = useRef<Worker | null>(null);
  const finish = useRef<((result: ExtractionResult) => void) | null>(null);
  const [progress, setProgress] = useState<ExtractionProgress | null>(null);
  const [running, setRunning] = useState(false);

  const stop = useCallback((result: ExtractionResult | null) => {
    worker.current?.terminate();
    worker.current = null;
    const done = finish.current;
    finish.current = null;
    setRunning(false);
    setProgress(null);
    if (result && done) done(result);
  }, []);

  const start = useCallback(
    (request: ExtractionRequest, onResult: (result: ExtractionResult) => void) => {
      stop(null);
      // A module worker from the app's own origin (CSP: worker-src 'self').
      const w = new Worker(new URL("./extract.worker.ts", import.meta.url), { type: "module", name: "extract" });
      worker.current = w;
      finish.current = onResult;
      setRunning(true);
      setProgress({ kind: "progress", stage: "read", done: 0, total: request.added.length, label: "" });
      w.onmessage = (event: MessageEvent<ExtractionMessage>) => {
        if (worker.current !== w) return;
        const message = event.data;
        if (message.kind === "progress") setProgress(message);
        else stop(message);
      };
      w.onerror = (event) => {
        event.preventDefault();
        if (worker.current === w) stop({ kind: "failed", message: `the extraction worker failed (${event.message || "could not start"})`, skipped: [] });
      };
      w.postMessage(request);
    },
    [stop],
  );

  const cancel = useCallback(() => stop({ kind: "cancelled" }), [stop]);
  useEffect(() => () => stop(null), [stop]);
  return { progress, running, start, cancel };
}
