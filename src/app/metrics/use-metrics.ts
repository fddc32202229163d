// Computes metrics in a Web Worker (metrics.worker.ts), one job at a time, and hands back a
// copy of the graph with them stored as node attributes.
import type { SerializedGraph } from "graphology-types";
import { useCallback, useState } from "react";
import { METRICS, withMetrics, type Metric } from "../../graph/metrics.ts";
import type { NewsGraph } from "../../graph/types.ts";
import { useWorkerJob } from "../use-worker-job.ts";
import type { MetricsMessage, MetricsRequest } from "./protocol.ts";

export type MetricsResult = { kind: "done"; graph: NewsGraph } | { kind: "failed"; error: string };

export interface MetricsJob {
  /** The metrics being computed; null when idle. */
  running: Metric[] | null;
  start: (graph: NewsGraph, metrics: Metric[], onResult: (result: MetricsResult) => void) => void;
  /** Stops the job (betweenness takes minutes on graphs of tens of thousands of nodes); no result. */
  cancel: () => void;
}

/** The graph's structure only: the metrics read no attribute, and the copy to the worker stays small. */
function structure(graph: NewsGraph): SerializedGraph {
  return {
    options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    attributes: {},
    nodes: graph.mapNodes((key) => ({ key })),
    edges: graph.mapEdges((key, _a, source, target, _s, _t, undirected) => ({ key, source, target, undirected })),
  };
}

export function useMetrics(): MetricsJob {
  const [running, setRunning] = useState<Metric[] | null>(null);
  const job = useWorkerJob<MetricsMessage, MetricsResult>(useCallback(() => setRunning(null), []));
  const start = useCallback(
    (graph: NewsGraph, metrics: Metric[], onResult: (result: MetricsResult) => void) => {
      const names = metrics.map((m) => METRICS[m]).join(", ");
      const read = (message: MetricsMessage): MetricsResult =>
        message.kind === "done" ? { kind: "done", graph: withMetrics(graph, message.values) } : { kind: "failed", error: `${names}: ${message.error}` };
      const create = () => new Worker(new URL("./metrics.worker.ts", import.meta.url), { type: "module", name: "metrics" });
      const request: MetricsRequest = { graph: structure(graph), metrics };
      job.start(create, request, read, (why) => ({ kind: "failed", error: `${names}: the worker failed (${why})` }), onResult);
      setRunning(metrics);
    },
    [job],
  );
  const cancel = useCallback(() => job.stop(null), [job]);
  return { running, start, cancel };
}
