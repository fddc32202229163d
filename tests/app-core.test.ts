// The explorer's pure core (src/app/core, src/app/canvas/curvature.ts and the edge reducer's
// curves, src/graph/subgraph.ts) on a small hand-made graph: dates, URL state, filters,
// search, sentences and evidence.
import { describe, expect, it } from "vitest";
import { curvaturesOnDemand, parallelCurvatures } from "../src/app/canvas/curvature.ts";
import { HUGE_GRAPH_EDGES, LARGE_GRAPH } from "../src/app/canvas/large.ts";
import { focusState, reduceEdge, type CanvasState } from "../src/app/canvas/reducers.ts";
import { resolveAppearance, visualsOf } from "../src/app/core/appearance.ts";
import { dateMonths, histogram, monthsBetween, overlaps } from "../src/app/core/dates.ts";
import { edgeEvidence, nodeMentions, nodeRelations } from "../src/app/core/evidence.ts";
import { viewGraph } from "../src/app/core/export.ts";
import { edgeVisible, hiddenBecause, revealSelection } from "../src/app/core/filters.ts";
import { buildSearchIndex, search } from "../src/app/core/search.ts";
import { highlight, sentenceAround } from "../src/app/core/sentences.ts";
import { NO_FILTERS, parseViewState, serializeViewState, type Filters } from "../src/app/core/view-state.ts";
import { inGraphOrder, type Extraction } from "../src/extract/types.ts";
import { buildGraph } from "../src/graph/build.ts";
import { syntheticGraph } from "./support/synthetic.ts";

const TEXT = "Tokyo imposed curbs on Seoul in July. Mr. Abe said the U.S. agreed.\nSouth Korea retaliated on 2019-08-02. Japan's move hurt. Seoul filed a case.";

function sample(): Extraction {
  const at = (needle: string, from = 0) => {
    const start = TEXT.indexOf(needle, from);
    if (start < 0) throw new Error(`fixture: ${needle}`);
    return { doc: "a", start, end: start + needle.length };
  };
  const sentence = (first: string) => {
    const s = at(first);
    const end = TEXT.indexOf(".", s.start + first.length) + 1;
    return { ...s, end };
  };
  // In graph order, as the extractor gives its own.
  return inGraphOrder({
    documents: [{ id: "a", title: "Curbs", date: "2019-08-03", path: "a.txt", text: TEXT }],
    nodes: [
      { key: "japan", label: "Japan", type: "country", aliases: ["Tokyo"], mentions: [at("Tokyo"), at("Japan")] },
      { key: "south-korea", label: "South Korea", type: "country", aliases: ["Seoul", "S. Korea"], mentions: [at("Seoul"), at("South Korea"), at("Seoul", 60)] },
      { key: "abe", label: "Shinzo Abe", type: "person", role: "prime minister", aliases: ["Abe"], mentions: [at("Abe")] },
      { key: "curbs", label: "export curbs", type: "measure", aliases: ["curbs"], mentions: [at("curbs")] },
    ],
    edges: [
      { source: "japan", target: "south-korea", action: "imposed", verb: "imposed", evidence: [{ ...sentence("Tokyo imposed"), date: "2019-07" }], date: "2019-07" },
      { source: "south-korea", target: "japan", action: "retaliated", verb: "retaliated", evidence: [{ ...sentence("South Korea retaliated"), date: "2019-08-02" }], date: "2019-08-02" },
      { source: "japan", target: "south-korea", action: "criticized", verb: "hurt", evidence: [sentence("Japan's move")] },
      { source: "abe", target: "japan", action: "member_of", verb: "", evidence: [sentence("Mr. Abe")] },
      { source: "curbs", target: "south-korea", action: "targets", verb: "", evidence: [{ ...sentence("Tokyo imposed") }], date: "2019" },
    ],
  });
}
const graph = buildGraph(sample(), { layout: false });
const filters = (f: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...f });

describe("dates", () => {
  it("maps partial ISO dates to month intervals", () => {
    expect(dateMonths("2019-08-02")).toEqual({ first: "2019-08", last: "2019-08" });
    expect(dateMonths("2019")).toEqual({ first: "2019-01", last: "2019-12" });
    expect(dateMonths("")).toBeNull();
    expect(dateMonths(undefined)).toBeNull();
    expect(monthsBetween("2019-11", "2020-02")).toEqual(["2019-11", "2019-12", "2020-01", "2020-02"]);
    expect(overlaps({ first: "2019-01", last: "2019-12" }, "2019-08", "2019-09")).toBe(true);
    expect(overlaps({ first: "2019-07", last: "2019-07" }, "2019-08", "2019-09")).toBe(false);
  });

  it("counts events per month over the whole span, undated apart", () => {
    const h = histogram(graph.mapEdges((_k, a) => a.date));
    expect(h.months[0]).toBe("2019-01");
    expect(h.months.at(-1)).toBe("2019-12");
    expect(h.counts[h.months.indexOf("2019-07")]).toBe(1);
    expect(h.counts[h.months.indexOf("2019-08")]).toBe(1);
    expect(h.counts[0]).toBe(1); // the year-only date
    expect(h.undated).toBe(2);
  });
});

describe("view state in the URL", () => {
  it("round-trips selection and filters and keeps other parameters such as ?e2e", () => {
    const view = {
      selection: { kind: "edge" as const, key: "japan|imposed|south-korea" },
      filters: filters({
        hiddenTypes: new Set(["person", "measure"] as const),
        hiddenActions: new Set(["met"] as const),
        dateRange: { from: "2019-07", to: "2019-09" },
        showUndated: false,
        hiddenValues: { attribute: "source, & more", values: new Set(["", "a=b&c", "Blogarama"]) },
      }),
      appearance: { nodeColor: "attr:modularity_class", nodeSize: "attr:pagerank", edgeColor: "source", labelSize: 16 },
    };
    const search = serializeViewState(view, "?e2e");
    expect(search.startsWith("?e2e&")).toBe(true);
    expect(parseViewState(search)).toEqual(view);
    expect(serializeViewState({ selection: null, filters: NO_FILTERS, appearance: {} }, "?e2e&node=x&hideTypes=person")).toBe("?e2e");
  });

  it("ignores unknown types, actions and malformed dates", () => {
    const v = parseViewState("?hideTypes=person,city&hideActions=bombed&from=2019-13&to=2019-01&node=japan");
    expect([...v.filters.hiddenTypes]).toEqual(["person"]);
    expect(v.filters.hiddenActions.size).toBe(0);
    expect(v.filters.dateRange).toBeNull();
    expect(v.selection).toEqual({ kind: "node", key: "japan" });
  });
});

describe("filters", () => {
  it("hide edges by action, date range (year-only dates overlap) and their ends' types", () => {
    const f = filters({ dateRange: { from: "2019-08", to: "2019-08" } });
    expect(edgeVisible(f, graph, "japan|imposed|south-korea")).toBe(false);
    expect(edgeVisible(f, graph, "south-korea|retaliated|japan")).toBe(true);
    expect(edgeVisible(f, graph, "curbs|targets|south-korea")).toBe(true);
    expect(edgeVisible(f, graph, "japan|criticized|south-korea")).toBe(true);
    expect(edgeVisible({ ...f, showUndated: false }, graph, "japan|criticized|south-korea")).toBe(false);
    expect(edgeVisible(filters({ hiddenTypes: new Set(["person"]) }), graph, "abe|member_of|japan")).toBe(false);
  });

  it("explain why a selection is hidden and reveal it with the smallest change", () => {
    const f = filters({ hiddenTypes: new Set(["person", "measure"]), dateRange: { from: "2019-08", to: "2019-09" } });
    const edge = { kind: "edge" as const, key: "japan|imposed|south-korea" };
    expect(hiddenBecause(f, graph, edge)).toEqual(["its date 2019-07 is outside the date range"]);
    const shown = revealSelection(f, graph, edge);
    expect(shown.dateRange).toEqual({ from: "2019-07", to: "2019-09" });
    expect([...shown.hiddenTypes].sort()).toEqual(["measure", "person"]);
    expect(edgeVisible(shown, graph, edge.key)).toBe(true);
    const abe = { kind: "node" as const, key: "abe" };
    expect(hiddenBecause(f, graph, abe)).toEqual(["type “person” is hidden"]);
    expect([...revealSelection(f, graph, abe).hiddenTypes]).toEqual(["measure"]);
  });

  it("viewGraph keeps exactly the visible nodes and edges", () => {
    const v = viewGraph(graph, filters({ hiddenTypes: new Set(["measure"]), hiddenActions: new Set(["criticized"]) }));
    expect(v.nodes().sort()).toEqual(["abe", "japan", "south-korea"]);
    expect(v.edges().sort()).toEqual(["abe|member_of|japan", "japan|imposed|south-korea", "south-korea|retaliated|japan"]);
    expect(v.getAttribute("documents")).toBe(graph.getAttribute("documents"));
    expect(graph.order).toBe(4);
  });
});

describe("search", () => {
  const index = buildSearchIndex(graph);
  it("finds entities by alias, case- and accent-insensitively, exact matches first", () => {
    expect(search(index, "tokyo")).toEqual([{ key: "japan", label: "Japan", type: "country", via: "Tokyo" }]);
    expect(search(index, "SEOUL")[0]).toMatchObject({ key: "south-korea", via: "Seoul" });
    expect(search(index, "Jápan")[0]).toMatchObject({ key: "japan" });
    expect(search(index, "  ")).toEqual([]);
    expect(search(index, "curb").map((h) => h.key)).toEqual(["curbs"]);
    // A label match beats an alias match of the same rank ("S. Korea").
    expect(search(index, "korea")).toEqual([{ key: "south-korea", label: "South Korea", type: "country" }]);
    // Shorter labels first among equals.
    expect(
      search(index, "s")
        .map((h) => h.key)
        .slice(0, 2),
    ).toEqual(["abe", "south-korea"]);
  });
});

describe("sentences", () => {
  it("find the sentence around a mention, past abbreviations and initials", () => {
    const at = TEXT.indexOf("U.S.");
    const s = sentenceAround(TEXT, at, at + 4);
    expect(TEXT.slice(s.start, s.end)).toBe("Mr. Abe said the U.S. agreed.");
    const j = TEXT.indexOf("Japan");
    expect(TEXT.slice(...(Object.values(sentenceAround(TEXT, j, j + 5)) as [number, number]))).toBe("Japan's move hurt.");
    const first = sentenceAround(TEXT, 0, 5);
    expect(TEXT.slice(first.start, first.end)).toBe("Tokyo imposed curbs on Seoul in July.");
  });

  it("cut text into plain and marked pieces, first mark winning overlaps", () => {
    expect(
      highlight("abcdef", 1, 5, [
        { start: 2, end: 4, kind: "x" },
        { start: 3, end: 9, kind: "y" },
      ]),
    ).toEqual([{ text: "b" }, { text: "cd", mark: "x" }, { text: "e", mark: "y" }]);
  });
});

describe("evidence", () => {
  it("groups a node's relations by action in vocabulary order, with direction and marked evidence", () => {
    const groups = nodeRelations(graph, "japan");
    expect(groups.map((g) => g.action)).toEqual(["imposed", "retaliated", "criticized", "member_of"]);
    const imposed = groups[0].relations[0];
    expect(imposed).toMatchObject({ direction: "out", counterpart: { key: "south-korea" }, date: "2019-07" });
    const marked = imposed.evidence[0].marks.map((m) => TEXT.slice(m.start, m.end));
    expect(marked).toEqual(["Tokyo", "Seoul"]);
    expect(groups[1].relations[0].direction).toBe("in");
  });

  it("lists every sentence that mentions a node, grouped by article, one entry per sentence", () => {
    const [article] = nodeMentions(graph, "south-korea");
    expect(article.doc.id).toBe("a");
    expect(article.sentences.map((s) => TEXT.slice(s.start, s.end))).toEqual(["Tokyo imposed curbs on Seoul in July.", "South Korea retaliated on 2019-08-02.", "Seoul filed a case."]);
  });

  it("gives an edge's evidence with both ends marked", () => {
    const [s] = edgeEvidence(graph, "south-korea|retaliated|japan");
    expect(s.date).toBe("2019-08-02");
    expect(s.marks.map((m) => m.node)).toEqual(["south-korea"]);
  });
});

describe("curvatures", () => {
  it("curve only edges that share their ends, each on its own side", () => {
    const c = parallelCurvatures(graph);
    expect(c.has("abe|member_of|japan")).toBe(false);
    const pair = ["japan|criticized|south-korea", "japan|imposed|south-korea", "south-korea|retaliated|japan"];
    expect(pair.every((e) => c.has(e))).toBe(true);
    // Same direction, different curvature; in the reverse direction the sign is flipped.
    const sides = pair.map((e) => (graph.source(e) === "japan" ? 1 : -1) * c.get(e)!);
    expect(new Set(sides).size).toBe(3);
  });

  it("worked out pair by pair when asked (large graphs) are those of the whole graph's, each pair's in key order", () => {
    const all = parallelCurvatures(graph);
    const asked = curvaturesOnDemand(graph);
    const byPair = new Map<string, { all: number[]; asked: number[] }>();
    graph.forEachEdge((edge, _a, source, target) => {
      expect(asked.get(edge) === undefined).toBe(all.get(edge) === undefined);
      const pair = [source, target].sort().join(" ");
      const values = byPair.get(pair) ?? { all: [], asked: [] };
      values.all.push(all.get(edge) ?? 0);
      values.asked.push(asked.get(edge) ?? 0);
      byPair.set(pair, values);
    });
    for (const { all, asked } of byPair.values()) expect(asked.map(Math.abs).sort()).toEqual(all.map(Math.abs).sort());
    expect(curvaturesOnDemand(graph).get("no such edge")).toBeUndefined();
  });

  it("are drawn on every parallel edge of a small graph, on a large graph's only in the focus", () => {
    const view = (selection: CanvasState["selection"]): CanvasState => ({ filters: NO_FILTERS, selection, hoveredNode: null, hoveredEdge: null });
    const type = (g: typeof graph, edge: string, selection: CanvasState["selection"]) =>
      reduceEdge(focusState(g, view(selection), parallelCurvatures(g), visualsOf(g, resolveAppearance(g, {}))), g, edge, g.getEdgeAttributes(edge)).type;
    expect(type(graph, "japan|imposed|south-korea", null)).toBe("curvedArrow");

    // A large graph with one pair of parallel edges (a copy of an edge, reversed).
    const large = syntheticGraph({ nodes: LARGE_GRAPH / 2, seed: 3 });
    const edge = large.edges()[0];
    const [source, target] = large.extremities(edge);
    large.addEdgeWithKey("reverse", target, source, large.getEdgeAttributes(edge));
    const other = large.nodes().find((n) => n !== source && n !== target && !large.areNeighbors(n, source) && !large.areNeighbors(n, target))!;
    expect(type(large, edge, null)).toBe("arrow");
    expect(type(large, "reverse", { kind: "node", key: other })).toBe("arrow");
    expect(type(large, edge, { kind: "node", key: source })).toBe("curvedArrow");
    expect(type(large, "reverse", { kind: "edge", key: "reverse" })).toBe("curvedArrow");
  });

  it("on a huge graph, edges outside the focus are hairlines; the focus keeps its arrows", () => {
    const focus = (g: typeof graph, selection: CanvasState["selection"]) =>
      focusState(g, { filters: NO_FILTERS, selection, hoveredNode: null, hoveredEdge: null }, new Map(), visualsOf(g, resolveAppearance(g, {})));
    const huge = syntheticGraph({ nodes: Math.ceil(HUGE_GRAPH_EDGES / 3) + 100, seed: 5 });
    expect(huge.size).toBeGreaterThanOrEqual(HUGE_GRAPH_EDGES);
    const edge = huge.edges()[0];
    const type = (selection: CanvasState["selection"]) => reduceEdge(focus(huge, selection), huge, edge, huge.getEdgeAttributes(edge)).type;
    expect(type(null)).toBe("hairline");
    expect(type({ kind: "node", key: huge.source(edge) })).toBe("arrow");
    expect(type({ kind: "edge", key: edge })).toBe("arrow");
    // Under the threshold: arrows everywhere.
    const large = syntheticGraph({ nodes: LARGE_GRAPH, seed: 5 });
    expect(reduceEdge(focus(large, null), large, large.edges()[0], large.getEdgeAttributes(large.edges()[0])).type).toBe("arrow");
  });
});
