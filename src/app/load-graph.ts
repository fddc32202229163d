// Fetches and validates the graph the extractor wrote (served next to the page as graph.json).
import { fromJSON } from "../graph/formats/json/write.ts";
import type { NewsGraph } from "../graph/types.ts";

export const GRAPH_URL = "graph.json";

export async function fetchGraphText(url = GRAPH_URL): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`);
  return response.text();
}

export async function loadGraph(url = GRAPH_URL, text = fetchGraphText(url)): Promise<NewsGraph> {
  return fromJSON(await text, url);
}
