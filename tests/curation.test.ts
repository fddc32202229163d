// Curation (src/graph/curation): each operation on a small graph, merge's re-pointing, stale
// operations found again or reported, and the file reader's refusals.
import { describe, expect, it } from "vitest";
import { inGraphOrder, type Extraction } from "../src/extract/types.ts";
import { buildGraph, toGEXF, toJSON } from "../src/graph/index.ts";
import { curate, makeOperation, readCuration, staleMessage, writeCuration, type Operation } from "../src/graph/curation/index.ts";

const TEXT = "Seoul court ordered Japan firms to pay. The Supreme Court of Korea upheld it. Japan criticized South Korea.";
const at = (needle: string) => {
  const start = TEXT.indexOf(needle);
  if (start < 0) throw new Error(`fixture: "${needle}" not found`);
  return { doc: "d1", start, end: start + needle.length };
};
const S1 = at("Seoul court ordered Japan firms to pay.");
const S2 = at("The Supreme Court of Korea upheld it.");
const S3 = at("Japan criticized South Korea.");

/** In graph order, as the extractor gives its own. */
function sample(): Extraction {
  return inGraphOrder({
    documents: [{ id: "d1", title: "t", date: "2019-01-01", path: "d1.txt", text: TEXT }],
    nodes: [
      { key: "court", label: "Seoul court", type: "organization", aliases: [], mentions: [at("Seoul court")] },
      { key: "supreme-court", label: "Supreme Court of Korea", type: "organization", aliases: ["Supreme Court"], mentions: [at("Supreme Court of Korea")] },
      { key: "japan", label: "japan", type: "country", aliases: [], mentions: [at("Japan")] },
      { key: "south-korea", label: "South Korea", type: "country", aliases: [], mentions: [at("South Korea")] },
      { key: "firms", label: "Japan firms", type: "person", aliases: [], mentions: [at("Japan firms")] },
    ],
    edges: [
      { source: "court", target: "firms", action: "ordered", verb: "ordered", evidence: [S1], date: "2019-01-01" },
      { source: "supreme-court", target: "firms", action: "ordered", verb: "upheld", evidence: [S2] },
      { source: "court", target: "supreme-court", action: "part_of", verb: "", evidence: [S2] },
      { source: "south-korea", target: "japan", action: "criticized", verb: "criticized", evidence: [S3] },
    ],
  });
}

const base = () => buildGraph(sample(), { layout: false });
const run = (ops: Operation[]) => curate(base(), ops);

describe("curation operations", () => {
  it("merge keeps aliases and mentions, re-points edges, joins them by (source, action, target) and drops the self-loop it makes", () => {
    const g0 = base();
    const { graph, stale } = curate(g0, [makeOperation.merge(g0, "court", "supreme-court")]);
    expect(stale).toEqual([]);
    expect(graph.hasNode("court")).toBe(false);
    const a = graph.getNodeAttributes("supreme-court");
    expect(a.aliases).toEqual(["Supreme Court", "Seoul court"]);
    expect(a.mentions).toEqual([at("Seoul court"), at("Supreme Court of Korea")]);
    expect(a.curated).toBe("edited");
    // Two "ordered" edges to the firms became one, with both sentences and the earliest date.
    const e = graph.getEdgeAttributes("supreme-court|ordered|firms");
    expect(e.evidence).toEqual([S1, S2]);
    expect(e.date).toBe("2019-01-01");
    expect(e.curated).toBe("edited");
    // court -part_of-> supreme-court would be a self-loop.
    expect(graph.edges().sort()).toEqual(["south-korea|criticized|japan", "supreme-court|ordered|firms"]);
    expect(graph.getNodeAttribute("supreme-court", "size")).toBe(graph.getNodeAttribute("firms", "size"));
    // The base graph is untouched.
    expect(g0.hasNode("court")).toBe(true);
    expect(g0.getNodeAttribute("supreme-court", "aliases")).toEqual(["Supreme Court"]);
  });

  it("rename changes the label, keeps the key and the old name as an alias", () => {
    const { graph } = run([{ op: "rename", node: "japan", label: "Japan" }]);
    expect(graph.getNodeAttributes("japan")).toMatchObject({ label: "Japan", aliases: ["japan"], curated: "edited" });
  });

  it("retype changes the type", () => {
    const { graph } = run([{ op: "retype", node: "firms", type: "organization" }]);
    expect(graph.getNodeAttributes("firms")).toMatchObject({ type: "organization", curated: "edited" });
  });

  it("deleteNode drops the node and its edges", () => {
    const { graph } = run([{ op: "deleteNode", node: "firms" }]);
    expect(graph.hasNode("firms")).toBe(false);
    expect(graph.edges()).toEqual(["court|part_of|supreme-court", "south-korea|criticized|japan"]);
  });

  it("deleteEdge drops one edge", () => {
    const { graph } = run([{ op: "deleteEdge", edge: "court|part_of|supreme-court" }]);
    expect(graph.hasEdge("court|part_of|supreme-court")).toBe(false);
    expect(graph.size).toBe(3);
  });

  it("setAction moves the edge to its new key, joining an edge already there", () => {
    const { graph } = run([{ op: "setAction", edge: "court|part_of|supreme-court", action: "met" }]);
    expect(graph.hasEdge("court|part_of|supreme-court")).toBe(false);
    expect(graph.getEdgeAttributes("court|met|supreme-court")).toMatchObject({ action: "met", curated: "edited", evidence: [S2] });
  });

  it("reverseEdge swaps source and target", () => {
    const { graph } = run([{ op: "reverseEdge", edge: "south-korea|criticized|japan" }]);
    expect(graph.source("japan|criticized|south-korea")).toBe("japan");
    expect(graph.hasEdge("south-korea|criticized|japan")).toBe(false);
  });

  it("markChecked flags the edge, and the flag follows it when it moves", () => {
    const { graph } = run([
      { op: "markChecked", edge: "south-korea|criticized|japan" },
      { op: "reverseEdge", edge: "south-korea|criticized|japan" },
    ]);
    expect(graph.getEdgeAttributes("japan|criticized|south-korea")).toMatchObject({ checked: true, curated: "edited" });
  });

  it("addEdge adds an edge with the sentence as evidence, or joins the one there", () => {
    const { graph, stale } = run([
      { op: "addEdge", source: "japan", action: "criticized", target: "south-korea", evidence: [S3] },
      { op: "addEdge", source: "south-korea", action: "criticized", target: "japan", evidence: [S1] },
    ]);
    expect(stale).toEqual([]);
    expect(graph.getEdgeAttributes("japan|criticized|south-korea")).toEqual({ action: "criticized", verb: "", evidence: [S3], curated: "added" });
    expect(graph.getEdgeAttributes("south-korea|criticized|japan").evidence).toEqual([S1, S3]);
  });

  it("an operation that no longer applies is reported by name, and the others still apply", () => {
    const { graph, stale } = run([
      { op: "deleteNode", node: "nowhere" },
      { op: "rename", node: "japan", label: "Japan" },
      { op: "addEdge", source: "japan", action: "met", target: "firms", evidence: [{ doc: "d9", start: 0, end: 3 }] },
      { op: "merge", node: "japan", into: "japan" },
    ]);
    expect(stale.map((s) => [s.index, staleMessage(s)])).toEqual([
      [0, 'delete node "nowhere": no node "nowhere"'],
      [2, 'add edge "japan|met|firms": no document "d9"'],
      [3, 'merge "japan" into "japan": "japan" is the node it would be merged into'],
    ]);
    expect(graph.getNodeAttribute("japan", "label")).toBe("Japan");
  });

  it("a node whose key changed is found again by the label and type it had", () => {
    const op: Operation = { op: "deleteEdge", edge: "seoul-court|part_of|supreme-court", was: { source: { label: "Seoul court", type: "organization" } } };
    const { graph, stale } = run([op, { op: "retype", node: "old-key", type: "organization", was: { node: { label: "Japan firms", type: "person" } } }]);
    expect(stale).toEqual([]);
    expect(graph.hasEdge("court|part_of|supreme-court")).toBe(false);
    expect(graph.getNodeAttribute("firms", "type")).toBe("organization");
  });

  it("curated flags are written to graph.json and GEXF; an uncurated graph is written as before", () => {
    const { graph } = run([
      { op: "markChecked", edge: "south-korea|criticized|japan" },
      { op: "retype", node: "firms", type: "organization" },
    ]);
    const json = JSON.parse(toJSON(graph));
    expect(json.edges.find((e: { key: string }) => e.key === "south-korea|criticized|japan").attributes).toMatchObject({ checked: true });
    expect(json.nodes.find((n: { key: string }) => n.key === "firms").attributes.curated).toBe("edited");
    const gexf = toGEXF(graph);
    expect(gexf).toMatch(/<attvalue for="[^"]+" value="edited"\/>/);
    expect(toJSON(base())).not.toContain("curated");
  });
});

describe("the curation file", () => {
  const documents = sample().documents;
  const file = (operations: unknown) => JSON.stringify({ curation: 1, operations });

  it("is written and read back the same", () => {
    const g = base();
    const ops = [
      makeOperation.merge(g, "court", "supreme-court"),
      makeOperation.addEdge(g, "japan", "criticized", "south-korea", [S3]),
      makeOperation.setAction(g, "south-korea|criticized|japan", "met"),
    ];
    const text = writeCuration(ops);
    const read = readCuration(text, "c.json", documents);
    expect(read).toEqual({ operations: ops });
    expect(writeCuration((read as { operations: Operation[] }).operations)).toBe(text);
  });

  it.each([
    ["{ not json", /^c\.json: not valid JSON/],
    [JSON.stringify({ operations: [] }), /^c\.json: expected a curation file/],
    [file([{ op: "explode", node: "x" }]), /^c\.json: operations\[0\]\.op: unknown operation "explode"/],
    [
      file([
        { op: "deleteNode", node: "x" },
        { op: "retype", node: "x", type: "city" },
      ]),
      /^c\.json: operations\[1\] \(retype\)\.type: unknown type "city"/,
    ],
    [file([{ op: "setAction", edge: "a|met|b", action: "hugged" }]), /^c\.json: operations\[0\] \(setAction\)\.action: unknown action "hugged"/],
    [
      file([{ op: "addEdge", source: "a", action: "met", target: "b", evidence: [{ doc: "d2", start: 0, end: 5 }] }]),
      /^c\.json: operations\[0\] \(addEdge\)\.evidence\[0\]\.doc: unknown document "d2"/,
    ],
    [
      file([{ op: "addEdge", source: "a", action: "met", target: "b", evidence: [{ doc: "d1", start: 0, end: 5000 }] }]),
      /^c\.json: operations\[0\] \(addEdge\)\.evidence\[0\]: offsets 0\.\.5000 are outside document "d1"/,
    ],
    [file([{ op: "merge", node: "a" }]), /^c\.json: operations\[0\] \(merge\)\.into: expected a non-empty string, got nothing/],
  ])("refuses %s naming the file and the entry", (text, message) => {
    const read = readCuration(text, "c.json", documents);
    expect("error" in read && read.error).toMatch(message);
  });
});

describe("curation flags read back", () => {
  it("graph.json keeps valid flags and drops others with a warning", async () => {
    const { loadGraphJSON } = await import("../src/graph/formats/json/load.ts");
    const { graph } = run([
      { op: "markChecked", edge: "south-korea|criticized|japan" },
      { op: "retype", node: "firms", type: "organization" },
    ]);
    const back = loadGraphJSON(toJSON(graph), "g.json");
    if ("error" in back) throw new Error(back.error);
    expect(back.warnings).toEqual([]);
    expect(back.graph.getNodeAttribute("firms", "curated")).toBe("edited");
    expect(back.graph.getEdgeAttribute("south-korea|criticized|japan", "checked")).toBe(true);
    const data = JSON.parse(toJSON(graph));
    data.nodes[0].attributes.curated = { html: "<b>" };
    data.edges[0].attributes.checked = "yes";
    const repaired = loadGraphJSON(JSON.stringify(data), "g.json");
    if ("error" in repaired) throw new Error(repaired.error);
    expect(repaired.warnings).toEqual([
      `g.json: nodes[0] ("${data.nodes[0].key}").attributes.curated: expected "added" or "edited", got an object: flag dropped`,
      `g.json: edges[0] ("${data.edges[0].key}").attributes.checked: expected true, got "yes": flag dropped`,
    ]);
    expect(repaired.graph.getNodeAttributes(data.nodes[0].key)).not.toHaveProperty("curated");
  });
});
