// --workers: articles parsed on several threads give the same graph, byte for byte, as one
// thread (the graph is built from the parses in id order). Speed is measured by
// `npm run bench`, not here.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "./cli-run.ts";

describe("extract --workers", () => {
  it("2 and 3 threads (the main one and 1 or 2 workers) write the same graph.json and graph.gexf as one thread", () => {
    const inputs = ["graph-data/articles", "tests/dev/articles"];
    const one = tempDir();
    const a = run([...inputs, "--out", one]);
    expect(a.code, a.stderr).toBe(0);
    for (const n of ["2", "3"]) {
      const many = tempDir();
      const b = run([...inputs, "--out", many, "--workers", n]);
      expect(b.code, b.stderr).toBe(0);
      for (const f of ["graph.json", "graph.gexf"]) expect(readFileSync(path.join(many, f), "utf8"), `${f} with --workers ${n}`).toBe(readFileSync(path.join(one, f), "utf8"));
      expect(JSON.parse(readFileSync(path.join(many, "graph.json"), "utf8")).nodes.length).toBeGreaterThan(50);
    }
  });

  it("rejects a worker count that is not a whole number from 1 to 64, naming it", () => {
    const r = run(["--workers", "0"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--workers takes a whole number from 1 to 64, or "auto" \(got "0"\)/);
  });
});
