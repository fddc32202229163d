// The appearance menus (node colour and size, edge colour, labels), the legend of the current
// colours, and the metrics: a mapping that names a metric the graph lacks computes it first
// (in a worker), and the graph with it replaces the working graph, so that it is kept and exported.
import { useEffect, useMemo, useRef, useState } from "react";
import { METRICS, isMetric, type Metric } from "../../graph/metrics.ts";
import type { NewsGraph } from "../../graph/types.ts";
import { attributeMode, attributesOf, SIZE_TITLES, ATTRIBUTE, type Appearance, type ColorLegend, type ResolvedAppearance } from "../core/appearance.ts";
import { useMetrics } from "../metrics/use-metrics.ts";
import { ColorLegendView } from "./ColorLegendView.tsx";
import type { HiddenValues } from "../core/view-state.ts";

interface Props {
  graph: NewsGraph;
  appearance: Appearance;
  /** `appearance` with the graph's defaults. */
  resolved: ResolvedAppearance;
  onChange: (appearance: Appearance) => void;
  /** Replaces the working graph (by a copy with metrics). */
  onGraph: (graph: NewsGraph) => void;
  /** The colours the canvas draws now (from the same visuals), for the legend. */
  nodeLegend: ColorLegend;
  edgeLegend: ColorLegend;
  /** The node values hidden (the partition legend's ticks are the filter). */
  hiddenValues: HiddenValues | null;
  onToggleValue: (attribute: string, value: string) => void;
}

type Option = [value: string, label: string];

/** Metrics the appearance names and no node has yet. */
function missingMetrics(graph: NewsGraph, modes: string[]): Metric[] {
  const names = modes.filter((m) => m.startsWith(ATTRIBUTE)).map((m) => m.slice(ATTRIBUTE.length));
  return names.filter((n): n is Metric => isMetric(n) && !graph.someNode((_k, a) => Object.hasOwn(a, n)));
}

export function AppearancePanel({ graph, appearance, resolved, onChange, onGraph, nodeLegend, edgeLegend, hiddenValues, onToggleValue }: Props) {
  const metrics = useMetrics();
  const [error, setError] = useState<string | null>(null);
  const nodeAttributes = useMemo(() => attributesOf(graph, "node"), [graph]);
  const edgeAttributes = useMemo(() => attributesOf(graph, "edge"), [graph]);
  const has = useMemo(() => {
    const documents = graph.getAttribute("documents")?.length > 0;
    return {
      documents,
      types: graph.someNode((_k, a) => (a.type as string) !== ""),
      actions: graph.someEdge((_k, a) => (a.action as string) !== ""),
      nodeColors: graph.someNode((_k, a) => typeof (a as { color?: unknown }).color === "string"),
      edgeColors: graph.someEdge((_k, a) => typeof (a as { color?: unknown }).color === "string"),
    };
  }, [graph]);

  // A result for a graph that has been replaced meanwhile (another file opened) is dropped.
  const current = useRef(graph);
  current.current = graph;
  const compute = (wanted: Metric[]) => {
    setError(null);
    metrics.start(graph, wanted, (result) => {
      if (current.current !== graph) return;
      if (result.kind === "done") onGraph(result.graph);
      else setError(result.error);
    });
  };
  // A mapping by a metric the graph lacks (chosen, or from the URL) computes it.
  const missing = missingMetrics(graph, [resolved.nodeColor, resolved.nodeSize]).join(",");
  useEffect(() => {
    if (missing && !metrics.running && !error) compute(missing.split(",") as Metric[]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph, missing]);

  const known = new Set(nodeAttributes.map((a) => a.name));
  const metricOptions = (only?: "ranking"): Option[] =>
    (Object.keys(METRICS) as Metric[]).filter((m) => !known.has(m) && !(only && m === "community")).map((m) => [attributeMode(m), `${METRICS[m]} (compute)`]);
  const attributeOptions = (list: typeof nodeAttributes, only?: "ranking"): Option[] =>
    list.filter((a) => a.name !== "type" && (!only || a.kind === only)).map((a) => [attributeMode(a.name), `${a.name} (${a.kind})`]);

  const colorOptions: Option[] = [
    ...(has.types || !has.nodeColors ? [["type", "entity type"] as Option] : []),
    ...(has.nodeColors ? [["file", "the file's colours"] as Option] : []),
    ...(has.documents ? [["document", "source document"] as Option] : []),
    ...attributeOptions(nodeAttributes),
    ...metricOptions(),
  ];
  const sizeOptions: Option[] = [
    ["degree", SIZE_TITLES.degree],
    ["in", SIZE_TITLES.in],
    ["out", SIZE_TITLES.out],
    ["file", has.types ? "stored sizes" : SIZE_TITLES.file],
    ...(has.documents ? (["mentions", "evidence"].map((m) => [m, SIZE_TITLES[m]]) as Option[]) : []),
    ...attributeOptions(nodeAttributes, "ranking"),
    ...metricOptions("ranking"),
  ];
  const edgeOptions: Option[] = [
    ...(has.actions ? [["family", "action family"] as Option] : []),
    ...(has.edgeColors ? [["file", "the file's colours"] as Option] : []),
    ["source", "source node's colour"],
    ...attributeOptions(edgeAttributes),
  ];

  const select = (label: string, value: string, options: Option[], set: (v: string) => void) => (
    <label className="appearance-row">
      <span>{label}</span>
      <select aria-label={label} value={value} onChange={(e) => set(e.target.value)}>
        {withCurrent(options, value).map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="appearance" aria-label="Appearance">
      <h3>Appearance</h3>
      {select("Node colour", resolved.nodeColor, colorOptions, (v) => onChange({ ...appearance, nodeColor: v }))}
      <ColorLegendView
        legend={nodeLegend}
        label="Node colours"
        filter={
          resolved.nodeColor.startsWith(ATTRIBUTE)
            ? {
                hidden: hiddenValues?.attribute === resolved.nodeColor.slice(ATTRIBUTE.length) ? hiddenValues.values : new Set(),
                toggle: (v) => onToggleValue(resolved.nodeColor.slice(ATTRIBUTE.length), v),
              }
            : undefined
        }
      />
      {select("Node size", resolved.nodeSize, sizeOptions, (v) => onChange({ ...appearance, nodeSize: v }))}
      {select("Edge colour", resolved.edgeColor, edgeOptions, (v) => onChange({ ...appearance, edgeColor: v }))}
      <ColorLegendView legend={edgeLegend} label="Edge colours" />
      <label className="appearance-row">
        <span>Label size</span>
        <input type="range" aria-label="Label size" min={8} max={24} step={1} value={appearance.labelSize ?? 13} onChange={(e) => onChange({ ...appearance, labelSize: +e.target.value })} />
      </label>
      <label className="appearance-row">
        <span>Label density</span>
        <input type="range" aria-label="Label density" min={0.1} max={4} step={0.1} value={appearance.labelDensity ?? 1} onChange={(e) => onChange({ ...appearance, labelDensity: +e.target.value })} />
      </label>
      <div className="metrics">
        <button type="button" disabled={!!metrics.running || graph.order === 0} onClick={() => compute(Object.keys(METRICS) as Metric[])}>
          Compute metrics
        </button>
        {metrics.running && (
          <>
            <span className="muted" role="status">
              Computing {metrics.running.map((m) => METRICS[m]).join(", ")}…
            </span>
            <button type="button" onClick={metrics.cancel}>
              Cancel
            </button>
          </>
        )}
        {error && (
          <span className="error" role="alert">
            {error}
          </span>
        )}
      </div>
    </section>
  );
}

/** The options, with the current value listed even when the graph offers it no more. */
function withCurrent(options: Option[], value: string): Option[] {
  return options.some(([v]) => v === value) ? options : [...options, [value, value.startsWith(ATTRIBUTE) ? value.slice(ATTRIBUTE.length) : value]];
}
