// A graph in parts (src/app/storage/graph-parts.ts), as it crosses from the graph-file worker
// to the page and as it is kept in IndexedDB: split and put together again, it is the same
// graph, attributes, keys, directions and order included.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { addPart, emptyGraph, graphHead, graphParts, partCount, PART_SIZE, serialized } from "../src/app/storage/graph-parts.ts";

/** A mixed multigraph of `n` nodes with attributes, directed and undirected edges, parallel ones and a self-loop. */
function sample(n: number): Graph {
  const graph = new Graph({ type: "mixed", multi: true, allowSelfLoops: true });
  graph.replaceAttributes({ documents: [], title: "sample" });
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`, { label: `Node ${i}`, x: i, y: -i, tags: [i % 3] });
  for (let i = 0; i < n; i++) {
    graph.addDirectedEdgeWithKey(`d${i}`, `n${i}`, `n${(i * 7 + 1) % n}`, { action: "met", weight: i });
    if (i % 2) graph.addUndirectedEdgeWithKey(`u${i}`, `n${i}`, `n${(i + 3) % n}`, {});
  }
  graph.addDirectedEdgeWithKey("again", "n0", "n1", { action: "met" });
  graph.addDirectedEdgeWithKey("loop", "n2", "n2", {});
  return graph;
}

describe("graph parts", () => {
  it("put together again, give the same graph", () => {
    const graph = sample(2 * PART_SIZE + 17);
    const head = graphHead(graph, "g1");
    expect(head).toMatchObject({ id: "g1", nodes: graph.order, edges: graph.size, options: { type: "mixed", multi: true, allowSelfLoops: true } });
    const count = partCount(head);
    expect(count).toBe(Math.ceil(graph.order / PART_SIZE) + Math.ceil(graph.size / PART_SIZE));
    const part = graphParts(graph);
    // Copied as structured clones are, the way they cross to the page or into IndexedDB.
    const parts = Array.from({ length: count }, (_, i) => structuredClone(part(i)));
    const rebuilt = emptyGraph(structuredClone(head));
    for (const p of parts) addPart(rebuilt, p);
    expect(rebuilt.export()).toEqual(graph.export());
    expect(Graph.from(serialized(head, parts)).export()).toEqual(graph.export());
  });

  it("of an empty graph: none", () => {
    const graph = new Graph();
    const head = graphHead(graph, "empty");
    expect(partCount(head)).toBe(0);
    expect(emptyGraph(head).export()).toEqual(graph.export());
  });
});
