// Web Worker: reads and loads one graph file (src/graph/load) off the page's thread, so that
// a file of 100 MB leaves the page answering, and posts its progress and the graph. The page
// cancels by terminating the worker; its graph stays as it was until the new one is posted.
import { loadGraphFile } from "../../graph/load/index.ts";

import type { NewsGraph } from "../../graph/types.ts";
import { fromGEXFGraph } from "../core/file-graph.ts";
import type { OpenMessage, OpenRequest } from "./protocol.ts";
import { errorMessage } from "../../graph/error-message.ts";

const post = (message: OpenMessage) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<OpenRequest>) => {
  const { file } = event.data;
  try {
    post(await open(file));
  } catch (e) {
    post({ kind: "failed", error: `${file.name}: could not be loaded (${errorMessage(e)})` });
  }
};

async function open(file: File): Promise<OpenMessage> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return { kind: "failed", error: `${file.name}: could not be read (${errorMessage(e)})` };
  }
  const result = loadGraphFile(file.name, bytes, { onProgress: (progress) => post({ kind: "progress", ...progress }) });
  if ("error" in result) return { kind: "failed", error: result.error };
  const graph = result.format === "gexf" || result.foreign ? fromGEXFGraph(result.graph) : (result.graph as NewsGraph);
  return { kind: "done", graph: graph.export(), warnings: result.warnings };
}
