// The CLI with a curation file (--curation, or graph-data/curation.json beside the default
// corpus) and a lexicon extension (--lexicon): applied, stale operations listed, bad files
// refused naming the file and the entry, with nothing written.
import { cpSync, existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { staleReason } from "../src/cli/start.ts";
import { fromJSON } from "../src/graph/formats/json/write.ts";
import { ROOT, run, tempDir } from "./cli-run.ts";
import { validateGEXF } from "./validate-gexf.ts";

/** A working directory holding a copy of the default corpus (graph-data/articles). */
function project(): string {
  const dir = tempDir();
  cpSync(path.join(ROOT, "graph-data/articles"), path.join(dir, "graph-data/articles"), { recursive: true });
  return dir;
}

const curation = (operations: unknown[]) => JSON.stringify({ curation: 1, operations }, null, 2);
const graphIn = (dir: string) => fromJSON(readFileSync(path.join(dir, "graph.json"), "utf8"), "graph.json");

describe("extract --curation", () => {
  it("applies graph-data/curation.json to the default corpus and lists the operations that no longer apply", async () => {
    const dir = project();
    writeFileSync(
      path.join(dir, "graph-data/curation.json"),
      curation([
        { op: "merge", node: "south-korea-court", into: "south-korea-supreme-court" },
        { op: "deleteNode", node: "no-such-node" },
        { op: "markChecked", edge: "japan|criticized|south-korea" },
      ]),
    );
    const r = run(["--out", "out"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("curation: graph-data/curation.json: 2 of 3 operations applied, 1 stale (no longer apply)");
    expect(r.stdout).toContain('  stale operations[1]: delete node "no-such-node": no node "no-such-node"');
    const graph = graphIn(path.join(dir, "out"));
    expect(graph.hasNode("south-korea-court")).toBe(false);
    // The merged court's part_of edge was re-pointed, and joined the supreme court's own.
    expect(graph.hasEdge("south-korea-court|part_of|south-korea")).toBe(false);
    expect(graph.getEdgeAttributes("south-korea-supreme-court|part_of|south-korea")).toMatchObject({ curated: "edited" });
    expect(graph.getNodeAttribute("south-korea-supreme-court", "aliases")).toContain("South Korea's court");
    expect(graph.getEdgeAttribute("japan|criticized|south-korea", "checked")).toBe(true);
    const gexf = readFileSync(path.join(dir, "out/graph.gexf"), "utf8");
    expect(gexf).toContain('value="edited"');
    expect((await validateGEXF(gexf)).errors).toEqual([]);
  });

  it.each([
    ["{ broken", /extract: bad\.json: not valid JSON/],
    [
      curation([
        { op: "deleteNode", node: "japan" },
        { op: "retype", node: "japan", type: "city" },
      ]),
      /extract: bad\.json: operations\[1\] \(retype\)\.type: unknown type "city"/,
    ],
    [
      curation([{ op: "addEdge", source: "japan", action: "met", target: "south-korea", evidence: [{ doc: "000_8e8875188564b3e6", start: 0, end: 999999 }] }]),
      /extract: bad\.json: operations\[0\] \(addEdge\)\.evidence\[0\]: offsets 0\.\.999999 are outside document "000_8e8875188564b3e6"/,
    ],
  ])("refuses a bad curation file (%#) with exit 2, naming the file and the entry, and writes nothing", (text, message) => {
    const dir = project();
    writeFileSync(path.join(dir, "bad.json"), text);
    const r = run(["graph-data/articles", "--out", "out", "--curation", "bad.json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("nothing written");
    expect(existsSync(path.join(dir, "out/graph.json"))).toBe(false);
  });
});

describe("extract --lexicon", () => {
  const ARTICLE = "Zurich, 3 March 2022. FIFA suspended Russia from all competitions on Monday. The Fédération Internationale de Football Association said Russia must play no games.";

  it("extends the built-in lexicons: FIFA becomes an organization", () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "articles"));
    writeFileSync(path.join(dir, "articles/fifa.txt"), ARTICLE);
    writeFileSync(path.join(dir, "lexicon.json"), JSON.stringify({ actors: [{ label: "FIFA", type: "organization", aliases: ["Fédération Internationale de Football Association"] }] }));
    const plain = run(["articles", "--out", "plain"], { cwd: dir });
    expect(plain.code).toBe(0);
    // Without the extension FIFA is found by what it does, but its long name is another node.
    expect(graphIn(path.join(dir, "plain")).hasNode("fifa")).toBe(true);
    expect(graphIn(path.join(dir, "plain")).hasNode("football-association")).toBe(true);
    const r = run(["articles", "--out", "out", "--lexicon", "lexicon.json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("lexicon: extended with lexicon.json");
    const graph = graphIn(path.join(dir, "out"));
    expect(graph.getNodeAttributes("fifa")).toMatchObject({ type: "organization" });
    expect(graph.hasEdge("fifa|suspended|russia")).toBe(true);
    // With it, the long name is FIFA.
    expect(graph.hasNode("football-association")).toBe(false);
  });

  it("refuses a lexicon file with an unknown type, naming the file and the entry", () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "articles"));
    writeFileSync(path.join(dir, "articles/fifa.txt"), ARTICLE);
    writeFileSync(path.join(dir, "lexicon.json"), JSON.stringify({ actors: [{ label: "FIFA", type: "club", aliases: [] }] }));
    const r = run(["articles", "--out", "out", "--lexicon", "lexicon.json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('extract: lexicon.json: actors[0] ("FIFA").type: unknown type "club"');
    expect(existsSync(path.join(dir, "out"))).toBe(false);
  });
});

describe("npm start", () => {
  it("re-extracts when graph-data/curation.json is newer than graph.json", () => {
    const dir = project();
    const graph = path.join(dir, "graph-data/graph.json");
    const curationFile = path.join(dir, "graph-data/curation.json");
    writeFileSync(graph, "{}");
    writeFileSync(curationFile, curation([]));
    const articles = path.join(dir, "graph-data/articles");
    utimesSync(curationFile, new Date(1000), new Date(1000));
    utimesSync(articles, new Date(1000), new Date(1000));
    expect(staleReason(graph, articles, [curationFile])).toBe(null);
    utimesSync(curationFile, new Date(), new Date(Date.now() + 10_000));
    expect(staleReason(graph, articles, [curationFile])).toBe(`${curationFile} is newer than ${graph}`);
  });
});
