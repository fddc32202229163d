// The design's shape, checked on the source: no import cycle (type-only imports included),
// and one-way layers: articles and extract at the bottom, then graph, then cli and app;
// src/ holds only the product (no test or benchmark tooling).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./cli-run.ts";

const SRC = path.join(ROOT, "src");
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^"';]*?\s+from\s+)?["'](\.{1,2}\/[^"']+)["']|import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** Every source file under src/, relative to it, with the src/ files it imports. */
function importGraph(): Map<string, string[]> {
  const files = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith(".d.ts"));
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const code = readFileSync(path.join(SRC, f), "utf8");
    const targets: string[] = [];
    for (const m of code.matchAll(IMPORT)) {
      const target = path.relative(SRC, path.resolve(path.dirname(path.join(SRC, f)), m[1] ?? m[2]));
      if (/\.(ts|tsx)$/.test(target)) targets.push(target);
    }
    graph.set(f, targets);
  }
  return graph;
}

/** The cycles of the graph (each as its files in order), found by a depth-first search. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, "open");
    stack.push(f);
    for (const t of graph.get(f) ?? []) {
      if (state.get(t) === "open") found.push([...stack.slice(stack.indexOf(t)), t]);
      else if (!state.has(t)) visit(t);
    }
    stack.pop();
    state.set(f, "done");
  };
  for (const f of [...graph.keys()].sort()) if (!state.has(f)) visit(f);
  return found;
}

/** What each part may import: the layers of the design, one way. */
const ALLOWED: Record<string, string[]> = {
  articles: ["articles", "extract"],
  extract: ["extract"],
  graph: ["graph", "extract", "articles"],
  cli: ["cli", "graph", "extract", "articles"],
  app: ["app", "graph", "extract", "articles"],
};

describe("structure", () => {
  const graph = importGraph();

  it("reads the imports it checks (a test that sees nothing checks nothing)", () => {
    expect(graph.get("extract/index.ts")?.length).toBeGreaterThan(2);
    expect(graph.get("app/App.tsx")?.some((t) => t.startsWith("graph/"))).toBe(true);
    expect(
      cycles(
        new Map([
          ["a.ts", ["b.ts"]],
          ["b.ts", ["a.ts"]],
        ]),
      ),
    ).toEqual([["a.ts", "b.ts", "a.ts"]]);
  });

  it("has no import cycle, type-only imports included", () => {
    expect(cycles(graph).map((c) => c.join(" -> "))).toEqual([]);
  });

  it("keeps its layers one way: articles and extract <- graph <- cli, app", () => {
    const wrong: string[] = [];
    for (const [f, targets] of graph) {
      const part = f.split(path.sep)[0];
      for (const t of targets) if (!ALLOWED[part]?.includes(t.split(path.sep)[0])) wrong.push(`${f} -> ${t}`);
    }
    expect(wrong).toEqual([]);
  });

  it("holds only the product in src/: no test, benchmark or browser-driving code", () => {
    const tooling = [...graph.keys()].filter((f) => /(^|\/)(bench|e2e)(\/|\.)|\.test\.tsx?$/.test(f) || readFileSync(path.join(SRC, f), "utf8").includes("playwright"));
    expect(tooling).toEqual([]);
  });
});
