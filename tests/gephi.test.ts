// The round trip with Gephi (issue 18), on real public samples (tests/fixtures/graphs, see its
// README): what the loader keeps of a Gephi file, what GEXF and JSON exports write back
// (valid GEXF 1.3, same counts, colours, sizes, positions, attributes, directedness), our
// own export's edge kinds and dynamic dates, the appearance's mappings and the metrics.
import { readFileSync } from "node:fs";
import path from "node:path";
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { resolveAppearance, visualsOf, maxNodeSize } from "../src/app/core/appearance.ts";
import { focusState, reduceEdge } from "../src/app/canvas/reducers.ts";
import { fromGEXFGraph } from "../src/app/core/file-graph.ts";
import { viewGraph } from "../src/app/core/export.ts";
import { hiddenBecause, nodeVisible, revealSelection } from "../src/app/core/filters.ts";
import { NO_FILTERS, toggledValue } from "../src/app/core/view-state.ts";
import { buildSearchIndex, search } from "../src/app/core/search.ts";
import { buildTable, filterRows, sortRows, toCSV } from "../src/app/core/table.ts";
import { computeMetrics, metricValuesOf, withMetrics } from "../src/graph/metrics.ts";
import { fromJSON, loadGraphFile, toGEXF, toJSON, type NewsGraph } from "../src/graph/index.ts";
import { gexfDate } from "../src/graph/formats/gexf/write.ts";
import { nodeSize } from "../src/graph/layout.ts";
import { actionColor, typeColor } from "../src/graph/palette.ts";
import { ROOT } from "./cli-run.ts";
import { validateGEXF } from "./validate-gexf.ts";

const GRAPHS = path.join(ROOT, "tests/fixtures/graphs");

/** A fixture opened as the explorer opens it (loader, then file-graph.ts). */
function open(name: string, content?: string): NewsGraph {
  const result = loadGraphFile(name, content ?? readFileSync(path.join(GRAPHS, name)));
  if ("error" in result) throw new Error(result.error);
  return result.format === "gexf" || result.foreign ? fromGEXFGraph(result.graph as Graph) : (result.graph as NewsGraph);
}

async function validBack(xml: string): Promise<Graph> {
  const result = await validateGEXF(xml);
  expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
  return parse(Graph, xml);
}

describe("Les Misérables (Gephi Lite's sample: GEXF 1.2, viz colour and size, undirected)", () => {
  const graph = open("les-miserables.gexf");
  const valjean = graph.findNode((_k, a) => a.label === "Valjean")!;

  it("keeps the file's colours, sizes, positions and undirected edges", () => {
    expect([graph.order, graph.size, graph.type]).toEqual([77, 254, "undirected"]);
    expect(graph.getNodeAttributes(valjean)).toMatchObject({ color: "rgb(245,91,91)", size: 100, x: -87.93029, modularity_class: 1 });
  });

  it("is drawn in its own colours, its sizes scaled into the canvas's range in proportion", () => {
    const visuals = visualsOf(graph, resolveAppearance(graph, {}));
    expect(resolveAppearance(graph, {})).toMatchObject({ nodeColor: "file", nodeSize: "file", edgeColor: "source" });
    expect(visuals.nodeColor.get(valjean)).toBe("rgb(245,91,91)");
    expect(visuals.nodeSize.get(valjean)).toBe(maxNodeSize(77));
    const other = graph.findNode((_k, a) => a.size < 50)!;
    expect(visuals.nodeSize.get(other)! / visuals.nodeSize.get(valjean)!).toBeCloseTo(graph.getNodeAttribute(other, "size") / 100, 5);
  });

  it("colours by a partition attribute with one colour per class, and sizes by a ranking", () => {
    const visuals = visualsOf(graph, resolveAppearance(graph, { nodeColor: "attr:modularity_class", nodeSize: "attr:cooccurrence" }));
    expect(visuals.nodeLegend.kind).toBe("partition");
    const classes = new Set(graph.mapNodes((_k, a) => (a as unknown as { modularity_class: number }).modularity_class));
    const colours = new Set(visuals.nodeColor.values());
    expect(colours.size).toBe(Math.min(classes.size, 13));
  });

  it("exports GEXF 1.3 that validates and reads back with the same counts, colours, sizes, positions, attributes and directedness", async () => {
    const back = await validBack(toGEXF(graph));
    expect([back.order, back.size, back.type]).toEqual([77, 254, "undirected"]);
    expect(back.getNodeAttributes(valjean)).toMatchObject({ label: "Valjean", color: "rgb(245,91,91)", size: 100, x: -87.93029, modularity_class: 1 });
    const edge = graph.findEdge((_k, a) => (a as unknown as { weight?: number }).weight === 8)!;
    expect(back.getEdgeAttribute(edge, "weight")).toBe(8);
    // What the explorer adds for itself (empty action, verb, lists) is not written.
    expect(toGEXF(graph)).not.toMatch(/for="(action|verb|aliases|mentions|evidence)"/);
  });

  it("hides the nodes of the values unticked in the partition legend, says why, and reveals a selected one", () => {
    const f = toggledValue(toggledValue(NO_FILTERS, "modularity_class", "1"), "modularity_class", "8");
    const hidden = graph.filterNodes((_k, a) => !nodeVisible(f, a));
    expect(hidden).toContain(valjean);
    expect(hidden.length).toBe(graph.filterNodes((_k, a) => [1, 8].includes((a as unknown as { modularity_class: number }).modularity_class)).length);
    expect(hiddenBecause(f, graph, { kind: "node", key: valjean })).toEqual(["modularity_class “1” is hidden"]);
    const shown = revealSelection(f, graph, { kind: "node", key: valjean });
    expect([...shown.hiddenValues!.values]).toEqual(["8"]);
    expect(toggledValue(f, "other", "x").hiddenValues).toEqual({ attribute: "other", values: new Set(["x"]) });
    expect(toggledValue(toggledValue(NO_FILTERS, "a", "x"), "a", "x").hiddenValues).toBeNull();
  });

  it("exports its filtered view undirected too", () => {
    const view = viewGraph(graph, NO_FILTERS);
    expect([view.order, view.size, view.type]).toEqual([77, 254, "undirected"]);
  });

  it("exports JSON that opens again as the same graph", () => {
    const back = open("back.json", toJSON(graph));
    expect([back.order, back.size, back.type]).toEqual([77, 254, "undirected"]);
    expect(back.getNodeAttributes(valjean)).toMatchObject({ color: "rgb(245,91,91)", size: 100, modularity_class: 1 });
  });

  it("computes PageRank, betweenness and Louvain communities as node attributes that export", async () => {
    const values = computeMetrics(graph, ["pagerank", "betweenness", "community"]);
    expect(values.pagerank![valjean]).toBe(Math.max(...Object.values(values.pagerank!)));
    expect(values.betweenness![valjean]).toBe(Math.max(...Object.values(values.betweenness!)));
    expect(new Set(Object.values(values.community!)).size).toBeGreaterThan(3);
    expect(computeMetrics(graph, ["community"])).toEqual({ community: values.community });
    const withThem = withMetrics(graph, values);
    expect(graph.getNodeAttribute(valjean, "pagerank" as never)).toBeUndefined();
    // Read back from the nodes (the explorer moves them from the graph shown to the base of its edits).
    expect(metricValuesOf(withThem)).toEqual(values);
    const back = await validBack(toGEXF(withThem));
    expect(back.getNodeAttribute(valjean, "pagerank")).toBe(values.pagerank![valjean]);
    const bySize = visualsOf(withThem, resolveAppearance(withThem, { nodeSize: "attr:pagerank" }));
    expect(bySize.nodeSize.get(valjean)).toBe(maxNodeSize(77));
  });
});

describe("a foreign type or action and a graph without our attributes", () => {
  it("draws an edge in focus with its own label, undirected without arrow, at the file's thickness, else by weight", () => {
    const graph = open("gephi.gexf");
    const edge = graph.findEdge((_k, a) => (a as unknown as { label?: string }).label === "export controls")!;
    const state = { filters: NO_FILTERS, selection: { kind: "edge" as const, key: edge }, hoveredNode: null, hoveredEdge: null };
    const focus = focusState(graph, state, new Map(), visualsOf(graph, resolveAppearance(graph, {})));
    expect(reduceEdge(focus, graph, edge, graph.getEdgeAttributes(edge))).toMatchObject({ label: "export controls", type: "line", size: 2 * 2 });
    const lesMiserables = open("les-miserables.gexf");
    const none = { ...focus, nodes: null, primary: null, visuals: visualsOf(lesMiserables, resolveAppearance(lesMiserables, {})) };
    const sizeOf = (weight: number) => {
      const e = lesMiserables.findEdge((_k, a) => ((a as unknown as { weight?: number }).weight ?? 1) === weight)!;
      return reduceEdge(none, lesMiserables, e, lesMiserables.getEdgeAttributes(e)).size;
    };
    expect([sizeOf(1), sizeOf(2), sizeOf(8)]).toEqual([1, 2, 4]);
  });

  it("writes `type (from file)` back as type, and edges of another tool keep their label and no family", async () => {
    const graph = open("gephi.gexf");
    const xml = toGEXF(graph);
    const back = await validBack(xml);
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
    expect(xml).not.toContain("(from file)");
  });
});

describe("a dynamic GEXF", () => {
  it("keeps its times through an export (as JSON text, valid GEXF 1.3)", async () => {
    const graph = open("dynamic.gexf");
    const back = await validBack(toGEXF(graph));
    const key = graph.nodes()[0];
    expect(JSON.parse(back.getNodeAttribute(key, "spells"))).toEqual(graph.getNodeAttribute(key, "spells" as never));
  });
});

describe("attribute names every JavaScript object has", () => {
  it("colour, filter and fill the table by their own values only", () => {
    const graph = open("prototype-names.gexf");
    const visuals = visualsOf(graph, resolveAppearance(graph, { nodeColor: "attr:constructor", edgeColor: "attr:constructor" }));
    expect(visuals.nodeLegend).toMatchObject({
      kind: "partition",
      entries: [
        { label: "made here", count: 1 },
        { label: "no value", count: 3 },
      ],
    });
    expect(visuals.edgeLegend).toMatchObject({
      kind: "partition",
      entries: [
        { label: "edge value", count: 1 },
        { label: "no value", count: 3 },
      ],
    });
    const hidden = toggledValue(NO_FILTERS, "constructor", "");
    expect(graph.filterNodes((_k, a) => nodeVisible(hidden, a))).toEqual(["a"]);
    const table = buildTable(graph, "nodes");
    const column = table.columns.indexOf("constructor");
    expect(table.rows.map((r) => r.cells[column])).toEqual(["made here", undefined, undefined, undefined]);
  });
});

describe("search in a graph of another tool", () => {
  it("finds nodes by their text attributes, a label first", () => {
    const graph = open("gephi.gexf");
    expect(search(buildSearchIndex(graph), "tokyo")).toEqual([{ key: "jp", label: "Japan", type: "", via: "capitals: Tokyo" }]);
    expect(search(buildSearchIndex(graph), "rgb")).toEqual([]);
  });
});

describe("the appearance of this project's graphs", () => {
  const graph = fromJSON(readFileSync(path.join(ROOT, "graph-data/graph.json"), "utf8"), "graph.json");

  it("defaults to colour by type, size by degree, edges by family: the look it always had", () => {
    const visuals = visualsOf(graph, resolveAppearance(graph, {}));
    graph.forEachNode((key, a) => {
      expect(visuals.nodeColor.get(key)).toBe(typeColor(a.type));
      expect(visuals.nodeSize.get(key)).toBe(nodeSize(graph.degree(key)));
    });
    graph.forEachEdge((key, a) => expect(visuals.edgeColor.get(key)).toBe(actionColor(a.action)));
  });

  it("colours by source document, sizes by mentions, evidence, in- or out-degree within the canvas's range", () => {
    const byDoc = visualsOf(graph, resolveAppearance(graph, { nodeColor: "document" }));
    expect(byDoc.nodeLegend.kind).toBe("partition");
    const docs = graph.getAttribute("documents").map((d) => d.id);
    if (byDoc.nodeLegend.kind === "partition") expect(byDoc.nodeLegend.entries.every((e) => docs.includes(e.label))).toBe(true);
    for (const nodeSize of ["mentions", "evidence", "in", "out"]) {
      const sizes = [...visualsOf(graph, resolveAppearance(graph, { nodeSize })).nodeSize.values()];
      expect(Math.min(...sizes)).toBe(3);
      expect(Math.max(...sizes)).toBe(maxNodeSize(graph.order));
    }
    const mostMentioned = graph.nodes().sort((a, b) => graph.getNodeAttribute(b, "mentions").length - graph.getNodeAttribute(a, "mentions").length)[0];
    expect(visualsOf(graph, resolveAppearance(graph, { nodeSize: "mentions" })).nodeSize.get(mostMentioned)).toBe(maxNodeSize(graph.order));
  });
});

describe("our own GEXF", () => {
  it("gives every edge its action as kind, and dated edges a start in a dynamic graph", async () => {
    const graph = fromJSON(readFileSync(path.join(ROOT, "graph-data/graph.json"), "utf8"), "graph.json");
    const xml = toGEXF(graph);
    expect(xml).toContain('<graph mode="dynamic" timeformat="date" defaultedgetype="directed">');
    await validBack(xml);
    const dated = graph.findEdge((_k, a) => /^\d{4}-\d{2}-\d{2}$/.test(a.date ?? ""))!;
    const line = xml.split("\n").find((l) => l.includes(`id="${dated.replace(/&/g, "&amp;")}"`))!;
    expect(line).toContain(`start="${graph.getEdgeAttribute(dated, "date")}"`);
    expect(line).toContain(`kind="${graph.getEdgeAttribute(dated, "action")}"`);
    expect(xml.match(/<edge [^>]*kind="/g)!.length).toBe(graph.size);
    expect([gexfDate("2019-07"), gexfDate("2018"), gexfDate("07/2019")]).toEqual(["2019-07-01", "2018-01-01", undefined]);
  });
});

describe("the data table's rows", () => {
  const graph = open("les-miserables.gexf");

  it("has a row per node with its attributes, and per edge with its ends and direction", () => {
    const nodes = buildTable(graph, "nodes");
    expect(nodes.columns).toEqual(["label", "degree", "modularity_class"]);
    expect(nodes.rows).toHaveLength(77);
    const edges = buildTable(graph, "edges");
    expect(edges.columns).toEqual(["source", "target", "direction", "cooccurrence", "weight"]);
    expect(new Set(edges.rows.map((r) => r.cells[2]))).toEqual(new Set(["two-way"]));
    const ours = fromJSON(readFileSync(path.join(ROOT, "graph-data/graph.json"), "utf8"), "graph.json");
    expect(buildTable(ours, "nodes").columns).toEqual(["label", "type", "degree", "mentions", "role"]);
    expect(buildTable(ours, "edges").columns).toEqual(["source", "action", "target", "direction", "date", "evidence"]);
  });

  it("sorts numbers as numbers with empty cells last either way, filters by column, writes CSV safely", () => {
    const rows = [{ cells: [2] }, { cells: [undefined] }, { cells: [10] }, { cells: ["b"] }];
    expect(sortRows(rows, 0, false).map((r) => r.cells[0])).toEqual([2, 10, "b", undefined]);
    expect(sortRows(rows, 0, true).map((r) => r.cells[0])).toEqual(["b", 10, 2, undefined]);
    expect(filterRows([{ cells: ["Valjean", 1] }, { cells: ["Javert", 2] }], ["VAL"])).toEqual([{ cells: ["Valjean", 1] }]);
    expect(toCSV(["a", "b"], [{ cells: ['say "hi", then', -3] }, { cells: ["=cmd()", undefined] }])).toBe('a,b\r\n"say ""hi"", then",-3\r\n\'=cmd(),\r\n');
  });
});
