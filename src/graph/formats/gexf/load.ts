// GEXF (from Gephi or any other tool; with or without viz data, with dynamics, with
// attributes of any type) -> graphology Graph. The XML is read in one streaming pass
// (gexf-xml.ts), then checked and repaired: duplicate ids and edges to missing nodes are
// dropped, undeclared attributes kept as text, each with a warning. Values are read as
// graphology-gexf reads them (its value parser, its precedence: label, weight and kind, then
// attributes, then defaults, then viz), but ids and names are looked up in Maps: an
// attribute "constructor" is data, not a member of a plain object (and a node "toString"
// gets another key: node-keys.ts). Node attributes for drawing are ensured: label, x, y,
// size (a layout is run when the file has no positions). Pure.
import Graph from "graphology";
import { parseValue } from "graphology-gexf/common/helpers.js";
import { applyLayout } from "../../layout.ts";
import { ensureDrawable } from "../../load/drawable.ts";
import { readGEXFXML, type AttributeDeclaration, type GEXFElement, type XMLAttributes } from "./xml.ts";
import { freeKey, INHERITED_KEY, isInheritedKey } from "../../load/node-keys.ts";
import { Problems, settle, type LoadOptions, type LoadResult } from "../../load/problems.ts";

/**
 * GEXF never needs a DTD, and an internal subset can declare entities whose expansion grows
 * quadratically (a 200 KB file crashed Chrome's tab): both are refused before parsing.
 */
const DTD_SUBSET = /<!DOCTYPE(?:[^>["']|"[^"]*"|'[^']*')*\[/i;
const ENTITY_DECLARATION = /<!ENTITY/i;
/** GEXF element attributes that give a node or edge its times of existence. */
const TIME_ATTRIBUTES = ["start", "end", "startopen", "endopen"];

/** An attribute id -> the name its values take and their GEXF type; names -> defaults. */
interface Model {
  byId: Map<string, { key: string; type: string }>;
  defaults: Map<string, unknown>;
}

/** Loads GEXF text; `name` (the file name) starts every message. Never throws. */
export function loadGEXF(text: string, name: string, options: LoadOptions = {}): LoadResult<Graph> {
  const problems = new Problems(name);
  return settle(name, () => readGEXF(text, problems, options), problems);
}

function readGEXF(text: string, p: Problems, { onProgress }: LoadOptions): Graph {
  if (DTD_SUBSET.test(text) || ENTITY_DECLARATION.test(text)) {
    p.fail("", "refused: a DOCTYPE with an internal subset or an <!ENTITY> declaration (GEXF needs neither, and entities can expand to gigabytes)");
  }
  const doc = readGEXFXML(text, p, onProgress && ((done) => onProgress({ stage: "parse", done, total: text.length })));
  onProgress?.({ stage: "build", done: 0, total: 0 });

  const nodes = keptNodes(doc.nodes, p);
  const edges = keptEdges(doc.edges, nodes, p);
  const models = { node: modelOf(doc.declarations.node), edge: modelOf(doc.declarations.edge) };
  checkValues(
    "node",
    [...nodes].map(([id, { el }]) => [id, el]),
    models.node,
    p,
  );
  checkValues("edge", [...edges], models.edge, p);

  // As graphology-gexf: an edge is directed when its type (else the graph's default) says so.
  const defaultType = doc.graph.defaultedgetype || "undirected";
  const directed = new Map([...edges].map(([id, el]) => [id, (el.attributes.type || defaultType) === "directed"]));
  const kinds = new Set(directed.values());
  const type = kinds.size === 1 ? (kinds.has(true) ? "directed" : "undirected") : "mixed";
  // Multi, as this project's graphs: parallel edges are kept.
  const graph = new Graph({ type, multi: true });

  const attributes: Record<string, unknown> = Object.fromEntries(doc.meta.children.filter(([, value]) => value.trim()));
  if (doc.meta.attributes.lastmodifieddate) attributes.lastModifiedDate = doc.meta.attributes.lastmodifieddate;
  // graphology-gexf drops dynamics: keep the graph's time settings.
  for (const a of ["mode", "timeformat", "timerepresentation"]) {
    const value = doc.graph[a];
    if (value && !Object.hasOwn(attributes, a)) attributes[a] = value;
  }
  graph.replaceAttributes(attributes);
  for (const [id, { key, el }] of nodes) {
    const attributes = attributesOf(el, models.node);
    if (key !== id && !attributes.label) attributes.label = id;
    graph.addNode(key, attributes);
  }
  const keyOf = (id: string | undefined) => nodes.get(id as string)!.key;
  for (const [id, el] of edges) {
    const [source, target] = [keyOf(el.attributes.source), keyOf(el.attributes.target)];
    if (directed.get(id)) graph.addDirectedEdgeWithKey(id, source, target, attributesOf(el, models.edge));
    else graph.addUndirectedEdgeWithKey(id, source, target, attributesOf(el, models.edge));
  }
  // No viz data: lay the graph out as the project's own graphs are.
  ensureDrawable(graph, p, (g) => (onProgress?.({ stage: "layout", done: 0, total: 0 }), applyLayout(g)));
  return graph;
}

/**
 * The nodes by id, each with its key in the graph: the first of each id is kept. An id that
 * every JavaScript object has gets another key (node-keys.ts), and the id as label.
 */
function keptNodes(elements: GEXFElement[], p: Problems): Map<string, { key: string; el: GEXFElement }> {
  const nodes = new Map<string, { key: string; el: GEXFElement }>();
  let taken: Set<string | undefined> | undefined; // every id, once one needs another key
  elements.forEach((el, i) => {
    const id = el.attributes.id;
    const where = `node ${id === undefined ? `#${i + 1}` : JSON.stringify(id)}`;
    if (!id) return p.repair(where, "has no id", "node dropped");
    if (nodes.has(id)) return p.repair(where, "duplicate node id", "kept the first");
    let key = id;
    if (isInheritedKey(id)) {
      taken ??= new Set(elements.map((e) => e.attributes.id));
      key = freeKey(id, (k) => taken!.has(k));
      taken.add(key);
      p.repair(where, INHERITED_KEY, `key ${JSON.stringify(key)}, the id as label`);
    }
    nodes.set(id, { key, el });
  });
  return nodes;
}

/**
 * The edges by id: both ends must be nodes; the first of each id is kept. Edges without an
 * id get one from their position (graphology's generated keys differ between loads).
 */
function keptEdges(elements: GEXFElement[], nodes: Map<string, unknown>, p: Problems): Map<string, GEXFElement> {
  const kept: [string | undefined, GEXFElement, number][] = [];
  const ids = new Set<string>();
  elements.forEach((el, i) => {
    const { id, source, target } = el.attributes;
    // Spelled out only for a warning: this runs once per edge of files of a million edges.
    const drop = (problem: string, fix: string) => p.repair(`edge ${id ? JSON.stringify(id) : `#${i + 1}`} (${source ?? "?"} -> ${target ?? "?"})`, problem, fix);
    if (!source || !target) return drop("has no source or target", "edge dropped");
    const missing = !nodes.has(source) ? source : !nodes.has(target) ? target : undefined;
    if (missing !== undefined) return drop(`unknown node ${JSON.stringify(missing)}`, "edge dropped");
    if (id && ids.has(id)) return drop("duplicate edge id", "kept the first");
    if (id) ids.add(id);
    kept.push([id, el, i]);
  });
  const edges = new Map<string, GEXFElement>();
  for (const [id, el, i] of kept) {
    let key = id || `e${i}`;
    if (!id) {
      while (ids.has(key)) key += "'";
      ids.add(key);
    }
    edges.set(key, el);
  }
  return edges;
}

/**
 * The declared attributes, as graphology-gexf keys them: by id, by title only where ids
 * are numbers (as Gephi's old exports). Several blocks of a class (static and dynamic) are
 * one model; an id declared twice takes its last declaration.
 */
function modelOf(declarations: AttributeDeclaration[]): Model {
  const model: Model = { byId: new Map(), defaults: new Map() };
  for (const { attributes: a, default: text } of declarations) {
    const id = a.id || a.for || "";
    const type = a.type || "string";
    const key = Number.isNaN(+id) ? id : a.title || id;
    model.byId.set(id, { key, type });
    if (text !== undefined) model.defaults.set(key, parseValue(type, text));
  }
  return model;
}

const valueFor = (value: XMLAttributes): string | undefined => value.for ?? value.id;

/** Values of undeclared attributes are kept as text (one warning per attribute); values naming none are dropped. */
function checkValues(kind: "node" | "edge", elements: [string, GEXFElement][], model: Model, p: Problems): void {
  const undeclared = new Map<string, number>();
  for (const [id, el] of elements) {
    for (const value of el.values) {
      const name = valueFor(value);
      if (!name) p.repair(`${kind} ${JSON.stringify(id)}`, "<attvalue> without for=", "value dropped");
      else if (!model.byId.has(name)) undeclared.set(name, (undeclared.get(name) ?? 0) + 1);
    }
  }
  for (const [id, n] of undeclared) p.repair(`${kind} attribute ${JSON.stringify(id)}`, `not declared in <attributes class="${kind}"> (${n} value${n === 1 ? "" : "s"})`, "kept as text");
}

/**
 * A node's or edge's attributes, built in a Map (any name is safe there) then made an object
 * of own properties. "__proto__" gets a ': any copy by assignment (graphology's export) drops it.
 */
function attributesOf(el: GEXFElement, model: Model): Record<string, unknown> {
  const data = new Map<string, unknown>();
  const { label, weight, kind } = el.attributes;
  if (label) data.set("label", label);
  if (weight) data.set("weight", +weight);
  if (kind) data.set("kind", kind);
  for (const value of el.values) {
    const name = valueFor(value);
    if (!name) continue;
    const declared = model.byId.get(name);
    data.set(declared?.key ?? name, parseValue(declared?.type ?? "string", value.value ?? ""));
  }
  for (const [key, value] of model.defaults) if (!data.has(key)) data.set(key, value);

  const { color, size, position, shape, thickness } = el.viz;
  if (color) data.set("color", color.hex || (color.a ? `rgba(${color.r},${color.g},${color.b},${color.a})` : `rgb(${color.r},${color.g},${color.b})`));
  if (size) data.set("size", Number(size.value));
  for (const axis of ["x", "y", "z"]) if (position?.[axis]) data.set(axis, Number(position[axis]));
  if (shape) data.set("shape", shape.value);
  if (thickness) data.set("thickness", Number(thickness.value));

  // graphology-gexf drops dynamics: keep them as `spells`.
  const spells = timesOf(el);
  if (spells.length && !data.has("spells")) data.set("spells", spells);
  if (data.has("__proto__")) {
    data.set("__proto__'", data.get("__proto__"));
    data.delete("__proto__");
  }
  return Object.fromEntries(data);
}

/** The times a node or edge exists: its start/end attributes and its <spells>. */
function timesOf(el: GEXFElement): { start?: string; end?: string }[] {
  const own = TIME_ATTRIBUTES.some((a) => el.attributes[a] !== undefined);
  if (!own && el.spells.length === 0) return [];
  return [...(own ? [el.attributes] : []), ...el.spells].map((a) => {
    const spell: { start?: string; end?: string } = {};
    const start = a.start ?? a.startopen;
    const end = a.end ?? a.endopen;
    if (start) spell.start = start;
    if (end) spell.end = end;
    return spell;
  });
}
