// A graph opened from a file -> a graph the explorer can show. graph.json files of this
// project already are one. GEXF from Gephi and other tools carries its own attributes: the
// ones the explorer reads (type, aliases, mentions, action, verb, evidence, date) are given
// the shapes it expects, and every attribute it does not know is kept as it is (the panels
// list them). Values of a known name but of another shape are kept under another name. Pure.
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import { ACTIONS, NODE_TYPES } from "../../extract/types.ts";
import { ensureDrawable } from "../../graph/load/drawable.ts";
import { loadGraphData } from "../../graph/formats/json/load.ts";
import { Problems, settle, type LoadResult } from "../../graph/load/problems.ts";
import type { NewsGraph } from "../../graph/types.ts";

type Attributes = Record<string, unknown>;

const NODE_TYPE_SET = new Set<string>(NODE_TYPES);
const ACTION_SET = new Set<string>(ACTIONS);

/** A value of the closed vocabulary `known`, or "" with the file's own value set aside. */
function vocabulary(a: Attributes, name: string, known: Set<string>, fallback?: unknown): string {
  const value = a[name] ?? fallback;
  if (typeof value === "string" && known.has(value)) return value;
  if (a[name] !== undefined) setAside(a, name);
  return "";
}

/**
 * Moves a value the explorer cannot read under `name (from file)`. Empty values are
 * dropped, and a value already set aside stays: a kept graph passes here again on reload.
 */
function setAside(a: Attributes, name: string): void {
  const value = a[name];
  delete a[name];
  const empty = value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
  if (!empty && !Object.hasOwn(a, `${name} (from file)`)) a[`${name} (from file)`] = value;
}

function text(a: Attributes, name: string, fallback = ""): string {
  const value = a[name];
  if (typeof value === "string") return value;
  setAside(a, name);
  return fallback;
}

function list(a: Attributes, name: string, split?: string): unknown[] {
  const value = a[name];
  if (Array.isArray(value)) return value;
  if (split !== undefined && typeof value === "string")
    return value
      .split(split)
      .map((s) => s.trim())
      .filter(Boolean);
  setAside(a, name);
  return [];
}

/**
 * Makes a graph loaded from a GEXF file drawable and readable by the explorer, in place:
 * nodes get a `type` of the closed set or "" (drawn in the fallback colour), `aliases`
 * (this project's GEXF joins them with "; "), no `mentions`; edges an `action` of the closed
 * set (their GEXF label when they have no action attribute) or "", `verb`, no `evidence`;
 * the graph an empty list of `documents` (GEXF carries no article texts). A `type` or
 * `action` outside the vocabularies is kept as `type (from file)` / `action (from file)`.
 */
export function fromGEXFGraph(graph: Graph): NewsGraph {
  if (!Array.isArray(graph.getAttribute("documents"))) graph.setAttribute("documents", []);
  graph.updateEachNodeAttributes((_key, attributes) => {
    const a: Attributes = { ...attributes };
    a.type = vocabulary(a, "type", NODE_TYPE_SET);
    a.aliases = list(a, "aliases", ";").filter((x) => typeof x === "string");
    // Spans into articles the file does not carry would point nowhere.
    setAside(a, "mentions");
    a.mentions = [];
    if (a.role !== undefined) a.role = text(a, "role") || undefined;
    return a;
  });
  graph.updateEachEdgeAttributes((_key, attributes) => {
    const a: Attributes = { ...attributes };
    a.action = vocabulary(a, "action", ACTION_SET, a.label);
    a.verb = text(a, "verb");
    setAside(a, "evidence");
    a.evidence = [];
    if (a.date !== undefined) a.date = text(a, "date") || undefined;
    return a;
  });
  return graph as unknown as NewsGraph;
}

/**
 * The working graph kept in this browser (its graphology export), through the loaders'
 * checks before it is drawn, as a file would be: a graph of this project through
 * graph.json's, else (a graph opened from another tool's file) through the GEXF path's.
 * A record that neither accepts gives `{ error }`. Never throws.
 */
export function restoreGraph(data: SerializedGraph, name: string): LoadResult<NewsGraph> {
  // The JSON check completes objects in place: it gets a copy, the other path the original.
  // (Not even tried on a graph it would refuse anyway: the copy of a large graph takes seconds.)
  const own = refusedByJSON(data) ? undefined : loadGraphData(structuredClone(data), name);
  if (own && !("error" in own)) return own;
  const problems = new Problems(name);
  return settle(
    name,
    () => {
      const graph = fromGEXFGraph(Graph.from(data));
      ensureDrawable(graph, problems);
      return graph;
    },
    problems,
  );
}

/**
 * A graph that graph.json's loader certainly refuses: not directed, or its first node (one it
 * would not drop, so not a duplicate) of a type outside the vocabulary, as other tools' are.
 */
function refusedByJSON(data: SerializedGraph): boolean {
  const options: unknown = data?.options;
  if (typeof options === "object" && options !== null && "type" in options && options.type !== undefined && options.type !== "directed") return true;
  const nodes: unknown = data?.nodes;
  if (!Array.isArray(nodes)) return false;
  const first: unknown = nodes.find(
    (n) => typeof n === "object" && n !== null && !Array.isArray(n) && typeof n.key === "string" && typeof n.attributes === "object" && n.attributes !== null && !Array.isArray(n.attributes),
  );
  return first !== undefined && !NODE_TYPE_SET.has((first as { attributes: { type?: unknown } }).attributes.type as string);
}

/** The attributes of a node or an edge that the explorer does not show elsewhere, as text, by name. */
export function otherAttributes(attributes: object, known: readonly string[]): [string, string][] {
  return Object.entries(attributes)
    .filter(([name, value]) => !known.includes(name) && value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => [name, typeof value === "string" ? value : (JSON.stringify(value) ?? String(value))]);
}
