// Fetches and validates the graph the extractor wrote (served next to the page as graph.json).
import { fromJSON } from "../graph/json.ts";
import type { NewsGraph } from "../graph/types.ts";

export const GRAPH_URL = "graph.json";

export async function loadGraph(url = GRAPH_URL): Promise<NewsGraph> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`);
  return fromJSON(await response.text(), url);
}
