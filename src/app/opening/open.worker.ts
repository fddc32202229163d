// Web Worker: reads and loads one graph file (src/graph/load) off the page's thread, so that
// a file of 100 MB leaves the page answering. It posts its progress, then the graph in parts
// as the page asks for them (the page adds each in a task of its own), then keeps the graph
// in IndexedDB itself, so that the page never copies it to store it. (Not while the page
// builds its copy: storing takes CPU the page's tasks would wait for on a machine of few
// cores; it is done while the page draws.) The page cancels by terminating the worker: an
// unfinished write is then undone.
import { loadGraphFile } from "../../graph/load/index.ts";

import type { NewsGraph } from "../../graph/types.ts";
import { fromGEXFGraph } from "../core/file-graph.ts";
import { graphHead, graphParts, partCount, writeParts, type GraphPart } from "../storage/graph-parts.ts";
import type { OpenMessage, OpenRequest } from "./protocol.ts";
import { errorMessage } from "../../graph/error-message.ts";

const post = (message: OpenMessage) => (self as unknown as Worker).postMessage(message);

/** The loaded graph's parts, the next one the page gets, and what keeps them once it has them all. */
let sending: { part: (index: number) => GraphPart; next: number; count: number; keep: () => void } | null = null;

self.onmessage = async (event: MessageEvent<OpenRequest>) => {
  const request = event.data;
  if (request.kind === "next") {
    if (!sending || sending.next === sending.count) return;
    post({ kind: "part", part: sending.part(sending.next++) });
    if (sending.next === sending.count) sending.keep();
    return;
  }
  const { file, keepAs } = request;
  try {
    const graph = await open(file);
    if ("error" in graph) return post(graph);
    const head = graphHead(graph.graph, keepAs);
    const part = graphParts(graph.graph);
    const keep = () =>
      void writeParts(head, part).then(
        () => post({ kind: "kept" }),
        (e: unknown) => post({ kind: "keep-failed", error: errorMessage(e) }),
      );
    sending = { part, next: 0, count: partCount(head), keep };
    post({ kind: "loaded", head, warnings: graph.warnings });
    if (sending.count === 0) keep();
  } catch (e) {
    post({ kind: "failed", error: `${file.name}: could not be loaded (${errorMessage(e)})` });
  }
};

async function open(file: File): Promise<{ graph: NewsGraph; warnings: string[] } | { kind: "failed"; error: string }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return { kind: "failed", error: `${file.name}: could not be read (${errorMessage(e)})` };
  }
  const result = loadGraphFile(file.name, bytes, { onProgress: (progress) => post({ kind: "progress", ...progress }) });
  if ("error" in result) return { kind: "failed", error: result.error };
  const graph = result.format === "gexf" || result.foreign ? fromGEXFGraph(result.graph) : (result.graph as NewsGraph);
  return { graph, warnings: result.warnings };
}
