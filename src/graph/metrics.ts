// Metrics and communities, as Gephi's statistics: PageRank, betweenness centrality and
// Louvain communities, by graphology's packages. Computed on demand (off the page's thread:
// src/app/metrics), stored as node attributes so that they show, colour, size and export
// like any other. Deterministic (Louvain's random moves are seeded). Pure.
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import pagerank from "graphology-metrics/centrality/pagerank.js";
import { mulberry32, round } from "./layout.ts";

/** The metrics, by the node attribute each is stored in. */
export const METRICS = {
  pagerank: "PageRank",
  betweenness: "betweenness centrality",
  community: "community (Louvain)",
} as const;
export type Metric = keyof typeof METRICS;
export const isMetric = (name: string): name is Metric => Object.hasOwn(METRICS, name);

/** Each metric's value by node key. */
export type MetricValues = Partial<Record<Metric, Record<string, number>>>;

/** Computes `metrics` on `graph` (any graph: directed, undirected, mixed, with parallel edges). */
export function computeMetrics(graph: Graph, metrics: readonly Metric[]): MetricValues {
  const out: MetricValues = {};
  const rounded = (values: Record<string, number>) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, round(v, 8)]));
  for (const metric of new Set(metrics)) {
    if (graph.order === 0) out[metric] = {};
    else if (metric === "pagerank") out.pagerank = rounded(pagerank(graph, { getEdgeWeight: null }));
    else if (metric === "betweenness") out.betweenness = rounded(betweennessCentrality(graph, { normalized: true, getEdgeWeight: null }));
    else out.community = louvain(simpleUndirected(graph), { rng: mulberry32(graph.order), getEdgeWeight: "weight" });
  }
  return out;
}

/** The graph's structure as Louvain takes it: undirected, one edge per pair, weighted by their count. */
function simpleUndirected(graph: Graph): Graph {
  const simple = new Graph({ type: "undirected", multi: false, allowSelfLoops: true });
  graph.forEachNode((key) => simple.addNode(key));
  graph.forEachEdge((_e, _a, source, target) => {
    simple.updateUndirectedEdge(source, target, (a) => ({ weight: ((a.weight as number | undefined) ?? 0) + 1 }));
  });
  return simple;
}

/** The metrics `graph`'s nodes hold (computed earlier and stored by `withMetrics`). */
export function metricValuesOf(graph: Graph): MetricValues {
  const out: MetricValues = {};
  graph.forEachNode((key, attributes) => {
    for (const metric of Object.keys(METRICS) as Metric[]) if (typeof attributes[metric] === "number") (out[metric] ??= {})[key] = attributes[metric];
  });
  return out;
}

/** A copy of `graph` with the metrics stored as node attributes. */
export function withMetrics<G extends Graph>(graph: G, values: MetricValues): G {
  const copy = graph.copy() as G;
  for (const [metric, byNode] of Object.entries(values) as [Metric, Record<string, number>][]) {
    copy.forEachNode((key) => {
      if (Object.hasOwn(byNode, key)) copy.setNodeAttribute(key, metric, byNode[key]);
    });
  }
  return copy;
}
