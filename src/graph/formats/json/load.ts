// graph.json (this project's graphology export) -> NewsGraph, validated and repaired where
// the repair is safe: broken spans, edges to missing nodes, duplicate keys, missing layout
// numbers, over-long labels. What breaks the contract (not JSON, no documents, an unknown
// node type or action, undirected edges) is an error. Attributes the project does not
// know are kept. Pure: usable in Node and in the browser.
import Graph from "graphology";
import { ACTIONS, NODE_TYPES, type DocumentInfo } from "../../../extract/types.ts";
import { nodeSize, seedPosition } from "../../layout.ts";
import { CURATED, DOCUMENT_FIELDS, GRAPH_OPTIONS, type EdgeAttributes, type NewsGraph, type NodeAttributes } from "../../types.ts";
import { freeKey, INHERITED_KEY, isInheritedKey } from "../../load/node-keys.ts";
import { cutLabel, describe, Problems, settle, type LoadResult } from "../../load/problems.ts";
import { errorMessage } from "../../error-message.ts";

const NODE_TYPE_SET = new Set<string>(NODE_TYPES);
const ACTION_SET = new Set<string>(ACTIONS);
const CURATED_SET = new Set<string>(CURATED);

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => value !== null && typeof value === "object" && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

export interface JSONLoadOptions {
  /** Validate only: the first problem, even a repairable one, is the error. */
  strict?: boolean;
}

/** A JSON path built only when a message needs it (as a string: `${path}`). */
class Path {
  constructor(private readonly spell: () => string) {}
  toString(): string {
    return this.spell();
  }
}

/** Loads graph.json text; `name` (the file name) starts every message. Never throws. */
export function loadGraphJSON(text: string, name: string, options: JSONLoadOptions = {}): LoadResult<NewsGraph> {
  const problems = new Problems(name, options.strict);
  return settle(name, () => readGraph(parseJSON(text, problems), problems), problems);
}

/**
 * Loads graph.json content already parsed (a graph's graphology export, as kept in the
 * browser), with the same checks and repairs as the text. Its objects are completed in
 * place. Never throws.
 */
export function loadGraphData(data: unknown, name: string, options: JSONLoadOptions = {}): LoadResult<NewsGraph> {
  const problems = new Problems(name, options.strict);
  return settle(name, () => readGraph(data, problems), problems);
}

function parseJSON(text: string, p: Problems): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    return p.fail("", `not valid JSON (${errorMessage(e)})`);
  }
}

function readGraph(data: unknown, p: Problems): NewsGraph {
  if (!isObject(data)) return p.fail("", `expected a JSON object with "attributes", "nodes" and "edges", got ${describe(data)}`);
  const object = (value: unknown, where: string): Obj => (isObject(value) ? value : p.fail(where, `expected an object, got ${describe(value)}`));
  const array = (value: unknown, where: string): unknown[] => (Array.isArray(value) ? value : p.fail(where, `expected an array, got ${describe(value)}`));

  if (data.options !== undefined) {
    const options = object(data.options, "options");
    if (options.type !== undefined && options.type !== "directed") p.fail("options.type", `expected "directed", got ${describe(options.type)}`);
  }
  const attributes = object(data.attributes, "attributes");
  const documents = readDocuments(array(attributes.documents, "attributes.documents"), p);
  const docLengths = new Map(documents.map((d) => [d.id, d.text.length]));

  /** The valid spans of `value` (an array of {doc, start, end[, date]}); others dropped with a warning. */
  const spans = <S>(value: unknown, where: Path, withDate: boolean): S[] => {
    if (!Array.isArray(value)) {
      p.repair(`${where}`, `expected an array, got ${describe(value)}`, "taken as empty");
      return [];
    }
    return value.filter((s, j): s is S => {
      const at = new Path(() => `${where}[${j}]`);
      if (!isObject(s) || typeof s.doc !== "string") return (p.repair(`${at}`, `expected a span {doc, start, end}, got ${describe(s)}`, "span dropped"), false);
      const length = docLengths.get(s.doc);
      if (length === undefined) return (p.repair(`${at}.doc`, `unknown document ${describe(s.doc)}`, "span dropped"), false);
      for (const k of ["start", "end"]) {
        if (!isFiniteNumber(s[k])) return (p.repair(`${at}.${k}`, `expected a finite number, got ${describe(s[k])}`, "span dropped"), false);
      }
      const [start, end] = [s.start as number, s.end as number];
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
        return (p.repair(`${at}`, `span ${start}..${end} is outside document ${describe(s.doc)} (length ${length})`, "span dropped"), false);
      }
      if (withDate && s.date !== undefined && typeof s.date !== "string") {
        p.repair(`${at}.date`, `expected a string, got ${describe(s.date)}`, "date dropped");
        delete s.date;
      }
      return true;
    });
  };

  const graph: NewsGraph = new Graph<NodeAttributes, EdgeAttributes, { documents: DocumentInfo[] }>(GRAPH_OPTIONS);
  graph.replaceAttributes({ ...attributes, documents });
  const unsized: string[] = [];

  const nodes = array(data.nodes, "nodes");
  // A key that every JavaScript object has gets another one (node-keys.ts): file key -> graph key.
  const renamed = new Map<string, string>();
  const keyOf = (key: string) => renamed.get(key) ?? key;
  let taken: Set<unknown> | undefined; // every key of the file, once one needs another
  const rename = (key: string, i: number): string => {
    taken ??= new Set(nodes.map((n) => (isObject(n) ? n.key : undefined)));
    const free = freeKey(key, (k) => taken!.has(k) || graph.hasNode(k));
    p.repair(`nodes[${i}] (${describe(key)}).key`, INHERITED_KEY, `renamed ${JSON.stringify(free)}`);
    renamed.set(key, free);
    return free;
  };

  nodes.forEach((n, i) => {
    if (!isObject(n) || typeof n.key !== "string") return p.repair(`nodes[${i}]`, `expected {key, attributes} with a string key, got ${describe(isObject(n) ? n.key : n)}`, "node dropped");
    const key = n.key;
    if (graph.hasNode(keyOf(key))) return p.repair(`nodes[${i}] (${describe(key)}).key`, "duplicate node key", "kept the first");
    const graphKey = isInheritedKey(key) ? rename(key, i) : key;
    // Its path is spelled out only when something is wrong: once per node is a large file's main check cost.
    const at = new Path(() => `nodes[${i}] (${describe(key)}).attributes`);
    if (!isObject(n.attributes)) return p.repair(`${at}`, `expected an object, got ${describe(n.attributes)}`, "node dropped");
    const a: Obj = n.attributes; // JSON.parse's own object: completed in place, not copied
    if (!NODE_TYPE_SET.has(a.type as string)) p.fail(`${at}.type`, `expected one of ${NODE_TYPES.join(", ")}, got ${describe(a.type)}`);
    if (typeof a.label !== "string") {
      p.repair(`${at}.label`, `expected a string, got ${describe(a.label)}`, "the key is shown instead");
      a.label = key;
    }
    a.label = cutLabel(a.label as string, new Path(() => `${at}.label`), p);
    if (!Array.isArray(a.aliases)) {
      p.repair(`${at}.aliases`, `expected an array, got ${describe(a.aliases)}`, "taken as empty");
      a.aliases = [];
    }
    a.aliases = (a.aliases as unknown[]).filter((alias, j) => typeof alias === "string" || p.repair(`${at}.aliases[${j}]`, `expected a string, got ${describe(alias)}`, "alias dropped"));
    a.mentions = spans(a.mentions, new Path(() => `${at}.mentions`), false);
    if (a.role !== undefined && typeof a.role !== "string") {
      p.repair(`${at}.role`, `expected a string, got ${describe(a.role)}`, "role dropped");
      delete a.role;
    }
    checkCurated(a, at, p);
    for (const k of ["x", "y"] as const) {
      if (!isFiniteNumber(a[k])) {
        p.repair(`${at}.${k}`, `expected a finite number, got ${describe(a[k])}`, "placed by its key");
        a[k] = seedPosition(key)[k];
      }
    }
    if (!isFiniteNumber(a.size) || a.size < 0) {
      p.repair(`${at}.size`, `expected a non-negative number, got ${describe(a.size)}`, "sized by its degree");
      unsized.push(graphKey);
    }
    graph.addNode(graphKey, a as unknown as NodeAttributes);
  });

  array(data.edges, "edges").forEach((e, i) => {
    if (!isObject(e) || typeof e.key !== "string")
      return p.repair(`edges[${i}]`, `expected {key, source, target, attributes} with a string key, got ${describe(isObject(e) ? e.key : e)}`, "edge dropped");
    const key = e.key;
    const where = new Path(() => `edges[${i}] (${describe(key)})`);
    if (graph.hasEdge(key)) return p.repair(`${where}.key`, "duplicate edge key", "kept the first");
    if (e.undirected === true) p.fail(`${where}.undirected`, "edges must be directed");
    for (const end of ["source", "target"] as const) {
      if (typeof e[end] !== "string" || !graph.hasNode(keyOf(e[end] as string))) return p.repair(`${where}.${end}`, `unknown node ${describe(e[end])}`, "edge dropped");
    }
    const at = new Path(() => `${where}.attributes`);
    if (!isObject(e.attributes)) return p.repair(`${at}`, `expected an object, got ${describe(e.attributes)}`, "edge dropped");
    const a: Obj = e.attributes;
    if (!ACTION_SET.has(a.action as string)) p.fail(`${at}.action`, `expected one of ${ACTIONS.join(", ")}, got ${describe(a.action)}`);
    if (typeof a.verb !== "string") {
      p.repair(`${at}.verb`, `expected a string, got ${describe(a.verb)}`, "taken as empty");
      a.verb = "";
    }
    a.evidence = spans(a.evidence, new Path(() => `${at}.evidence`), true);
    if (a.date !== undefined && typeof a.date !== "string") {
      p.repair(`${at}.date`, `expected a string, got ${describe(a.date)}`, "date dropped");
      delete a.date;
    }
    checkCurated(a, at, p);
    if (a.checked !== undefined && a.checked !== true) {
      p.repair(`${at}.checked`, `expected true, got ${describe(a.checked)}`, "flag dropped");
      delete a.checked;
    }
    graph.addDirectedEdgeWithKey(key, keyOf(e.source as string), keyOf(e.target as string), a as unknown as EdgeAttributes);
  });

  for (const key of unsized) graph.setNodeAttribute(key, "size", nodeSize(graph.degree(key)));
  return graph;
}

/** The curation flag (src/graph/curation), when present, is "added" or "edited". */
function checkCurated(a: Obj, at: Path, p: Problems): void {
  if (a.curated !== undefined && !CURATED_SET.has(a.curated as string)) {
    p.repair(`${at}.curated`, `expected ${CURATED.map((c) => JSON.stringify(c)).join(" or ")}, got ${describe(a.curated)}`, "flag dropped");
    delete a.curated;
  }
}

/** The documents, each with its five string fields; the first of two with one id is kept. */
function readDocuments(list: unknown[], p: Problems): DocumentInfo[] {
  const seen = new Set<string>();
  const out: DocumentInfo[] = [];
  list.forEach((d, i) => {
    const where = `attributes.documents[${i}]`;
    if (!isObject(d)) return p.repair(where, `expected an object, got ${describe(d)}`, "document dropped");
    for (const field of ["id", "text"] as const) {
      if (typeof d[field] !== "string") return p.repair(`${where}.${field}`, `expected a string, got ${describe(d[field])}`, "document dropped");
    }
    if (seen.has(d.id as string)) return p.repair(`${where}.id`, `duplicate document id ${describe(d.id)}`, "kept the first");
    seen.add(d.id as string);
    const doc = { ...d } as Obj;
    for (const field of DOCUMENT_FIELDS) {
      if (typeof doc[field] !== "string") {
        p.repair(`${where}.${field}`, `expected a string, got ${describe(doc[field])}`, "taken as empty");
        doc[field] = "";
      }
    }
    out.push(doc as unknown as DocumentInfo);
  });
  return out;
}
