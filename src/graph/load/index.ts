// Any graph file a user opens -> a graph and warnings, or an error naming the file and the
// problem: this project's graph.json, or GEXF from Gephi and other tools. Pure: runs in
// Node, on the page and in a Web Worker.
import Graph from "graphology";
import { decodeBytes } from "../../articles/decode.ts";
import { declaredCharset } from "../../articles/html.ts";
import { NODE_TYPES } from "../../extract/types.ts";
import { applyLayout } from "../layout.ts";
import type { NewsGraph } from "../types.ts";
import { graphFileFormatByName, type GraphFileFormat } from "../formats/extensions.ts";
import { loadGEXF } from "../formats/gexf/load.ts";
import { ensureDrawable } from "./drawable.ts";
import { loadGraphJSON } from "../formats/json/load.ts";
import { Problems, settle, type LoadOptions, type LoadResult } from "./problems.ts";

export { loadGEXF } from "../formats/gexf/load.ts";
export { loadGraphJSON, type JSONLoadOptions } from "../formats/json/load.ts";
export { MAX_LABEL_LENGTH, type LoadOptions, type LoadProgress, type LoadResult } from "./problems.ts";

export type { GraphFileFormat } from "../formats/extensions.ts";
/** `foreign`: a graph of another tool (graphology JSON without articles), its attributes as the file has them. */
export type LoadedGraphFile = LoadResult<NewsGraph | Graph> & { format?: GraphFileFormat; foreign?: boolean };

/** The format by extension (GRAPH_EXTENSIONS), else by the first character of the text. */
export function graphFileFormat(name: string, text: string): GraphFileFormat | undefined {
  const byName = graphFileFormatByName(name);
  if (byName) return byName;
  const first = text.trimStart()[0];
  return first === "{" ? "json" : first === "<" ? "gexf" : undefined;
}

/**
 * Loads a graph file from its name and content (bytes are decoded: UTF-8, UTF-16 with BOM,
 * or the encoding an XML declaration gives). graph.json gives a NewsGraph; GEXF a graph
 * with the file's own attributes, plus label, x, y, size on every node. Never throws.
 */
export function loadGraphFile(name: string, content: string | Uint8Array, options: LoadOptions = {}): LoadedGraphFile {
  let text: string;
  if (typeof content === "string") text = content;
  else {
    const decoded = decodeBytes(content, declaredCharset(content));
    if (!decoded.ok) return { error: `${name}: ${decoded.reason}` };
    text = decoded.text;
  }
  const format = graphFileFormat(name, text);
  if (format === undefined) return { error: `${name}: not a graph file (expected this project's graph.json or a GEXF file)` };
  if (format === "json") options.onProgress?.({ stage: "parse", done: 0, total: 0 });
  const result = format === "json" ? loadGraphJSON(text, name) : loadGEXF(text, name, options);
  if (format === "json" && "error" in result) return foreignJSON(text, name) ?? { ...result, format };
  return { ...result, format };
}

/**
 * graphology JSON of another tool (Gephi Lite, or this explorer's export of a graph opened
 * from one): nodes, no articles, and nodes without this project's types. Undefined when the
 * text is not such a graph (graph.json's own error stands then).
 */
function foreignJSON(text: string, name: string): LoadedGraphFile | undefined {
  let data: { attributes?: { documents?: unknown }; nodes?: { attributes?: { type?: unknown } }[] };
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const documents = data?.attributes?.documents;
  if (!Array.isArray(data?.nodes) || data.nodes.length === 0 || (documents !== undefined && !(Array.isArray(documents) && documents.length === 0))) return undefined;
  const types = new Set<unknown>(NODE_TYPES);
  if (data.nodes.some((n) => types.has(n?.attributes?.type))) return undefined;
  const problems = new Problems(name);
  const result = settle(
    name,
    () => {
      const graph = Graph.from(data as never);
      ensureDrawable(graph, problems, (g) => applyLayout(g));
      return graph;
    },
    problems,
  );
  return { ...result, format: "json", foreign: true };
}
