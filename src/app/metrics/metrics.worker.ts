// Web Worker: computes metrics (src/graph/metrics.ts) off the page's thread: betweenness is
// O(nodes x edges), seconds on a graph of thousands of nodes.
import Graph from "graphology";
import { computeMetrics } from "../../graph/metrics.ts";

import type { MetricsMessage, MetricsRequest } from "./protocol.ts";
import { errorMessage } from "../../graph/error-message.ts";

const post = (message: MetricsMessage) => (self as unknown as Worker).postMessage(message);

self.onmessage = (event: MessageEvent<MetricsRequest>) => {
  try {
    post({ kind: "done", values: computeMetrics(Graph.from(event.data.graph), event.data.metrics) });
  } catch (e) {
    post({ kind: "failed", error: errorMessage(e) });
  }
};
