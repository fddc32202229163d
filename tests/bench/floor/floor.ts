// The benchmark's floor: the same graph.json drawn by plain sigma, with nothing of the
// explorer (no validation, React, reducers or panels). The explorer's costs are measured
// against it (tests/bench/explorer.ts). Query: w, h = the canvas size, as the explorer's.
import Graph from "graphology";
import Sigma from "sigma";
import { actionColor, typeColor } from "../../../src/graph/palette.ts";

interface Exported {
  options: object;
  nodes: { key: string; attributes: { label: string; type: string; x: number; y: number; size: number } }[];
  edges: { key: string; source: string; target: string; attributes: { action: string } }[];
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const container = document.getElementById("sigma")!;
  container.style.width = `${params.get("w") ?? 1000}px`;
  container.style.height = `${params.get("h") ?? 800}px`;
  const data = (await (await fetch("graph.json")).json()) as Exported;
  // Only what plain sigma needs to draw what the explorer draws: positions, sizes, labels,
  // the palette's colours, arrows. (`type` would name a WebGL program: not passed on.)
  const graph = new Graph(data.options);
  for (const { key, attributes: a } of data.nodes) {
    graph.addNode(key, { label: a.label, x: a.x, y: a.y, size: a.size, color: typeColor(a.type as never) });
  }
  for (const { key, source, target, attributes: a } of data.edges) {
    graph.addDirectedEdgeWithKey(key, source, target, { color: actionColor(a.action as never), size: 2.5 });
  }
  window.__sigma = new Sigma(graph, container, { defaultEdgeType: "arrow" });
}

void main();
