// --workers: articles parsed on several threads give the same graph, byte for byte, as one
// thread (the graph is built from the parses in id order). Speed is measured by
// `npm run bench`, not here.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { autoThreads, extractParallel, TEXT_PER_THREAD } from "../src/cli/parallel.ts";
import { collectInputFiles, readInputFiles } from "../src/cli/read-inputs.ts";
import type { SourceDocument } from "../src/extract/index.ts";
import { buildGraph } from "../src/graph/build.ts";
import { toGEXF } from "../src/graph/formats/gexf/write.ts";
import { toJSON } from "../src/graph/formats/json/write.ts";
import { applyLayout } from "../src/graph/layout.ts";
import { run, tempDir } from "./cli-run.ts";

describe("extract --workers", () => {
  it("2 and 3 threads (the main one and 1 or 2 workers) write the same graph.json and graph.gexf as one thread", async () => {
    const inputs = ["graph-data/articles", "tests/dev/articles"];
    const one = tempDir();
    // The default, "auto": these articles are far under the text a second thread needs.
    const a = run([...inputs, "--out", one]);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toMatch(/^time: .*extract [\d.]+ m?s on 1 thread,/m);
    const oneThread = ["graph.json", "graph.gexf"].map((f) => readFileSync(path.join(one, f), "utf8"));
    expect(JSON.parse(oneThread[0]).nodes.length).toBeGreaterThan(50);
    // 2 through the CLI (which starts at most one thread per core).
    const many = tempDir();
    const b = run([...inputs, "--out", many, "--workers", "2"]);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toMatch(new RegExp(`^time: .*extract [\\d.]+ m?s on ${Math.min(2, availableParallelism())} threads?,`, "m"));
    expect(["graph.json", "graph.gexf"].map((f) => readFileSync(path.join(many, f), "utf8"))).toEqual(oneThread);
    // 3 as the CLI runs them, in this process: extractParallel takes more threads than cores.
    const { documents } = readInputFiles(collectInputFiles(inputs).files);
    const graph = buildGraph(await extractParallel(documents, 3), { layout: false });
    applyLayout(graph);
    expect([toJSON(graph), toGEXF(graph)]).toEqual(oneThread);
  });

  it('the default ("auto") runs two threads on a corpus of twice TEXT_PER_THREAD characters, where the machine has two cores', () => {
    // The default articles, each saved again and again with a line that makes every copy a
    // document of its own (exact duplicates would be skipped).
    const dir = tempDir();
    const articles = readdirSync("graph-data/articles").map((f) => readFileSync(path.join("graph-data/articles", f), "utf8"));
    let chars = 0;
    for (let k = 0; chars < 2 * TEXT_PER_THREAD; k++) {
      const text = `Copy ${k}.\n\n${articles[k % articles.length]}`;
      writeFileSync(path.join(dir, `copy-${String(k).padStart(5, "0")}.txt`), text);
      chars += text.length;
    }
    const r = run([dir, "--out", path.join(dir, "out")]);
    expect(r.code, r.stderr).toBe(0);
    const threads = Math.min(2, availableParallelism());
    expect(r.stdout).toMatch(new RegExp(`^time: .*extract [\\d.]+ m?s on ${threads} threads?,`, "m"));
  });

  it('"auto" starts one thread per TEXT_PER_THREAD characters of text, at least one, at most one per core', () => {
    const docs = (...sizes: number[]): SourceDocument[] => sizes.map((n, k) => ({ id: `d${k}`, path: `d${k}.txt`, text: "x".repeat(n) }));
    expect(autoThreads([], 4)).toBe(1);
    expect(autoThreads(docs(TEXT_PER_THREAD - 1, TEXT_PER_THREAD), 4)).toBe(1);
    expect(autoThreads(docs(TEXT_PER_THREAD, TEXT_PER_THREAD), 4)).toBe(2);
    expect(autoThreads(docs(TEXT_PER_THREAD * 3), 4)).toBe(3);
    expect(autoThreads(docs(TEXT_PER_THREAD * 3), 2)).toBe(2);
  });

  it("rejects a worker count that is not a positive whole number, naming it (more: tests/cli-hostile.test.ts)", () => {
    const r = run(["--workers", "0"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--workers takes a positive whole number or "auto" \(got "0"\)/);
  });
});
