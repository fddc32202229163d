// Paths, ego networks and evidence dates, on small graphs made for each case.
import { describe, expect, it } from "vitest";
import { placeLabels } from "../src/app/canvas/labels.ts";
import { dateHistogram, edgeVisible, nodeVisible, withGraph } from "../src/app/core/filters.ts";
import { pathHops, shortestPaths } from "../src/app/core/paths.ts";
import { DEFAULT_PATH_OPTIONS, NO_FILTERS, parseViewState, serializeViewState, type Filters } from "../src/app/core/view-state.ts";
import type { Action } from "../src/extract/types.ts";
import { GRAPH_OPTIONS, type NewsGraph } from "../src/graph/types.ts";
import Graph from "graphology";

/** Nodes a..f; edges "source>action>target", evidence dated as given. */
function graphOf(edges: [string, Action, string, (string | undefined)[]?][], documents: { id: string; date?: string }[] = [{ id: "d" }]): NewsGraph {
  const g = new Graph(GRAPH_OPTIONS) as unknown as NewsGraph;
  g.setAttribute(
    "documents",
    documents.map((d) => ({ title: d.id, path: d.id, text: "", date: d.date ?? "", id: d.id })),
  );
  for (const [s, action, t, dates = [undefined]] of edges) {
    for (const n of [s, t]) g.mergeNode(n, { label: n, type: "country", aliases: [], mentions: [] } as never);
    g.addEdgeWithKey(`${s}|${action}|${t}`, s, t, {
      action,
      verb: "",
      evidence: dates.map((date, i) => ({ doc: documents[i % documents.length].id, start: 0, end: 0, ...(date ? { date } : {}) })),
    } as never);
  }
  return g;
}

describe("shortest paths", () => {
  const g = graphOf([
    ["a", "imposed", "b"],
    ["b", "filed", "d"],
    ["a", "met", "c"],
    ["c", "agreed", "d"],
    ["a", "member_of", "d"],
    ["e", "urged", "a"],
  ]);
  const query = (from: string, to: string, options = {}) => ({ from, to, options: { ...DEFAULT_PATH_OPTIONS, ...options } });

  it("finds the shortest, and every one of them when there are several", () => {
    expect(shortestPaths(g, NO_FILTERS, query("a", "d"))).toEqual({ paths: [["a", "d"]], total: 1 });
    expect(shortestPaths(g, NO_FILTERS, query("a", "d", { noStructural: true }))).toEqual({
      paths: [
        ["a", "b", "d"],
        ["a", "c", "d"],
      ],
      total: 2,
    });
  });

  it("keeps to one family of actions, and to the edges' direction when asked", () => {
    expect(shortestPaths(g, NO_FILTERS, query("a", "d", { only: "hostile" })).paths).toEqual([["a", "b", "d"]]);
    expect(shortestPaths(g, NO_FILTERS, query("a", "d", { only: "cooperative" })).paths).toEqual([["a", "c", "d"]]);
    expect(shortestPaths(g, NO_FILTERS, query("d", "e", { undirected: false })).total).toBe(0);
    expect(shortestPaths(g, NO_FILTERS, query("e", "d", { undirected: false, noStructural: true })).total).toBe(2);
  });

  it("follows only what the filters show, and lists each hop's edges", () => {
    const filters: Filters = { ...NO_FILTERS, hiddenActions: new Set(["member_of", "imposed"]) };
    expect(shortestPaths(g, filters, query("a", "d")).paths).toEqual([["a", "c", "d"]]);
    expect(pathHops(g, NO_FILTERS, DEFAULT_PATH_OPTIONS, ["d", "c", "a"])).toEqual([
      { from: "d", to: "c", edges: ["c|agreed|d"] },
      { from: "c", to: "a", edges: ["a|met|c"] },
    ]);
  });

  it("lives in the URL", () => {
    const view = parseViewState("?path=a,b&pathOptions=directed,hostile");
    expect(view.path).toEqual({ from: "a", to: "b", options: { undirected: false, noStructural: false, only: "hostile" } });
    expect(serializeViewState(view)).toBe("?path=a%2Cb&pathOptions=directed%2Chostile");
    expect(parseViewState("?path=a").path).toBeUndefined();
  });
});

describe("ego networks", () => {
  const g = graphOf([
    ["a", "imposed", "b"],
    ["b", "filed", "c"],
    ["c", "agreed", "d"],
  ]);
  const shown = (filters: Filters) => g.filterNodes((k, a) => nodeVisible(filters, a, k));

  it("keeps the centre and what lies within the depth, whatever the direction", () => {
    expect(shown(withGraph({ ...NO_FILTERS, ego: { key: "b", depth: 1 } }, g))).toEqual(["a", "b", "c"]);
    expect(shown(withGraph({ ...NO_FILTERS, ego: { key: "a", depth: 2 } }, g))).toEqual(["a", "b", "c"]);
    expect(shown(withGraph({ ...NO_FILTERS, ego: { key: "a", depth: 3 } }, g))).toEqual(["a", "b", "c", "d"]);
  });

  it("reaches only through the edges the other filters keep", () => {
    const filters = withGraph({ ...NO_FILTERS, hiddenActions: new Set(["filed"]), ego: { key: "a", depth: 3 } }, g);
    expect(shown(filters)).toEqual(["a", "b"]);
    expect(edgeVisible(filters, g, "c|agreed|d")).toBe(false);
  });

  it("lives in the URL, its depth between 1 and 3", () => {
    expect(parseViewState("?ego=a&depth=9").filters.ego).toEqual({ key: "a", depth: 3 });
    expect(serializeViewState(parseViewState("?ego=a&depth=2"))).toBe("?ego=a&depth=2");
  });
});

describe("nodes without a shown edge", () => {
  it("are hidden when asked: isolated ones, and those the other filters strand", () => {
    const g = graphOf([
      ["a", "imposed", "b"],
      ["b", "met", "c"],
    ]);
    g.addNode("lone", { label: "lone", type: "person", aliases: [], mentions: [] } as never);
    const shown = (filters: Filters) => g.filterNodes((k, a) => nodeVisible(filters, a, k));
    expect(shown(withGraph({ ...NO_FILTERS, hideIsolated: true }, g))).toEqual(["a", "b", "c"]);
    expect(shown(withGraph({ ...NO_FILTERS, hideIsolated: true, hiddenActions: new Set(["met"]) }, g))).toEqual(["a", "b"]);
    expect(shown(withGraph(NO_FILTERS, g))).toEqual(["a", "b", "c", "lone"]);
    expect(serializeViewState(parseViewState("?isolated=hide"))).toBe("?isolated=hide");
  });
});

describe("time from the evidence", () => {
  const g = graphOf(
    [
      ["a", "imposed", "b", ["2019-07", "2020-06-02"]],
      ["b", "filed", "c", [undefined]],
    ],
    [
      { id: "d1", date: "2019-07-09" },
      { id: "d2", date: "2021-01-05" },
    ],
  );
  const range = (from: string, to: string, patch: Partial<Filters> = {}) => withGraph({ ...NO_FILTERS, dateRange: { from, to }, showUndated: false, ...patch }, g);

  it("keeps an edge when any of its sentences is in the range", () => {
    expect(edgeVisible(range("2020-06", "2020-06"), g, "a|imposed|b")).toBe(true);
    expect(edgeVisible(range("2019-07", "2019-07"), g, "a|imposed|b")).toBe(true);
    expect(edgeVisible(range("2019-08", "2020-05"), g, "a|imposed|b")).toBe(false);
    expect(edgeVisible(range("2019-01", "2022-12"), g, "b|filed|c")).toBe(false);
  });

  it("counts in the histogram what the other filters show, in every month a sentence gives", () => {
    const all = dateHistogram(g, withGraph(NO_FILTERS, g));
    expect(all.months[0]).toBe("2019-07");
    expect(all.months.at(-1)).toBe("2020-06");
    expect([all.counts[0], all.counts.at(-1), all.undated]).toEqual([1, 1, 1]);
    const noImposed = dateHistogram(g, withGraph({ ...NO_FILTERS, hiddenActions: new Set(["imposed"]) }, g));
    expect(noImposed.months).toEqual(all.months);
    expect(noImposed.counts.every((c) => c === 0)).toBe(true);
  });

  it("places undated events by their articles' dates on the reported basis", () => {
    const reported = (from: string, to: string) => range(from, to, { dateBasis: "reported" });
    expect(edgeVisible(reported("2019-07", "2019-07"), g, "b|filed|c")).toBe(true);
    expect(edgeVisible(reported("2021-01", "2021-01"), g, "a|imposed|b")).toBe(true);
    expect(edgeVisible(reported("2020-06", "2020-06"), g, "a|imposed|b")).toBe(false);
    expect(serializeViewState(parseViewState("?dates=reported"))).toBe("?dates=reported");
  });
});

describe("symmetric actions stored both ways", () => {
  const g = graphOf([
    ["a", "met", "b", ["2019-07"]],
    ["b", "met", "a", ["2019-07"]],
    ["a", "imposed", "b"],
    ["b", "imposed", "a"],
  ]);

  it("are one two-way relation, their evidence listed once, and one edge drawn without an arrow", async () => {
    const { nodeRelations, edgeEvidence } = await import("../src/app/core/evidence.ts");
    const { twoWayPairs } = await import("../src/app/core/two-way.ts");
    const met = nodeRelations(g, "a").find((r) => r.action === "met")!.relations;
    expect(met.map((r) => [r.edge, r.direction])).toEqual([["a|met|b", "both"]]);
    expect(edgeEvidence(g, "a|met|b")).toHaveLength(1);
    // "imposed" both ways is two acts, not one.
    expect(
      nodeRelations(g, "a")
        .find((r) => r.action === "imposed")!
        .relations.map((r) => r.direction)
        .sort(),
    ).toEqual(["in", "out"]);
    expect(twoWayPairs(g)).toEqual({ shown: new Map([["a|met|b", "b|met|a"]]), hidden: new Set(["b|met|a"]) });
  });
});

describe("label placement", () => {
  const measure = (t: string) => t.length * 7;
  const node = (n: string, x: number, y: number, size = 5, forced = false) => ({ node: n, label: n, x, y, size, forced });

  it("places the larger nodes' labels first, on the other side where one side is taken, and drops what fits nowhere", () => {
    const placed = placeLabels([node("small", 100, 104, 3), node("mid", 100, 102, 6), node("big", 100, 100, 10)], 12, 800, measure);
    expect([...placed.keys()]).toEqual(["big", "mid"]);
    expect(placed.get("big")!.x).toBeGreaterThan(100);
    expect(placed.get("mid")!.x).toBeLessThan(100);
    // A forced label (selected, hovered) comes before any other.
    const forced = placeLabels([node("small", 100, 104, 3, true), node("mid", 100, 102, 6), node("big", 100, 100, 10)], 12, 800, measure);
    expect([...forced.keys()]).toEqual(["small", "big"]);
  });

  it("puts a label on the left of a node by the right edge, never past the canvas", () => {
    const box = placeLabels([node("edge-node", 790, 50)], 12, 800, measure).get("edge-node")!;
    expect(box.x + box.width).toBeLessThanOrEqual(790 - 5);
    expect(box.x).toBeGreaterThanOrEqual(0);
  });
});
