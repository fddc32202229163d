// Appearance, as Gephi Lite's: what gives nodes their colour and size and edges their colour
// (an entity type, an action family, the file's own viz data, a metric, any attribute).
// Chosen in the sidebar, kept in the URL; `visualsOf` turns it into colours and sizes by key
// once per change, which the reducers only look up. Pure.
import { FALLBACK_COLOR, actionColor, partitionColor, rankingColor, typeColor } from "../../graph/palette.ts";
import { nodeSize } from "../../graph/layout.ts";
import type { NewsGraph } from "../../graph/types.ts";

/**
 * Node colour: "type", "file" (the file's viz:color), "document" (the article that mentions
 * the node most) or "attr:<name>". Node size: "degree", "in", "out", "file", "mentions",
 * "evidence" or "attr:<name>". Edge colour: "family", "file", "source" (its source node's
 * colour) or "attr:<name>". Undefined: the graph's default (`resolveAppearance`).
 */
export interface Appearance {
  nodeColor?: string;
  nodeSize?: string;
  edgeColor?: string;
  /** Label size in pixels; undefined: the canvas's default. */
  labelSize?: number;
  /** Label density (sigma's labelDensity); undefined: the canvas's default. */
  labelDensity?: number;
}

export type ResolvedAppearance = Required<Pick<Appearance, "nodeColor" | "nodeSize" | "edgeColor">> & Appearance;

export const ATTRIBUTE = "attr:";
export const attributeMode = (name: string): string => ATTRIBUTE + name;
const attributeOf = (mode: string): string | undefined => (mode.startsWith(ATTRIBUTE) ? mode.slice(ATTRIBUTE.length) : undefined);

/** Attributes a mapping reads elsewhere (drawing, the panels' own fields): not offered as attributes. */
const NODE_OWN = new Set(["label", "x", "y", "z", "size", "color", "aliases", "mentions", "spells"]);
const EDGE_OWN = new Set(["label", "color", "evidence", "spells", "verb"]);
/** Up to this many distinct numbers are classes (a partition, as modularity_class); more are a ranking. */
const MAX_NUMBER_CLASSES = 12;
/** Partition colours: the most frequent values get one each, the rest share the "other" colour. */
const PARTITION_SLOTS = 12;
export const OTHER_COLOR = "#BBBBBB";

const SIZE_MIN = 3;
/** The largest node in pixels: smaller on graphs of many nodes, where large discs hide the rest. */
export function maxNodeSize(order: number): number {
  return order <= 1000 ? 20 : Math.max(8, 20 * Math.sqrt(1000 / order));
}

/** An attribute of the nodes or edges: its name and whether its values rank (numbers) or part. */
export interface AttributeInfo {
  name: string;
  kind: "partition" | "ranking";
}

/** The attributes of the graph's nodes or edges that can colour (and, rankings, size) them, by name. */
export function attributesOf(graph: NewsGraph, own: "node" | "edge"): AttributeInfo[] {
  const skip = own === "node" ? NODE_OWN : EDGE_OWN;
  const values = own === "node" ? graph.mapNodes((_k, a) => a as unknown as Record<string, unknown>) : graph.mapEdges((_k, a) => a as unknown as Record<string, unknown>);
  const seen = new Map<string, { numbers: Set<number>; other: boolean }>();
  for (const a of values) {
    for (const name in a) {
      if (skip.has(name)) continue;
      const value = a[name];
      if (value === undefined || value === null || value === "") continue;
      let info = seen.get(name);
      if (!info) seen.set(name, (info = { numbers: new Set(), other: false }));
      if (typeof value === "number" && Number.isFinite(value)) {
        if (info.numbers.size <= MAX_NUMBER_CLASSES) info.numbers.add(value);
      } else if (typeof value === "string" || typeof value === "boolean") info.other = true;
      else info.other = info.other || !Array.isArray(value);
    }
  }
  return [...seen]
    .filter(([name, info]) => info.numbers.size > 0 || info.other || name === "type")
    .map(([name, info]): AttributeInfo => ({ name, kind: !info.other && info.numbers.size > MAX_NUMBER_CLASSES ? "ranking" : "partition" }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The graph's defaults: this project's look for its graphs, the file's own look for others'. */
export function resolveAppearance(graph: NewsGraph, appearance: Appearance): ResolvedAppearance {
  const typed = graph.someNode((_k, a) => typeof a.type === "string" && (a.type as string) !== "");
  const acted = graph.someEdge((_k, a) => typeof a.action === "string" && (a.action as string) !== "");
  const nodeColored = graph.someNode((_k, a) => typeof (a as { color?: unknown }).color === "string");
  const edgeColored = graph.someEdge((_k, a) => typeof (a as { color?: unknown }).color === "string");
  return {
    ...appearance,
    nodeColor: appearance.nodeColor ?? (typed || !nodeColored ? "type" : "file"),
    nodeSize: appearance.nodeSize ?? (typed ? "degree" : "file"),
    edgeColor: appearance.edgeColor ?? (acted ? "family" : edgeColored ? "file" : "source"),
  };
}

/** One entry of the colour legend. */
export interface LegendEntry {
  label: string;
  color: string;
  count: number;
  /** The value it stands for (valueText's), by which it can be hidden; none for "other values". */
  value?: string;
}

/**
 * A node's or edge's attribute by name, its own only: a name such as "constructor" that it
 * lacks must not find Object's member (attribute names come from files).
 */
export function attribute(attributes: object, name: string): unknown {
  return Object.hasOwn(attributes, name) ? (attributes as Record<string, unknown>)[name] : undefined;
}

/** A value as a partition and its filter compare it: text, "" for none. */
export function valueText(v: unknown): string {
  return v === undefined || v === null || v === "" ? "" : typeof v === "string" ? v : (JSON.stringify(v) ?? String(v));
}

/** What the legend says of the current node or edge colours. */
export type ColorLegend =
  { kind: "partition"; title: string; entries: LegendEntry[] } | { kind: "ranking"; title: string; min: number; max: number; from: string; to: string } | { kind: "fixed"; title: string };

export interface Visuals {
  nodeColor: Map<string, string>;
  nodeSize: Map<string, number>;
  edgeColor: Map<string, string>;
  nodeLegend: ColorLegend;
  edgeLegend: ColorLegend;
  sizeTitle: string;
}

/** The colour or size of every node and edge for `appearance` (already resolved). */
export function visualsOf(graph: NewsGraph, appearance: ResolvedAppearance): Visuals {
  const node = nodeColors(graph, appearance.nodeColor);
  const edge = edgeColors(graph, appearance.edgeColor, node.colors);
  const size = nodeSizes(graph, appearance.nodeSize);
  return { nodeColor: node.colors, nodeSize: size.sizes, edgeColor: edge.colors, nodeLegend: node.legend, edgeLegend: edge.legend, sizeTitle: size.title };
}

type Colors = { colors: Map<string, string>; legend: ColorLegend };

function nodeColors(graph: NewsGraph, mode: string): Colors {
  if (mode === "type")
    return fixed(
      graph.mapNodes((key, a) => [key, typeColor(a.type)]),
      "entity type",
    );
  if (mode === "file")
    return fixed(
      graph.mapNodes((key, a) => [key, fileColor(a)]),
      "the file's colours",
    );
  const values = new Map<string, unknown>();
  if (mode === "document") graph.forEachNode((key, a) => values.set(key, mainDocument(a.mentions ?? [])));
  else {
    const name = attributeOf(mode) ?? "";
    graph.forEachNode((key, a) => values.set(key, attribute(a, name)));
  }
  return mapped(values, mode === "document" ? "source document" : (attributeOf(mode) ?? mode));
}

function edgeColors(graph: NewsGraph, mode: string, nodeColors: Map<string, string>): Colors {
  if (mode === "family")
    return fixed(
      graph.mapEdges((key, a) => [key, actionColor(a.action)]),
      "action family",
    );
  if (mode === "file")
    return fixed(
      graph.mapEdges((key, a) => [key, fileColor(a)]),
      "the file's colours",
    );
  if (mode === "source")
    return fixed(
      graph.mapEdges((key, _a, source) => [key, nodeColors.get(source) ?? FALLBACK_COLOR]),
      "source node's colour",
    );
  const name = attributeOf(mode) ?? "";
  const values = new Map<string, unknown>();
  graph.forEachEdge((key, a) => values.set(key, attribute(a, name)));
  return mapped(values, name);
}

/** Colours of a fixed palette (or the file's): the legend names it only. */
const fixed = (colors: [string, string][], title: string): Colors => ({ colors: new Map(colors), legend: { kind: "fixed", title } });

const fileColor = (a: object): string => {
  const color = (a as { color?: unknown }).color;
  return typeof color === "string" && color ? color : FALLBACK_COLOR;
};

/** The document that mentions a node most (the first of equals). */
function mainDocument(mentions: readonly { doc: string }[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const { doc } of mentions) {
    const n = (counts.get(doc) ?? 0) + 1;
    counts.set(doc, n);
    if (best === undefined || n > counts.get(best)!) best = doc;
  }
  return best;
}

/** Colours of values: a gradient over many numbers, else a partition by frequency. */
function mapped(values: Map<string, unknown>, title: string): Colors {
  const numbers = [...values.values()].filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  const distinct = new Set(numbers);
  const present = [...values.values()].filter((v) => v !== undefined && v !== null && v !== "");
  if (distinct.size > MAX_NUMBER_CLASSES && numbers.length === present.length) {
    const [min, max] = range(numbers);
    const colors = new Map<string, string>();
    for (const [key, v] of values) colors.set(key, typeof v === "number" && Number.isFinite(v) ? rankingColor(max > min ? (v - min) / (max - min) : 0.5) : OTHER_COLOR);
    const [from, to] = [rankingColor(0), rankingColor(1)];
    return { colors, legend: { kind: "ranking", title, min, max, from, to } };
  }
  const counts = new Map<string, number>();
  const text = valueText;
  for (const v of values.values()) counts.set(text(v), (counts.get(text(v)) ?? 0) + 1);
  // The most frequent first, then in the values' order, so that equal graphs get equal colours.
  const ordered = [...counts].filter(([v]) => v !== "").sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const slot = new Map(ordered.slice(0, PARTITION_SLOTS).map(([v], i) => [v, partitionColor(i)]));
  const colors = new Map<string, string>();
  for (const [key, v] of values) colors.set(key, slot.get(text(v)) ?? OTHER_COLOR);
  const entries: LegendEntry[] = ordered.slice(0, PARTITION_SLOTS).map(([label, count]) => ({ label, color: slot.get(label)!, count, value: label }));
  const others = ordered.slice(PARTITION_SLOTS).reduce((n, [, c]) => n + c, 0);
  if (others > 0) entries.push({ label: "other values", color: OTHER_COLOR, count: others });
  if (counts.has("")) entries.push({ label: "no value", color: OTHER_COLOR, count: counts.get("")!, value: "" });
  return { colors, legend: { kind: "partition", title, entries } };
}

function range(numbers: number[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const n of numbers) {
    if (n < min) min = n;
    if (n > max) max = n;
  }
  return [min, max];
}

/** The size names the legend and the menus give. */
export const SIZE_TITLES: Record<string, string> = {
  degree: "degree",
  in: "in-degree",
  out: "out-degree",
  file: "the file's sizes",
  mentions: "mention count",
  evidence: "evidence count",
};

function nodeSizes(graph: NewsGraph, mode: string): { sizes: Map<string, number>; title: string } {
  const sizes = new Map<string, number>();
  const max = maxNodeSize(graph.order);
  if (mode === "degree") {
    // This project's look: the extractor's sizes, from the degree.
    graph.forEachNode((key) => sizes.set(key, nodeSize(graph.degree(key))));
    return { sizes, title: SIZE_TITLES.degree };
  }
  if (mode === "file") {
    // The file's proportions, scaled down into the canvas's range when they exceed it.
    const [, largest] = range(graph.mapNodes((_k, a) => (Number.isFinite(a.size) ? a.size : 0)));
    const scale = largest > max ? max / largest : 1;
    graph.forEachNode((key, a) => sizes.set(key, Math.max(1, (Number.isFinite(a.size) ? a.size : 1) * scale)));
    return { sizes, title: SIZE_TITLES.file };
  }
  const values = new Map<string, number>();
  const name = attributeOf(mode);
  graph.forEachNode((key, a) => {
    let v: unknown;
    if (mode === "in") v = graph.inDegree(key) + graph.undirectedDegree(key);
    else if (mode === "out") v = graph.outDegree(key) + graph.undirectedDegree(key);
    else if (mode === "mentions") v = a.mentions?.length ?? 0;
    else if (mode === "evidence") v = graph.reduceEdges(key, (n, _e, e) => n + (e.evidence?.length ?? 0), 0);
    else if (name !== undefined) v = attribute(a, name);
    if (typeof v === "number" && Number.isFinite(v)) values.set(key, v);
  });
  const [min, top] = values.size ? range([...values.values()]) : [0, 0];
  // Ranking: the area grows with the value, from SIZE_MIN to the canvas's largest.
  graph.forEachNode((key) => {
    const v = values.get(key);
    sizes.set(key, v === undefined ? SIZE_MIN : SIZE_MIN + (max - SIZE_MIN) * Math.sqrt(top > min ? (v - min) / (top - min) : 0.5));
  });
  return { sizes, title: SIZE_TITLES[mode] ?? name ?? mode };
}

// URL parameters of the appearance.
const P = { nodeColor: "color", nodeSize: "size", edgeColor: "edgeColor", labelSize: "labelSize", labelDensity: "labels" } as const;
export const APPEARANCE_PARAMS: readonly string[] = Object.values(P);

export function parseAppearance(q: URLSearchParams): Appearance {
  const out: Appearance = {};
  for (const name of ["nodeColor", "nodeSize", "edgeColor"] as const) {
    const value = q.get(P[name]);
    if (value) out[name] = value;
  }
  for (const name of ["labelSize", "labelDensity"] as const) {
    const value = Number(q.get(P[name]) ?? NaN);
    if (Number.isFinite(value) && value > 0 && value <= 100) out[name] = value;
  }
  return out;
}

export function writeAppearance(appearance: Appearance, q: URLSearchParams): void {
  for (const name of Object.keys(P) as (keyof typeof P)[]) {
    const value = appearance[name];
    if (value !== undefined) q.set(P[name], String(value));
  }
}
