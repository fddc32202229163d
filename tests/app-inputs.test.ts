// The pure parts of the explorer's inputs: document ids, merging added articles with a
// graph's documents, the worker's extraction (order of the files does not matter), graphs
// opened from GEXF made readable by the explorer, and what a drop is for.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type Graph from "graphology";
import { describe, expect, it } from "vitest";
import { dropIntent } from "../src/app/core/dropped-files.ts";
import { fromGEXFGraph, otherAttributes, restoreGraph } from "../src/app/core/file-graph.ts";
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES } from "../src/graph/types.ts";
import { mergeArticles } from "../src/app/extraction/merge-articles.ts";
import type { ArticleInput } from "../src/app/extraction/protocol.ts";
import { runExtraction } from "../src/app/extraction/run-extraction.ts";
import type { DocumentInfo } from "../src/extract/types.ts";
import { documentIds } from "../src/articles/document-ids.ts";
import { buildGraph, loadGraphFile, toGEXF } from "../src/graph/index.ts";
import { collectInputFiles, readInputFiles } from "../src/cli/read-inputs.ts";
import { ROOT, tempDir } from "./cli-run.ts";

const file = (relative: string): ArticleInput => ({ name: path.basename(relative), bytes: new Uint8Array(readFileSync(path.join(ROOT, "tests/fixtures", relative))) });
const doc = (id: string, text: string): DocumentInfo => ({ id, title: "", date: "", path: `${id}.txt`, text });

describe("documentIds", () => {
  it("never gives an id that is taken", () => {
    expect(documentIds(["a/x.txt", "b/x.md", "y.html"], ["x", "x-2"])).toEqual(["x-3", "x-4", "y"]);
    expect(documentIds(["x.txt"], [])).toEqual(["x"]);
  });
});

describe("mergeArticles", () => {
  const existing = [doc("us-china-tariffs", "Already here.")];
  const added = [
    file("articles/us-china-tariffs.txt"),
    file("inputs/files/analysis.md"),
    file("inputs/files/image.txt"),
    { name: "notes.pdf", bytes: new Uint8Array([1]) },
    { name: "pasted.txt", text: "Already here." },
  ];

  it("reads the added articles in name order, with ids beside the existing ones, and skips what the CLI skips", () => {
    const merged = mergeArticles(existing, added);
    expect(merged.documents.map((d) => [d.id, d.path])).toEqual([
      ["us-china-tariffs", "us-china-tariffs.txt"],
      ["analysis", "analysis.md"],
      ["us-china-tariffs-2", "us-china-tariffs.txt"],
    ]);
    expect(merged.added).toEqual(["analysis", "us-china-tariffs-2"]);
    expect(merged.documents[1].title).toBeTruthy(); // from the front matter
    expect(merged.skipped.map((s) => s.name)).toEqual(["image.txt", "notes.pdf", "pasted.txt"]);
    expect(merged.skipped[1].reason).toMatch(/^not an article file \(expected \.txt/);
    expect(merged.skipped[2].reason).toBe("duplicate of us-china-tariffs.txt (same text)");
    expect(mergeArticles(existing, [...added].reverse())).toEqual(merged);
  });
});

describe("one article reader for the CLI and the explorer", () => {
  it("gives the same documents and skips on both paths, whatever the encoding and the line ends", () => {
    const dir = tempDir();
    const text = "Peru imposes tariffs\n\nLIMA, May 4, 2019 - Peru imposed tariffs on Chilean wine.\nChile criticized the decision.\n";
    const utf16 = (s: string) => new Uint8Array([0xff, 0xfe, ...Array.from(s).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const files: Record<string, Uint8Array> = {
      "a-utf8.txt": new TextEncoder().encode(text),
      "b-utf16.txt": utf16(text),
      "c-crlf.txt": new TextEncoder().encode(text.replace(/\n/g, "\r\n")),
      "d-other.txt": new TextEncoder().encode("Chile imposed tariffs on Peruvian copper.\n"),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, name), bytes);
    const cli = readInputFiles(collectInputFiles([dir]).files);
    const browser = mergeArticles(
      [],
      Object.entries(files).map(([name, bytes]) => ({ name, bytes })),
    );
    const docs = (ds: { id: string; text: string }[]) => ds.map((d) => [d.id, d.text]);
    expect(docs(cli.documents)).toEqual([
      ["a-utf8", text],
      ["d-other", "Chile imposed tariffs on Peruvian copper.\n"],
    ]);
    expect(docs(browser.documents)).toEqual(docs(cli.documents));
    const reasons = (skipped: { reason: string }[]) => skipped.map((x) => x.reason.replace(/^duplicate of .*\//, "duplicate of "));
    expect(reasons(cli.skipped)).toEqual(["duplicate of a-utf8.txt (same text)", "duplicate of a-utf8.txt (same text)"]);
    expect(reasons(browser.skipped)).toEqual(reasons(cli.skipped));
  });
});

describe("runExtraction (the worker's job)", () => {
  it("gives the same graph.json whatever order the articles come in, and fails when none can be read", () => {
    const added = [file("articles/us-china-tariffs.txt"), file("articles/eu-japan-agreement.txt")];
    const a = runExtraction({ existing: [], added });
    const b = runExtraction({ existing: [], added: [...added].reverse() });
    expect(a.kind).toBe("done");
    expect(b).toEqual(a);
    const failed = runExtraction({ existing: [], added: [file("inputs/files/empty.txt")] });
    expect(failed).toEqual({ kind: "failed", message: "no article could be read (1 file skipped)", skipped: [{ name: "empty.txt", reason: "empty file" }] });
  });
});

describe("fromGEXFGraph", () => {
  const open = (name: string, content: string | Uint8Array) => {
    const result = loadGraphFile(name, content);
    if ("error" in result) throw new Error(result.error);
    return fromGEXFGraph(result.graph as Graph);
  };

  it("gives Gephi's nodes and edges the explorer's fields and keeps their own attributes", () => {
    const g = open("gephi.gexf", new Uint8Array(readFileSync(path.join(ROOT, "tests/fixtures/graphs/gephi.gexf"))));
    expect(g.getAttribute("documents")).toEqual([]);
    const jp = g.getNodeAttributes("jp");
    expect([jp.label, jp.type, jp.aliases, jp.mentions]).toEqual(["Japan", "", [], []]);
    expect(Object.fromEntries(otherAttributes(jp, NODE_ATTRIBUTES))).toMatchObject({ gdp: "4231.1", g20: "true", capitals: '["Tokyo"]', founded: "1947-05-03" });
    const edge = g.edges()[0];
    const attributes = g.getEdgeAttributes(edge) as unknown as Record<string, unknown>;
    // Its label is no action of the closed set: no action, the label kept as it was.
    expect([attributes.action, attributes.label]).toEqual(["", expect.any(String)]);
    expect(g.getEdgeAttribute(edge, "evidence")).toEqual([]);
    expect(otherAttributes(g.getEdgeAttributes(edge), EDGE_ATTRIBUTES).map(([k]) => k)).toContain("topic");
  });

  it("reads back this project's GEXF: types and actions as they were, aliases split, spans set aside", () => {
    const original = buildGraph({
      documents: [{ id: "d", title: "", date: "", path: "d.txt", text: "Japan met Korea." }],
      nodes: [
        { key: "japan", label: "Japan", type: "country", aliases: ["Tokyo", "Nippon"], mentions: [{ doc: "d", start: 0, end: 5 }] },
        { key: "korea", label: "Korea", type: "country", aliases: [], mentions: [{ doc: "d", start: 10, end: 15 }] },
      ],
      edges: [{ source: "japan", target: "korea", action: "met", verb: "met", evidence: [{ doc: "d", start: 0, end: 16 }] }],
    });
    const g = open("graph.gexf", toGEXF(original));
    expect(g.getNodeAttributes("japan")).toMatchObject({ type: "country", aliases: ["Tokyo", "Nippon"], mentions: [] });
    expect((g.getNodeAttributes("japan") as unknown as Record<string, unknown>)["mentions (from file)"]).toBe('[{"doc":"d","start":0,"end":5}]');
    expect(g.getEdgeAttributes(g.edges()[0])).toMatchObject({ action: "met", verb: "met", evidence: [] });
  });
});

describe("restoreGraph", () => {
  const data = (nodeType: string, action: string) => ({
    options: { type: "directed" as const, multi: true, allowSelfLoops: true },
    attributes: { documents: [{ id: "d", title: "", date: "", path: "d.txt", text: "A met B." }] },
    nodes: [
      { key: "a", attributes: { label: "A", type: nodeType, aliases: [], mentions: [{ doc: "d", start: 0, end: 1 }], x: 0, y: 0, size: 3 } },
      { key: "b", attributes: { label: "B", type: "country", aliases: [], mentions: [{ doc: "d", start: 99, end: 100 }], x: 1, y: 1, size: 3 } },
    ],
    edges: [{ key: "ab", source: "a", target: "b", attributes: { action, verb: "met", evidence: [{ doc: "d", start: 0, end: 8 }] } }],
  });

  it("checks a graph of this project as graph.json is checked: spans kept, a bad one dropped with a warning", () => {
    const result = restoreGraph(data("country", "met"), "kept");
    if ("error" in result) throw new Error(result.error);
    expect(result.graph.getNodeAttribute("a", "mentions")).toEqual([{ doc: "d", start: 0, end: 1 }]);
    expect(result.graph.getNodeAttribute("b", "mentions")).toEqual([]);
    expect(result.warnings).toEqual([expect.stringMatching(/^kept: nodes\[1\] \("b"\)\.attributes\.mentions\[0\]: span 99\.\.100 is outside/)]);
  });

  it("takes a graph with types and actions outside the vocabularies (another tool's, or prototype names) through the GEXF path", () => {
    for (const name of ["constructor", "__proto__", "toString", "Person"]) {
      const result = restoreGraph(data(name, name), "kept");
      if ("error" in result) throw new Error(result.error);
      const a = result.graph.getNodeAttributes("a") as unknown as Record<string, unknown>;
      expect([a.type, a["type (from file)"]]).toEqual(["", name]);
      const e = result.graph.getEdgeAttributes("ab") as unknown as Record<string, unknown>;
      expect([e.action, e["action (from file)"]]).toEqual(["", name]);
    }
  });

  it("refuses a record that is no graph, naming it", () => {
    expect(restoreGraph({ nodes: "x" } as never, "kept")).toEqual({ error: expect.stringMatching(/^kept: /) });
  });
});

describe("dropIntent", () => {
  it("opens one graph file, adds articles, refuses a mix", () => {
    expect(dropIntent(["graph.GEXF"])).toEqual({ kind: "open", index: 0 });
    expect(dropIntent(["a.txt", "b.html", "c.png"])).toEqual({ kind: "add" });
    expect(dropIntent(["a.txt", "graph.json"])).toMatchObject({ kind: "error", message: expect.stringMatching(/^a\.txt, graph\.json: drop one graph file/) });
  });
});
