// One job in a Web Worker at a time: start it, hand each message to the caller, and stop it
// (cancel, a result, or unmounting) by terminating the worker, since a parse or an
// extraction cannot be interrupted from inside.
import { useCallback, useEffect, useMemo, useRef } from "react";

export interface WorkerJob<M, R> {
  /**
   * Starts `create()`'s worker with `request`, stopping any job before it. `read` turns each
   * message into the result to finish with, or undefined while the job goes on (it may answer
   * the worker); `crashed` gives the result when the worker itself fails.
   */
  start: (create: () => Worker, request: unknown, read: (message: M, worker: Worker) => R | undefined, crashed: (why: string) => R, onResult: (result: R) => void) => void;
  /** Stops the job; its caller hears `result`, if any. */
  stop: (result: R | null) => void;
  /**
   * Ends the job of `worker` with `result` but leaves the worker running, for the caller to
   * hear and terminate (the opening worker keeps the graph after handing it over). Null, and
   * nothing done, when that job has already stopped.
   */
  release: (worker: Worker, result: R) => Worker | null;
}

/** `onStop` runs whenever a job ends (to clear the caller's progress); it must be stable. */
export function useWorkerJob<M, R>(onStop: () => void): WorkerJob<M, R> {
  const worker = useRef<Worker | null>(null);
  const finish = useRef<((result: R) => void) | null>(null);

  const end = useCallback(
    (result: R | null, terminate: boolean) => {
      if (terminate) worker.current?.terminate();
      worker.current = null;
      const done = finish.current;
      finish.current = null;
      onStop();
      if (result && done) done(result);
    },
    [onStop],
  );
  const stop = useCallback((result: R | null) => end(result, true), [end]);

  const release = useCallback(
    (w: Worker, result: R) => {
      if (worker.current !== w) return null;
      w.onmessage = w.onerror = null;
      end(result, false);
      return w;
    },
    [end],
  );

  const start = useCallback<WorkerJob<M, R>["start"]>(
    (create, request, read, crashed, onResult) => {
      stop(null);
      const w = create();
      worker.current = w;
      finish.current = onResult;
      w.onmessage = (event: MessageEvent<M>) => {
        if (worker.current !== w) return;
        const result = read(event.data, w);
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
  return useMemo(() => ({ start, stop, release }), [start, stop, release]);
}
