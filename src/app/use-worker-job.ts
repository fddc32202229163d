// One job in a Web Worker at a time: start it, hand each message to the caller, and stop it
// (cancel, a result, or unmounting) by terminating the worker, since a parse or an
// extraction cannot be interrupted from inside.
import { useCallback, useEffect, useMemo, useRef } from "react";

export interface WorkerJob<M, R> {
  /**
   * Starts `create()`'s worker with `request`, stopping any job before it. `read` turns each
   * message into the result to finish with, or undefined while the job goes on; `crashed`
   * gives the result when the worker itself fails.
   */
  start: (create: () => Worker, request: unknown, read: (message: M) => R | undefined, crashed: (why: string) => R, onResult: (result: R) => void) => void;
  /** Stops the job; its caller hears `result`, if any. */
  stop: (result: R | null) => void;
}

/** `onStop` runs whenever a job ends (to clear the caller's progress); it must be stable. */
export function useWorkerJob<M, R>(onStop: () => void): WorkerJob<M, R> {
  const worker = useRef<Worker | null>(null);
  const finish = useRef<((result: R) => void) | null>(null);

  const stop = useCallback(
    (result: R | null) => {
      worker.current?.terminate();
      worker.current = null;
      const done = finish.current;
      finish.current = null;
      onStop();
      if (result && done) done(result);
    },
    [onStop],
  );

  const start = useCallback<WorkerJob<M, R>["start"]>(
    (create, request, read, crashed, onResult) => {
      stop(null);
      const w = create();
      worker.current = w;
      finish.current = onResult;
      w.onmessage = (event: MessageEvent<M>) => {
        if (worker.current !== w) return;
        const result = read(event.data);
        if (result) stop(result);
      };
      w.onerror = (event) => {
        event.preventDefault();
        if (worker.current === w) stop(crashed(event.message || "could not start"));
      };
      w.postMessage(request);
    },
    [stop],
  );

  useEffect(() => () => stop(null), [stop]);
  return useMemo(() => ({ start, stop }), [start, stop]);
}
