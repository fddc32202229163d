import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { afterEach, describe, expect, it, vi } from "vitest";
import { extract } from "../src/extract/index.ts";
import { ACTION_FAMILIES, inGraphOrder, NODE_TYPES, type Extraction } from "../src/extract/types.ts";
import { FAMILY_COLORS, TYPE_COLORS, buildGraph, fromJSON, seedPosition, toGEXF, toJSON, type NewsGraph } from "../src/graph/index.ts";
import { ROOT } from "./cli-run.ts";
import { validateGEXF } from "./validate-gexf.ts";

// ---------------------------------------------------------------------------------------
// A small hand-made extraction: two articles, five entities, parallel edges; put in graph
// order (inGraphOrder), as the extractor gives its own.

const TEXT_A = "Washington imposed tariffs on Chinese steel on 2018-03-01.\nChina retaliated against the United States.";
const TEXT_B = "Trade Minister Zhong Shan met Robert Lighthizer in Beijing & said <talks> would go on.";

function sample(): Extraction {
  const at = (text: string, needle: string, from = 0) => {
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`fixture: "${needle}" not found`);
    return { start, end: start + needle.length };
  };
  const sentenceA1 = at(TEXT_A, TEXT_A.split("\n")[0]);
  const sentenceA2 = at(TEXT_A, TEXT_A.split("\n")[1]);
  const sentenceB = { start: 0, end: TEXT_B.length };
  return inGraphOrder({
    documents: [
      { id: "a", title: "Tariffs", date: "2018-03-02", path: "articles/a.txt", text: TEXT_A },
      { id: "b", title: "Talks", date: "", path: "articles/b.txt", text: TEXT_B },
    ],
    nodes: [
      { key: "person:zhong_shan", label: "Zhong Shan", type: "person", role: "Trade Minister", aliases: ["Zhong"], mentions: [{ doc: "b", ...at(TEXT_B, "Zhong Shan") }] },
      {
        key: "country:us",
        label: "United States",
        type: "country",
        aliases: ["Washington", "US"],
        mentions: [
          { doc: "a", ...at(TEXT_A, "United States") },
          { doc: "a", ...at(TEXT_A, "Washington") },
        ],
      },
      {
        key: "country:cn",
        label: "China",
        type: "country",
        aliases: ["Beijing"],
        mentions: [
          { doc: "b", ...at(TEXT_B, "Beijing") },
          { doc: "a", ...at(TEXT_A, "China") },
        ],
      },
      { key: "measure:steel_tariffs", label: "tariffs on Chinese steel", type: "measure", aliases: [], mentions: [{ doc: "a", ...at(TEXT_A, "tariffs on Chinese steel") }] },
      { key: "person:robert_lighthizer", label: "Robert Lighthizer", type: "person", aliases: [], mentions: [{ doc: "b", ...at(TEXT_B, "Robert Lighthizer") }] },
    ],
    edges: [
      { source: "country:us", target: "country:cn", action: "imposed", verb: "imposed", evidence: [{ doc: "a", ...sentenceA1, date: "2018-03-01" }], date: "2018-03-01" },
      { source: "country:cn", target: "country:us", action: "retaliated", verb: "retaliated against", evidence: [{ doc: "a", ...sentenceA2 }] },
      { source: "measure:steel_tariffs", target: "country:cn", action: "targets", verb: "on", evidence: [{ doc: "a", ...sentenceA1 }] },
      { source: "person:zhong_shan", target: "person:robert_lighthizer", action: "met", verb: "met", evidence: [{ doc: "b", ...sentenceB }] },
      // Parallel edge with another action between the same pair.
      { source: "country:us", target: "country:cn", action: "criticized", verb: "said", evidence: [{ doc: "a", ...sentenceA2 }] },
    ],
  });
}

/** A deterministic bigger extraction (for the layout): `n` nodes in a ring with chords. */
function ring(n: number): Extraction {
  const text = "x".repeat(10);
  const key = (i: number) => `organization:o${String(i).padStart(3, "0")}`;
  return {
    documents: [{ id: "d", title: "d", date: "", path: "d.txt", text }],
    nodes: Array.from({ length: n }, (_, i) => ({ key: key(i), label: `O${i}`, type: "organization" as const, aliases: [], mentions: [{ doc: "d", start: 0, end: 1 }] })),
    edges: Array.from({ length: n }, (_, i) => [
      { source: key(i), target: key((i + 1) % n), action: "agreed" as const, verb: "agreed", evidence: [{ doc: "d", start: 0, end: 10 }] },
      { source: key(i), target: key((i * 7 + 3) % n), action: "urged" as const, verb: "urged", evidence: [{ doc: "d", start: 0, end: 10 }] },
    ]).flat(),
  };
}

function shuffled<T>(items: T[]): T[] {
  // Deterministic permutation: reverse, then rotate.
  const r = [...items].reverse();
  return [...r.slice(2), ...r.slice(0, 2)];
}

afterEach(() => {
  vi.restoreAllMocks();
});

// ---------------------------------------------------------------------------------------

describe("buildGraph", () => {
  it("builds nodes, edges and the documents attribute", () => {
    const x = sample();
    const graph = buildGraph(x);
    expect(graph.type).toBe("directed");
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(5);
    expect(graph.getAttribute("documents")).toEqual(x.documents);
    // Sorted, deterministic order.
    expect(graph.nodes()).toEqual([...graph.nodes()].sort());
    expect(graph.edges()).toEqual([
      "country:cn|retaliated|country:us",
      "country:us|criticized|country:cn",
      "country:us|imposed|country:cn",
      "measure:steel_tariffs|targets|country:cn",
      "person:zhong_shan|met|person:robert_lighthizer",
    ]);
  });

  it("sets exactly the documented node attributes (role only when present)", () => {
    const graph = buildGraph(sample());
    expect(Object.keys(graph.getNodeAttributes("person:zhong_shan"))).toEqual(["label", "type", "aliases", "mentions", "role", "x", "y", "size"]);
    expect(Object.keys(graph.getNodeAttributes("country:us"))).toEqual(["label", "type", "aliases", "mentions", "x", "y", "size"]);
    const cn = graph.getNodeAttributes("country:cn");
    expect(cn.label).toBe("China");
    expect(cn.type).toBe("country");
    expect(cn.aliases).toEqual(["Beijing"]);
    // Mentions sorted by document order, then offset.
    expect(cn.mentions.map((m) => m.doc)).toEqual(["a", "b"]);
    expect(cn.size).toBeCloseTo(4 + 2 * Math.sqrt(graph.degree("country:cn")), 3);
    expect(graph.getNodeAttribute("person:robert_lighthizer", "size")).toBeCloseTo(6, 3);
  });

  it("sets exactly the documented edge attributes (date only when present)", () => {
    const graph = buildGraph(sample());
    const imposed = graph.getEdgeAttributes("country:us|imposed|country:cn");
    expect(imposed).toEqual({ action: "imposed", verb: "imposed", evidence: [{ doc: "a", start: 0, end: TEXT_A.indexOf("\n"), date: "2018-03-01" }], date: "2018-03-01" });
    expect(Object.keys(graph.getEdgeAttributes("country:cn|retaliated|country:us"))).toEqual(["action", "verb", "evidence"]);
    expect(graph.source("country:us|imposed|country:cn")).toBe("country:us");
    expect(graph.target("country:us|imposed|country:cn")).toBe("country:cn");
  });

  it("does not share arrays with the extraction", () => {
    const x = sample();
    const graph = buildGraph(x);
    x.nodes[1].aliases.push("changed");
    expect(graph.getNodeAttribute("country:us", "aliases")).toEqual(["Washington", "US"]);
  });

  it("is given the extractor's output in graph order, and keeps that order", () => {
    const dir = path.join(ROOT, "tests/dev/articles");
    const docs = readdirSync(dir).map((f) => ({ id: f.replace(/\.txt$/, ""), path: f, text: readFileSync(path.join(dir, f), "utf8") }));
    const x = extract(docs);
    expect(x.edges.length).toBeGreaterThan(100);
    expect(inGraphOrder(x)).toEqual(x);
    const graph = buildGraph(x, { layout: false });
    expect(graph.nodes()).toEqual(x.nodes.map((n) => n.key));
    expect(graph.edges()).toEqual(x.edges.map((e) => `${e.source}|${e.action}|${e.target}`));
  });

  it("builds an empty graph from an empty extraction", () => {
    const graph = buildGraph({ documents: [], nodes: [], edges: [] });
    expect(graph.order).toBe(0);
    expect(fromJSON(toJSON(graph), "empty.json").order).toBe(0);
  });
});

describe("layout", () => {
  it("is deterministic, never uses Math.random, and rounds coordinates", () => {
    const random = vi.spyOn(Math, "random");
    const a = buildGraph(ring(60));
    const b = buildGraph(ring(60));
    expect(random).not.toHaveBeenCalled();
    expect(toJSON(a)).toBe(toJSON(b));
    a.forEachNode((_key, attr) => {
      for (const v of [attr.x, attr.y, attr.size]) {
        expect(Number.isFinite(v)).toBe(true);
        expect(Math.round(v * 1000) / 1000).toBe(v);
      }
    });
  });

  it("moves nodes away from their seeds and spreads them out", () => {
    const graph = buildGraph(ring(60));
    let moved = 0;
    graph.forEachNode((key, attr) => {
      const seed = seedPosition(key);
      if (seed.x !== attr.x || seed.y !== attr.y) moved++;
    });
    expect(moved).toBe(60);
    const positions = new Set(graph.mapNodes((_k, a) => `${a.x},${a.y}`));
    expect(positions.size).toBe(60);
  });

  it("is deterministic on a graph large enough for Barnes-Hut (over 500 nodes) too", () => {
    const a = buildGraph(ring(600));
    expect(toJSON(a)).toBe(toJSON(buildGraph(ring(600))));
    const positions = new Set(a.mapNodes((_k, attr) => `${attr.x},${attr.y}`));
    expect(positions.size).toBe(600);
    a.forEachNode((_key, attr) => expect(Number.isFinite(attr.x) && Number.isFinite(attr.y)).toBe(true));
  });

  it("can be skipped (seed positions)", () => {
    const graph = buildGraph(sample(), { layout: false });
    expect(graph.getNodeAttribute("country:us", "x")).toBe(seedPosition("country:us").x);
  });
});

describe("graph.json", () => {
  it("round-trips through toJSON / fromJSON", () => {
    const graph = buildGraph(sample());
    const text = toJSON(graph);
    expect(text.endsWith("}\n")).toBe(true);
    const back = fromJSON(text, "graph.json");
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getAttribute("documents")).toEqual(graph.getAttribute("documents"));
    graph.forEachNode((key, attr) => expect(back.getNodeAttributes(key)).toEqual(attr));
    graph.forEachEdge((key, attr, source, target) => {
      expect(back.getEdgeAttributes(key)).toEqual(attr);
      expect([back.source(key), back.target(key)]).toEqual([source, target]);
    });
    expect(toJSON(back)).toBe(text);
  });

  it("is the graphology export format with a fixed key order", () => {
    const data = JSON.parse(toJSON(buildGraph(sample())));
    expect(Object.keys(data)).toEqual(["options", "attributes", "nodes", "edges"]);
    expect(Object.keys(data.nodes[0])).toEqual(["key", "attributes"]);
    expect(Object.keys(data.edges[0])).toEqual(["key", "source", "target", "attributes"]);
    expect(Object.keys(data.attributes.documents[0])).toEqual(["id", "title", "date", "path", "text"]);
    // Plain graphology can load it: Graph.from honours the serialized options (multi).
    const imported = Graph.from(data);
    expect(imported.multi).toBe(true);
    expect([imported.order, imported.size]).toEqual([5, 5]);
  });

  it("is byte-identical whatever the order of the extraction's nodes, edges and spans, once in graph order", () => {
    const x = sample();
    const y = { ...x, nodes: shuffled(x.nodes).map((n) => ({ ...n, mentions: shuffled([...n.mentions, ...n.mentions]) })), edges: shuffled(x.edges) };
    expect(toJSON(buildGraph(inGraphOrder(y)))).toBe(toJSON(buildGraph(x)));
    expect(toGEXF(buildGraph(inGraphOrder(y)))).toBe(toGEXF(buildGraph(x)));
  });

  it("names the file and the problem when reading a bad graph.json", () => {
    const good = JSON.parse(toJSON(buildGraph(sample())));
    // A graph.json taken apart: any shape, on purpose.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const variant = (change: (d: any) => void): string => {
      const d = structuredClone(good);
      change(d);
      return JSON.stringify(d);
    };
    expect(() => fromJSON("{ nope", "out/graph.json")).toThrow(/^out\/graph\.json: not valid JSON/);
    expect(() => fromJSON("[]", "g.json")).toThrow(/^g\.json: expected a JSON object/);
    expect(() =>
      fromJSON(
        variant((d) => delete d.attributes.documents),
        "g.json",
      ),
    ).toThrow(/^g\.json: attributes\.documents: expected an array, got nothing/);
    expect(() =>
      fromJSON(
        variant((d) => (d.nodes[1].attributes.type = "city")),
        "g.json",
      ),
    ).toThrow(/^g\.json: nodes\[1\] \("country:us"\)\.attributes\.type: expected one of person, country.*got "city"/);
    expect(() =>
      fromJSON(
        variant((d) => (d.nodes[0].attributes.x = "1")),
        "g.json",
      ),
    ).toThrow(/nodes\[0\].*\.attributes\.x: expected a finite number, got "1"/);
    expect(() =>
      fromJSON(
        variant((d) => (d.edges[0].target = "country:mars")),
        "g.json",
      ),
    ).toThrow(/edges\[0\].*\.target: unknown node "country:mars"/);
    expect(() =>
      fromJSON(
        variant((d) => (d.edges[0].attributes.action = "bombed")),
        "g.json",
      ),
    ).toThrow(/\.attributes\.action: expected one of imposed/);
    expect(() =>
      fromJSON(
        variant((d) => (d.edges[0].attributes.evidence[0].end = 10_000)),
        "g.json",
      ),
    ).toThrow(/evidence\[0\]: span .* is outside document "a"/);
    expect(() =>
      fromJSON(
        variant((d) => d.nodes.push(d.nodes[0])),
        "g.json",
      ),
    ).toThrow(/duplicate node key/);
  });
});

// ---------------------------------------------------------------------------------------

describe("GEXF", () => {
  const graph: NewsGraph = buildGraph(sample());
  const gexf = toGEXF(graph);

  it("is valid GEXF 1.3", async () => {
    const result = await validateGEXF(gexf);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("is valid for the bigger layout graph and for an empty graph", async () => {
    expect((await validateGEXF(toGEXF(buildGraph(ring(60))))).valid).toBe(true);
    expect((await validateGEXF(toGEXF(buildGraph({ documents: [], nodes: [], edges: [] })))).valid).toBe(true);
  });

  it("fails validation when the file is broken (the check can fail)", async () => {
    const noSource = gexf.replace(/ source="[^"]*"/, "");
    const badMeta = gexf.replace("<meta>", "<meta><documents>2</documents>");
    const badColor = gexf.replace(/<viz:size value="[^"]*"\/>/, '<viz:size value="-3"/>');
    for (const broken of [noSource, badMeta, badColor]) {
      expect(broken).not.toBe(gexf);
      const result = await validateGEXF(broken);
      expect(result.valid).toBe(false);
      expect(result.errors.length).toBeGreaterThan(0);
    }
  });

  it("parses back with graphology-gexf with the same nodes, edges and attributes", () => {
    const back = parse(Graph, gexf);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.nodes().sort()).toEqual(graph.nodes().sort());
    expect(back.edges().sort()).toEqual(graph.edges().sort());
    const us = back.getNodeAttributes("country:us");
    expect(us.label).toBe("United States");
    expect(us.type).toBe("country");
    expect(us.aliases).toBe("Washington; US");
    expect(us.color).toBe(TYPE_COLORS.country);
    expect(us.x).toBe(graph.getNodeAttribute("country:us", "x"));
    expect(JSON.parse(us.mentions)).toEqual(graph.getNodeAttribute("country:us", "mentions"));
    expect(back.getNodeAttribute("person:zhong_shan", "role")).toBe("Trade Minister");
    const imposed = back.getEdgeAttributes("country:us|imposed|country:cn");
    expect(imposed.label).toBe("imposed");
    expect(imposed.family).toBe("hostile");
    expect(imposed.color).toBe(FAMILY_COLORS.hostile);
    expect(JSON.parse(imposed.evidence)).toEqual(graph.getEdgeAttribute("country:us|imposed|country:cn", "evidence"));
    expect(imposed.evidenceText).toBe(`[a, 2018-03-01] ${TEXT_A.split("\n")[0]}`);
    // XML special characters survive.
    expect(back.getEdgeAttribute("person:zhong_shan|met|person:robert_lighthizer", "evidenceText")).toBe(`[b] ${TEXT_B}`);
    expect(back.getAttribute("description")).toMatch(/2 documents/);
    expect(gexf).not.toContain("<documents");
  });

  it("drops characters XML cannot carry", async () => {
    const x = sample();
    x.nodes.find((n) => n.key === "person:zhong_shan")!.label = "Zhong\u0001 Shan\uFFFF";
    const xml = toGEXF(buildGraph(x));
    expect((await validateGEXF(xml)).valid).toBe(true);
    expect(parse(Graph, xml).getNodeAttribute("person:zhong_shan", "label")).toBe("Zhong Shan");
  });
});

describe("palette", () => {
  it("has one distinct hex colour per node type and per action family", () => {
    expect(Object.keys(TYPE_COLORS).sort()).toEqual([...NODE_TYPES].sort());
    expect(Object.keys(FAMILY_COLORS).sort()).toEqual(Object.keys(ACTION_FAMILIES).sort());
    const all = [...Object.values(TYPE_COLORS), ...Object.values(FAMILY_COLORS)];
    for (const c of all) expect(c).toMatch(/^#[0-9A-F]{6}$/);
    expect(new Set(all).size).toBe(all.length);
  });
});
