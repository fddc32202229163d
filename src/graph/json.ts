// graph.json: serialization of a NewsGraph (graphology's `export()` format) with a stable
// key order, and a validating reader. Pure: usable in Node and in the browser.
import Graph from "graphology";
import { ACTIONS, NODE_TYPES, type DocumentInfo } from "../extract/types.ts";
import { GRAPH_OPTIONS, type EdgeAttributes, type NewsGraph, type NodeAttributes } from "./types.ts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Objects already put in order by `ordered` (left as they are when met again). */
const done = new WeakSet<object>();

/**
 * Returns a copy of `value` whose object keys are: `preferred` first (in that order), then
 * the rest sorted; nested objects not already ordered get their keys sorted.
 */
function ordered(value: unknown, preferred: readonly string[] = []): Json {
  if (Array.isArray(value)) return value.map((v) => ordered(v));
  if (value === null || typeof value !== "object") return value as Json;
  if (done.has(value)) return value as Json;
  const obj = value as Record<string, unknown>;
  const rest = Object.keys(obj)
    .filter((k) => !preferred.includes(k))
    .sort();
  const out: JsonObject = {};
  for (const k of [...preferred.filter((p) => p in obj), ...rest]) {
    if (obj[k] !== undefined) out[k] = ordered(obj[k]);
  }
  done.add(out);
  return out;
}

const TOP_KEYS = ["options", "attributes", "nodes", "edges"];
const OPTION_KEYS = ["type", "multi", "allowSelfLoops"];
const DOCUMENT_KEYS = ["id", "title", "date", "path", "text"];
const NODE_KEYS = ["label", "type", "aliases", "mentions", "role", "x", "y", "size"];
const EDGE_KEYS = ["action", "verb", "evidence", "date"];
const SPAN_KEYS = ["doc", "start", "end", "date"];

/** `JSON.stringify(graph.export(), null, 2) + "\n"`, with every object's keys in a fixed order. */
export function toJSON(graph: NewsGraph): string {
  const data = graph.export();
  const attributes = data.attributes ?? {};
  const out = ordered(
    {
      options: ordered(data.options, OPTION_KEYS),
      attributes: ordered(
        { ...attributes, documents: (attributes.documents ?? []).map((d: DocumentInfo) => ordered(d, DOCUMENT_KEYS)) },
        ["documents"],
      ),
      nodes: data.nodes.map((n) => {
        const a = n.attributes ?? ({} as NodeAttributes);
        return ordered(
          { key: n.key, attributes: ordered({ ...a, mentions: (a.mentions ?? []).map((m) => ordered(m, SPAN_KEYS)) }, NODE_KEYS) },
          ["key", "attributes"],
        );
      }),
      edges: data.edges.map((e) => {
        const a = e.attributes ?? ({} as EdgeAttributes);
        return ordered(
          {
            key: e.key,
            source: e.source,
            target: e.target,
            undirected: e.undirected,
            attributes: ordered({ ...a, evidence: (a.evidence ?? []).map((ev) => ordered(ev, SPAN_KEYS)) }, EDGE_KEYS),
          },
          ["key", "source", "target", "undirected", "attributes"],
        );
      }),
    },
    TOP_KEYS,
  );
  return JSON.stringify(out, null, 2) + "\n";
}

const NODE_TYPE_SET = new Set<string>(NODE_TYPES);
const ACTION_SET = new Set<string>(ACTIONS);

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "..." : value);
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Parses and validates graph.json text. Every problem throws an Error whose message
 * starts with `name` (the file name) and gives the JSON path of the offending value,
 * e.g. `graph.json: nodes[3] ("country:fr").attributes.type: expected one of person, ..., got "city"`.
 */
export function fromJSON(text: string, name: string): NewsGraph {
  const bad = (where: string, problem: string): never => {
    throw new Error(`${name}: ${where}${where ? ": " : ""}${problem}`);
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return bad("", `not valid JSON (${(e as Error).message})`);
  }
  if (!isObject(data)) return bad("", `expected a JSON object with "attributes", "nodes" and "edges", got ${describe(data)}`);

  const expectString = (value: unknown, where: string): string =>
    typeof value === "string" ? value : bad(where, `expected a string, got ${describe(value)}`);
  const expectNumber = (value: unknown, where: string): number =>
    typeof value === "number" && Number.isFinite(value) ? value : bad(where, `expected a finite number, got ${describe(value)}`);
  const expectArray = (value: unknown, where: string): unknown[] =>
    Array.isArray(value) ? value : bad(where, `expected an array, got ${describe(value)}`);
  const expectObject = (value: unknown, where: string): Record<string, unknown> =>
    isObject(value) ? value : bad(where, `expected an object, got ${describe(value)}`);

  if (data.options !== undefined) {
    const options = expectObject(data.options, "options");
    if (options.type !== undefined && options.type !== "directed") bad("options.type", `expected "directed", got ${describe(options.type)}`);
  }

  const attributes = expectObject(data.attributes, "attributes");
  const docLengths = new Map<string, number>();
  const documents = expectArray(attributes.documents, "attributes.documents").map((d, i): DocumentInfo => {
    const where = `attributes.documents[${i}]`;
    const doc = expectObject(d, where);
    const out = {} as DocumentInfo;
    for (const field of ["id", "title", "date", "path", "text"] as const) out[field] = expectString(doc[field], `${where}.${field}`);
    if (docLengths.has(out.id)) bad(`${where}.id`, `duplicate document id ${describe(out.id)}`);
    docLengths.set(out.id, out.text.length);
    return out;
  });

  const checkSpan = (value: unknown, where: string, withDate: boolean): Record<string, unknown> => {
    const span = expectObject(value, where);
    const doc = expectString(span.doc, `${where}.doc`);
    const length = docLengths.get(doc);
    if (length === undefined) bad(`${where}.doc`, `unknown document ${describe(doc)}`);
    const start = expectNumber(span.start, `${where}.start`);
    const end = expectNumber(span.end, `${where}.end`);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length!) {
      bad(where, `span ${start}..${end} is outside document ${describe(doc)} (length ${length})`);
    }
    if (withDate && span.date !== undefined) expectString(span.date, `${where}.date`);
    return span;
  };

  const graph: NewsGraph = new Graph<NodeAttributes, EdgeAttributes, { documents: DocumentInfo[] }>(GRAPH_OPTIONS);
  graph.setAttribute("documents", documents);

  expectArray(data.nodes, "nodes").forEach((n, i) => {
    let where = `nodes[${i}]`;
    const node = expectObject(n, where);
    const key = expectString(node.key, `${where}.key`);
    where = `${where} (${describe(key)})`;
    if (graph.hasNode(key)) bad(`${where}.key`, "duplicate node key");
    const a = expectObject(node.attributes, `${where}.attributes`);
    const at = `${where}.attributes`;
    expectString(a.label, `${at}.label`);
    if (!NODE_TYPE_SET.has(a.type as string)) bad(`${at}.type`, `expected one of ${NODE_TYPES.join(", ")}, got ${describe(a.type)}`);
    expectArray(a.aliases, `${at}.aliases`).forEach((alias, j) => expectString(alias, `${at}.aliases[${j}]`));
    expectArray(a.mentions, `${at}.mentions`).forEach((m, j) => checkSpan(m, `${at}.mentions[${j}]`, false));
    if (a.role !== undefined) expectString(a.role, `${at}.role`);
    expectNumber(a.x, `${at}.x`);
    expectNumber(a.y, `${at}.y`);
    if (expectNumber(a.size, `${at}.size`) < 0) bad(`${at}.size`, `expected a non-negative number, got ${describe(a.size)}`);
    graph.addNode(key, a as unknown as NodeAttributes);
  });

  expectArray(data.edges, "edges").forEach((e, i) => {
    let where = `edges[${i}]`;
    const edge = expectObject(e, where);
    const key = expectString(edge.key, `${where}.key`);
    where = `${where} (${describe(key)})`;
    if (graph.hasEdge(key)) bad(`${where}.key`, "duplicate edge key");
    if (edge.undirected === true) bad(`${where}.undirected`, "edges must be directed");
    const source = expectString(edge.source, `${where}.source`);
    const target = expectString(edge.target, `${where}.target`);
    if (!graph.hasNode(source)) bad(`${where}.source`, `unknown node ${describe(source)}`);
    if (!graph.hasNode(target)) bad(`${where}.target`, `unknown node ${describe(target)}`);
    const a = expectObject(edge.attributes, `${where}.attributes`);
    const at = `${where}.attributes`;
    if (!ACTION_SET.has(a.action as string)) bad(`${at}.action`, `expected one of ${ACTIONS.join(", ")}, got ${describe(a.action)}`);
    expectString(a.verb, `${at}.verb`);
    expectArray(a.evidence, `${at}.evidence`).forEach((ev, j) => checkSpan(ev, `${at}.evidence[${j}]`, true));
    if (a.date !== undefined) expectString(a.date, `${at}.date`);
    graph.addDirectedEdgeWithKey(key, source, target, a as unknown as EdgeAttributes);
  });

  return graph;
}
