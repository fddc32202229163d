// A graph opened from a file -> a graph the explorer can show. graph.json files of this
// project already are one. GEXF from Gephi and other tools carries its own attributes: the
// ones the explorer reads (type, aliases, mentions, action, verb, evidence, date) are given
// the shapes it expects, and every attribute it does not know is kept as it is (the panels
// list them). Values of a known name but of another shape are kept under another name. Pure.
import type Graph from "graphology";
import type { NewsGraph } from "../../graph/types.ts";

/** Attributes the explorer reads itself; the panels list the others. */
export const NODE_FIELDS = ["label", "type", "aliases", "mentions", "role", "x", "y", "size"] as const;
export const EDGE_FIELDS = ["action", "verb", "evidence", "date"] as const;

type Attributes = Record<string, unknown>;

/** Moves a value the explorer cannot read under `name (from file)`. */
function setAside(a: Attributes, name: string): void {
  if (a[name] === undefined) return;
  a[`${name} (from file)`] = a[name];
  delete a[name];
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
  if (split !== undefined && typeof value === "string") return value.split(split).map((s) => s.trim()).filter(Boolean);
  setAside(a, name);
  return [];
}

/**
 * Makes a graph loaded from a GEXF file drawable and readable by the explorer, in place:
 * nodes get a string `type` and `aliases` (this project's GEXF joins them with "; "), no
 * `mentions`; edges a string `action` (their GEXF label when they have no
 * action), `verb`, no `evidence`; the graph an empty list of `documents` (GEXF
 * carries no article texts).
 */
export function fromGEXFGraph(graph: Graph): NewsGraph {
  if (!Array.isArray(graph.getAttribute("documents"))) graph.setAttribute("documents", []);
  graph.updateEachNodeAttributes((_key, attributes) => {
    const a: Attributes = { ...attributes };
    a.type = a.type === undefined || typeof a.type === "string" ? (a.type ?? "") : String(a.type);
    a.aliases = list(a, "aliases", ";").filter((x) => typeof x === "string");
    // Spans into articles the file does not carry would point nowhere.
    setAside(a, "mentions");
    a.mentions = [];
    if (a.role !== undefined) a.role = text(a, "role") || undefined;
    return a;
  });
  graph.updateEachEdgeAttributes((_key, attributes) => {
    const a: Attributes = { ...attributes };
    a.action = text(a, "action", typeof a.label === "string" ? a.label : "");
    a.verb = text(a, "verb");
    setAside(a, "evidence");
    a.evidence = [];
    if (a.date !== undefined) a.date = text(a, "date") || undefined;
    return a;
  });
  return graph as unknown as NewsGraph;
}

/** The attributes of a node or an edge that the explorer does not show elsewhere, as text, by name. */
export function otherAttributes(attributes: object, known: readonly string[]): [string, string][] {
  return Object.entries(attributes)
    .filter(([name, value]) => !known.includes(name) && value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => [name, typeof value === "string" ? value : JSON.stringify(value) ?? String(value)]);
}
