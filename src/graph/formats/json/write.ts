// graph.json: serialization of a NewsGraph (graphology's `export()` format) with a stable
// key order, and a validating reader. Pure: usable in Node and in the browser.
import type { DocumentInfo } from "../../../extract/types.ts";
import { loadGraphJSON } from "./load.ts";
import { DOCUMENT_FIELDS, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type EdgeAttributes, type NewsGraph, type NodeAttributes } from "../../types.ts";

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
const SPAN_KEYS = ["doc", "start", "end", "date"];

/** `JSON.stringify(graph.export(), null, 2) + "\n"`, with every object's keys in a fixed order. */
export function toJSON(graph: NewsGraph): string {
  const data = graph.export();
  const attributes = data.attributes ?? {};
  const out = ordered(
    {
      options: ordered(data.options, OPTION_KEYS),
      attributes: ordered({ ...attributes, documents: (attributes.documents ?? []).map((d: DocumentInfo) => ordered(d, DOCUMENT_FIELDS)) }, ["documents"]),
      nodes: data.nodes.map((n) => {
        const a = n.attributes ?? ({} as NodeAttributes);
        return ordered({ key: n.key, attributes: ordered({ ...a, mentions: (a.mentions ?? []).map((m) => ordered(m, SPAN_KEYS)) }, NODE_ATTRIBUTES) }, ["key", "attributes"]);
      }),
      edges: data.edges.map((e) => {
        const a = e.attributes ?? ({} as EdgeAttributes);
        return ordered(
          {
            key: e.key,
            source: e.source,
            target: e.target,
            undirected: e.undirected,
            attributes: ordered({ ...a, evidence: (a.evidence ?? []).map((ev) => ordered(ev, SPAN_KEYS)) }, EDGE_ATTRIBUTES),
          },
          ["key", "source", "target", "undirected", "attributes"],
        );
      }),
    },
    TOP_KEYS,
  );
  return JSON.stringify(out, null, 2) + "\n";
}

/**
 * Parses and validates graph.json text, repairing nothing: every problem throws an Error
 * whose message starts with `name` (the file name) and gives the JSON path of the
 * offending value, e.g. `graph.json: nodes[3] ("country:fr").attributes.type: expected one
 * of person, ..., got "city"`. loadGraphJSON (src/graph/load/json.ts) repairs instead.
 */
export function fromJSON(text: string, name: string): NewsGraph {
  const result = loadGraphJSON(text, name, { strict: true });
  if ("error" in result) throw new Error(result.error);
  return result.graph;
}
