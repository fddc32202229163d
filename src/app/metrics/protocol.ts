// Messages between the explorer and its metrics worker (metrics.worker.ts).
import type { SerializedGraph } from "graphology-types";
import type { Metric, MetricValues } from "../../graph/metrics.ts";

/** The graph's structure (its export without attributes: the metrics read none) and what to compute. */
export interface MetricsRequest {
  graph: SerializedGraph;
  metrics: Metric[];
}

export type MetricsMessage = { kind: "done"; values: MetricValues } | { kind: "failed"; error: string };
