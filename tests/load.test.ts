// Graph files that fight back: src/graph/load on this project's graph.json and on GEXF from
// Gephi and other tools, good and bad (fixtures in tests/fixtures/graphs).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type Graph from "graphology";
import { describe, expect, it } from "vitest";
import { extract } from "../src/extract/index.ts";
import { buildGraph, loadGraphFile, MAX_LABEL_LENGTH, toGEXF, toJSON, type LoadedGraphFile, type NewsGraph } from "../src/graph/index.ts";
import { ROOT } from "./cli-run.ts";

const GRAPHS = path.join(ROOT, "tests/fixtures/graphs");

const load = (name: string, content?: string | Uint8Array): LoadedGraphFile => loadGraphFile(name, content ?? readFileSync(path.join(GRAPHS, name)));
function loaded(result: LoadedGraphFile): { graph: Graph; warnings: string[] } {
  if ("error" in result) throw new Error(`expected a graph, got the error: ${result.error}`);
  return result;
}
const errorOf = (result: LoadedGraphFile): string => ("error" in result ? result.error : `no error (${result.graph.order} nodes)`);

/** A real graph of this project: the fixture articles, extracted and laid out. */
function projectGraph(): NewsGraph {
  const dir = path.join(ROOT, "tests/fixtures/articles");
  const docs = readdirSync(dir).map((f) => ({ id: f.replace(/\.txt$/, ""), path: f, text: readFileSync(path.join(dir, f), "utf8") }));
  return buildGraph(extract(docs));
}

describe("loading this project's graph.json", () => {
  it("loads what the extractor writes, unchanged and without warnings", () => {
    const graph = projectGraph();
    const text = toJSON(graph);
    const { graph: back, warnings } = loaded(load("graph.json", text));
    expect(warnings).toEqual([]);
    expect(toJSON(back as NewsGraph)).toBe(text);
  });

  it("repairs what can be repaired, with a warning naming the file, the place and the fix, and keeps unknown attributes", () => {
    const { graph, warnings } = loaded(load("repairs.json"));
    expect(warnings).toEqual([
      'repairs.json: attributes.documents[1].id: duplicate document id "a": kept the first',
      "repairs.json: attributes.documents[2].id: expected a string, got number 7: document dropped",
      'repairs.json: nodes[0] ("japan").attributes.mentions[1].doc: unknown document "zzz": span dropped',
      'repairs.json: nodes[0] ("japan").attributes.mentions[2]: span 70..9000 is outside document "a" (length 76): span dropped',
      'repairs.json: nodes[1] ("south-korea").attributes.aliases[1]: expected a string, got number 42: alias dropped',
      'repairs.json: nodes[1] ("south-korea").attributes.x: expected a finite number, got "left": placed by its key',
      'repairs.json: nodes[1] ("south-korea").attributes.y: expected a finite number, got null: placed by its key',
      'repairs.json: nodes[2] ("japan").key: duplicate node key: kept the first',
      'repairs.json: nodes[3] ("wto").attributes.label: expected a string, got null: the key is shown instead',
      'repairs.json: nodes[3] ("wto").attributes.mentions: expected an array, got "not a list": taken as empty',
      "repairs.json: nodes[4]: expected {key, attributes} with a string key, got nothing: node dropped",
      'repairs.json: edges[0] ("japan|imposed|south-korea").attributes.evidence[0].date: expected a string, got number 2019: date dropped',
      'repairs.json: edges[1] ("japan|imposed|south-korea").key: duplicate edge key: kept the first',
      'repairs.json: edges[2] ("south-korea|filed|mars").target: unknown node "mars": edge dropped',
      'repairs.json: edges[3] ("south-korea|filed|wto").attributes.verb: expected a string, got null: taken as empty',
    ]);
    expect(graph.nodes()).toEqual(["japan", "south-korea", "wto"]);
    expect(graph.edges()).toEqual(["japan|imposed|south-korea", "south-korea|filed|wto"]);
    expect(graph.getAttribute("curator")).toBe("kept: unknown graph attribute");
    expect(graph.getAttribute("documents")).toHaveLength(1);
    expect(graph.getNodeAttributes("japan")).toMatchObject({ label: "Japan", colour: "kept: unknown node attribute", mentions: [{ doc: "a", start: 0, end: 5 }] });
    expect(graph.getNodeAttribute("south-korea", "aliases")).toEqual(["Seoul"]);
    expect(Number.isFinite(graph.getNodeAttribute("south-korea", "x"))).toBe(true);
    expect(graph.getEdgeAttributes("japan|imposed|south-korea")).toEqual({ action: "imposed", verb: "imposed", evidence: [{ doc: "a", start: 0, end: 45 }], date: "2019-07", confidence: 0.9 });
    // The repaired graph is a valid graph.json again.
    expect(loaded(load("again.json", toJSON(graph as NewsGraph))).warnings).toEqual([]);
  });

  it("gives keys that every JavaScript object has (constructor, __proto__) another key, so that edges to them work", () => {
    const node = (key: string) => ({ key, attributes: { label: key.toUpperCase(), type: "country", aliases: [], mentions: [], x: 0, y: 0, size: 1 } });
    const edge = (source: string, target: string) => ({ key: `${source}|imposed|${target}`, source, target, attributes: { action: "imposed", verb: "", evidence: [] } });
    const json = JSON.stringify({
      attributes: { documents: [] },
      nodes: ["japan", "constructor", "__proto__", "constructor'"].map(node),
      edges: [edge("japan", "constructor"), edge("japan", "__proto__"), edge("constructor", "constructor'")],
    });
    const { graph, warnings } = loaded(load("keys.json", json));
    const renamed = (i: number, key: string, to: string) =>
      `keys.json: nodes[${i}] ("${key}").key: a name every JavaScript object has as a member, which graphology cannot take as a node key: renamed "${to}"`;
    expect(warnings).toEqual([renamed(1, "constructor", "constructor''"), renamed(2, "__proto__", "__proto__'")]);
    expect(graph.nodes()).toEqual(["japan", "constructor''", "__proto__'", "constructor'"]);
    expect(graph.getNodeAttribute("constructor''", "label")).toBe("CONSTRUCTOR");
    expect(graph.mapEdges((_key, _a, source, target) => `${source} -> ${target}`)).toEqual(["japan -> constructor''", "japan -> __proto__'", "constructor'' -> constructor'"]);
    expect(graph.neighbors("japan")).toEqual(["constructor''", "__proto__'"]);
    expect(Object.hasOwn(Object, "previous") || Object.hasOwn(Object.prototype, "previous")).toBe(false);
  });

  it("refuses what cannot be repaired, naming the file and the problem", () => {
    expect(errorOf(load("truncated.json"))).toMatch(/^truncated\.json: not valid JSON \(.+\)$/);
    expect(errorOf(load("unknown-type.json"))).toMatch(/^unknown-type\.json: nodes\[0\] \("paris"\)\.attributes\.type: expected one of person, .*, got "city"$/);
    expect(errorOf(load("g.json", "[1, 2]"))).toBe('g.json: expected a JSON object with "attributes", "nodes" and "edges", got an array');
    expect(errorOf(load("g.json", '{"attributes": {}, "nodes": [], "edges": []}'))).toBe("g.json: attributes.documents: expected an array, got nothing");
    expect(errorOf(load("g.json", '{"options": {"type": "undirected"}, "attributes": {"documents": []}, "nodes": [], "edges": []}'))).toBe(
      'g.json: options.type: expected "directed", got "undirected"',
    );
    const badAction =
      '{"attributes": {"documents": []}, "nodes": [{"key": "a", "attributes": {"label": "A", "type": "country", "aliases": [], "mentions": [], "x": 0, "y": 0, "size": 1}}], "edges": [{"key": "e", "source": "a", "target": "a", "attributes": {"action": "bombed", "verb": "", "evidence": []}}]}';
    expect(errorOf(load("g.json", badAction))).toMatch(/^g\.json: edges\[0\] \("e"\)\.attributes\.action: expected one of imposed, .*, got "bombed"$/);
  });

  it("opens graphology JSON of another tool (no articles: its attributes as they are), undirected or not", () => {
    const foreign = '{"options": {"type": "undirected"}, "attributes": {}, "nodes": [{"key": "a", "attributes": {"label": "A", "size": 30}}, {"key": "b"}], "edges": [{"source": "a", "target": "b"}]}';
    const result = load("other.json", foreign);
    expect(result).toMatchObject({ format: "json", foreign: true, warnings: [] });
    const { graph } = loaded(result);
    expect([graph.type, graph.order, graph.size]).toEqual(["undirected", 2, 1]);
    expect(graph.getNodeAttributes("a")).toMatchObject({ label: "A", size: 30 });
    expect(graph.getNodeAttributes("b")).toMatchObject({ label: "b" });
  });
});

describe("loading GEXF", () => {
  it("loads a Gephi export: typed attributes, defaults, viz colour, size, position, shape, parallel undirected edges", () => {
    const { graph, warnings } = loaded(load("gephi.gexf"));
    expect(warnings).toEqual([]);
    expect([graph.type, graph.multi, graph.order, graph.size]).toEqual(["undirected", true, 3, 3]);
    expect(graph.getAttributes()).toMatchObject({ creator: "Gephi 0.10.1", description: "Trade disputes, hand-edited", lastModifiedDate: "2024-03-01" });
    expect(graph.getNodeAttributes("jp")).toEqual({
      // graphology-gexf keys attributes by id, by title only where ids are numbers (as Gephi's old exports).
      label: "Japan",
      modularity_class: 0,
      gdp: 4231.1,
      g20: true,
      capitals: ["Tokyo"],
      founded: "1947-05-03",
      note: "none",
      color: "rgb(230,25,75)",
      size: 24.5,
      x: -120.5,
      y: 40.25,
      z: 0,
    });
    expect(graph.getNodeAttributes("kr")).toMatchObject({ note: "Café & <trade>", color: "rgba(60,180,75,0.8)" });
    expect(graph.getNodeAttributes("wto")).toMatchObject({ color: "#4363d8", shape: "square", size: 10 });
    expect(graph.getEdgeAttributes("0")).toEqual({ label: "export controls", weight: 3, topic: "semiconductors", color: "rgb(128,128,128)", thickness: 2 });
  });

  it("loads a dynamic GEXF, keeping each node's and edge's times and its static and dynamic attributes", () => {
    const { graph, warnings } = loaded(load("dynamic.gexf"));
    expect(warnings).toEqual([]);
    expect(graph.getAttributes()).toMatchObject({ mode: "dynamic", timeformat: "date" });
    expect(graph.getNodeAttributes("us")).toMatchObject({ label: "United States", kind: "country", tariff: 25, spells: [{ start: "2018-01-01" }] });
    expect(graph.getNodeAttributes("cn")).toMatchObject({ kind: "country", spells: [{ start: "2018-01-01", end: "2018-06-30" }, { start: "2019-01-01" }] });
    expect(graph.getEdgeAttributes("e1")).toMatchObject({ label: "imposed", spells: [{ start: "2018-03-01", end: "2019-12-31" }] });
    expect(graph.getEdgeAttributes("e2").spells).toEqual([{ start: "2018-04-02", end: "2018-04-03" }]);
  });

  it("lays out a GEXF without viz data, the same on every load, with labels and stable edge keys", () => {
    const a = loaded(load("no-viz.gexf"));
    const b = loaded(load("no-viz.gexf"));
    expect(a.warnings).toEqual([]);
    expect(a.graph.edges()).toEqual(["e0", "e1", "e2", "e3"]);
    expect(a.graph.getNodeAttribute("c", "label")).toBe("c");
    a.graph.forEachNode((key, attr) => {
      expect(Number.isFinite(attr.x) && Number.isFinite(attr.y) && attr.size > 0).toBe(true);
      expect(b.graph.getNodeAttributes(key)).toEqual(attr);
    });
    expect(new Set(a.graph.mapNodes((_k, attr) => `${attr.x},${attr.y}`)).size).toBe(4);
  });

  it("loads the GEXF this project writes", () => {
    const graph = projectGraph();
    const { graph: back, warnings } = loaded(load("graph.gexf", toGEXF(graph)));
    expect(warnings).toEqual([]);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((key, attr) => expect(back.getNodeAttributes(key)).toMatchObject({ label: attr.label, type: attr.type, x: attr.x, y: attr.y, size: attr.size }));
  });

  it("repairs duplicate ids, edges to missing nodes and undeclared attributes, with a warning each", () => {
    const { graph, warnings } = loaded(load("repairs.gexf"));
    expect(warnings).toEqual([
      'repairs.gexf: node "jp": duplicate node id: kept the first',
      "repairs.gexf: node #4: has no id: node dropped",
      'repairs.gexf: edge "e1" (kr -> jp): duplicate edge id: kept the first',
      'repairs.gexf: edge "e2" (kr -> nowhere): unknown node "nowhere": edge dropped',
      'repairs.gexf: edge "e3" (ghost -> jp): unknown node "ghost": edge dropped',
      'repairs.gexf: edge "e4" (? -> jp): has no source or target: edge dropped',
      'repairs.gexf: node "kr": <attvalue> without for=: value dropped',
      'repairs.gexf: node attribute "population": not declared in <attributes class="node"> (2 values): kept as text',
    ]);
    expect(graph.nodes()).toEqual(["jp", "kr"]);
    expect(graph.getNodeAttributes("jp")).toMatchObject({ label: "Japan", type: "country", population: "125000000" });
    expect(graph.edges()).toEqual(["e1"]);
    expect(graph.getEdgeAttribute("e1", "label")).toBe("imposed");
  });

  it("refuses a DTD that declares entities, or any internal subset, before parsing (their expansion crashed the tab)", () => {
    const refused = "refused: a DOCTYPE with an internal subset or an <!ENTITY> declaration (GEXF needs neither, and entities can expand to gigabytes)";
    expect(errorOf(load("entity-expansion.gexf"))).toBe(`entity-expansion.gexf: ${refused}`);
    const bomb = readFileSync(path.join(GRAPHS, "entity-expansion.gexf"), "utf8").replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bomb, "utf16le")]);
    expect(errorOf(load("utf16.gexf", utf16))).toBe(`utf16.gexf: ${refused}`);
    const gexf = (doctype: string) => `<?xml version="1.0"?>${doctype}<gexf version="1.3"><graph><nodes><node id="a"/></nodes></graph></gexf>`;
    expect(errorOf(load("attlist.gexf", gexf('<!DOCTYPE gexf [<!ATTLIST node label CDATA "x">]>')))).toBe(`attlist.gexf: ${refused}`);
    expect(errorOf(load("quoted.gexf", gexf('<!DOCTYPE gexf SYSTEM "x>y" [<!ATTLIST node label CDATA "x">]>')))).toBe(`quoted.gexf: ${refused}`);
    // A DOCTYPE without an internal subset declares nothing: the file opens.
    expect(loaded(load("external.gexf", gexf('<!DOCTYPE gexf SYSTEM "gexf.dtd">'))).graph.nodes()).toEqual(["a"]);
  });

  it("opens ids and attribute names that every JavaScript object has (constructor, toString, __proto__)", () => {
    const { graph, warnings } = loaded(load("prototype-names.gexf"));
    const renamed = (id: string) => `prototype-names.gexf: node "${id}": a name every JavaScript object has as a member, which graphology cannot take as a node key: key "${id}'", the id as label`;
    expect(warnings).toEqual([
      renamed("constructor"),
      renamed("toString"),
      renamed("__proto__"),
      'prototype-names.gexf: node attribute "constructor": not declared in <attributes class="node"> (1 value): kept as text',
      'prototype-names.gexf: edge attribute "constructor": not declared in <attributes class="edge"> (1 value): kept as text',
    ]);
    expect(graph.nodes()).toEqual(["a", "constructor'", "toString'", "__proto__'"]);
    expect(graph.mapNodes((_key, a) => a.label)).toEqual(["Alpha", "constructor", "To string", "__proto__"]);
    expect(graph.getNodeAttributes("a")).toMatchObject({ constructor: "made here", toString: "none" });
    expect(graph.mapEdges((key, a, source, target) => [key, source, target])).toEqual([
      ["e1", "a", "constructor'"],
      ["e2", "a", "toString'"],
      ["e3", "toString'", "a"],
      ["e4", "constructor'", "__proto__'"],
    ]);
    expect(graph.getEdgeAttribute("e3", "constructor")).toBe("edge value");
    // What the explorer asks of a graph on hover and selection works, and Object is untouched.
    expect(graph.neighbors("a").sort()).toEqual(["constructor'", "toString'"]);
    expect(graph.edges("constructor'")).toEqual(["e1", "e4"]);
    expect(Object.hasOwn(Object, "previous") || Object.hasOwn(Object.prototype.toString, "previous")).toBe(false);
  });

  it("reads the root's <graph>, not one nested in <meta>", () => {
    const { graph, warnings } = loaded(load("graph-in-meta.gexf"));
    expect(warnings).toEqual([]);
    expect([graph.type, graph.nodes(), graph.edges()]).toEqual(["directed", ["jp", "kr"], ["e1"]]);
    expect(graph.getAttributes()).toMatchObject({ creator: "Example tool", lastModifiedDate: "2024-05-01" });
  });

  it("refuses what is not well-formed GEXF, naming the file and the problem", () => {
    expect(errorOf(load("broken.gexf"))).toBe("broken.gexf: not well-formed XML (6:12: unexpected close tag.)");
    expect(errorOf(load("not-gexf.xml"))).toBe("not-gexf.xml: not a GEXF file (the root element is <graphml>)");
    expect(errorOf(load("g.gexf", "<gexf version='1.3'><meta/></gexf>"))).toBe("g.gexf: not a GEXF file (no <graph> element)");
    expect(errorOf(load("g.gexf", ""))).toMatch(/^g\.gexf: not well-formed XML/);
  });
});

describe("loading any graph file", () => {
  it("tells the format from the extension, else from the content", () => {
    expect(load("graph.txt", readFileSync(path.join(GRAPHS, "gephi.gexf"), "utf8")).format).toBe("gexf");
    expect(load("export", toJSON(projectGraph())).format).toBe("json");
    expect(errorOf(load("notes.txt", "hello"))).toBe("notes.txt: not a graph file (expected this project's graph.json or a GEXF file)");
  });

  it("decodes bytes: UTF-8 with BOM, UTF-16, the encoding an XML declaration gives; refuses binary", () => {
    const gexf = readFileSync(path.join(GRAPHS, "gephi.gexf"), "utf8");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(gexf.replace("encoding='UTF-8'", "encoding='UTF-16'"), "utf16le")]);
    expect(loaded(load("utf16.gexf", utf16)).graph.getNodeAttribute("kr", "note")).toBe("Café & <trade>");
    const latin = Buffer.from(gexf.replace("encoding='UTF-8'", "encoding='ISO-8859-1'").replace("Caf&#233;", "Caf\u00e9"), "latin1");
    expect(loaded(load("latin.gexf", latin)).graph.getNodeAttribute("kr", "note")).toBe("Café & <trade>");
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(path.join(GRAPHS, "repairs.json"))]);
    expect(loaded(load("bom.json", bom)).graph.order).toBe(3);
    expect(errorOf(load("image.gexf", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0])))).toBe("image.gexf: binary content (NUL byte at offset 4)");
  });

  it("cuts huge labels with a warning and keeps huge attribute values", () => {
    const label = "L".repeat(5_000_000);
    const value = "v".repeat(20_000_000);
    const gexf = `<gexf version="1.3"><graph><attributes class="node"><attribute id="0" title="blob" type="string"/></attributes>
      <nodes><node id="n" label="${label}"><attvalues><attvalue for="0" value="${value}"/></attvalues></node></nodes></graph></gexf>`;
    const fromGexf = loaded(load("huge.gexf", gexf));
    expect(fromGexf.warnings).toEqual([`huge.gexf: node "n": label of 5,000,000 characters: cut to ${MAX_LABEL_LENGTH}`]);
    expect(fromGexf.graph.getNodeAttribute("n", "label")).toHaveLength(MAX_LABEL_LENGTH);
    expect(fromGexf.graph.getNodeAttribute("n", "blob")).toHaveLength(20_000_000);

    const json = JSON.parse(toJSON(projectGraph()));
    json.nodes[0].attributes.label = label;
    json.nodes[0].attributes.notes = value;
    const fromJson = loaded(load("huge.json", JSON.stringify(json)));
    expect(fromJson.warnings).toEqual([`huge.json: nodes[0] (${JSON.stringify(json.nodes[0].key)}).attributes.label: label of 5,000,000 characters: cut to ${MAX_LABEL_LENGTH}`]);
    expect(fromJson.graph.getNodeAttribute(json.nodes[0].key, "notes")).toHaveLength(20_000_000);
  });

  it("lists 20 warnings of a kind and counts the rest", () => {
    const edges = Array.from({ length: 100 }, (_, i) => `<edge id="x${i}" source="a" target="m${i}"/>`).join("");
    const { graph, warnings } = loaded(load("many.gexf", `<gexf><graph><nodes><node id="a"/></nodes><edges>${edges}</edges></graph></gexf>`));
    expect(graph.size).toBe(0);
    expect(warnings).toHaveLength(21);
    expect(warnings[20]).toBe("many.gexf: ... and 80 more (edge dropped)");
  });

  it("never throws and never returns a half-loaded graph, however the file is cut short", () => {
    for (const name of ["gephi.gexf", "dynamic.gexf", "repairs.gexf", "repairs.json"]) {
      const full = readFileSync(path.join(GRAPHS, name), "utf8");
      const complete = loaded(load(name, full)).graph;
      for (let end = 0; end < full.length; end += 37) {
        const result = load(name, full.slice(0, end));
        if ("error" in result) expect(result.error.startsWith(`${name}: `)).toBe(true);
        // XML cut inside the closing tags can still be whole: then it is the whole graph.
        else expect([result.graph.order, result.graph.size]).toEqual([complete.order, complete.size]);
      }
    }
  });
});
