// Extraction quality: the real extractor on the seed articles (graph-data/articles, gold in
// tests/gold) and on the dev articles (tests/dev/articles, gold in tests/dev/gold), scored
// in-process with src/cli/score.ts exactly as `npm run eval` does. The bars are the
// project's targets; the headline figures are printed so that CI logs show them.
// Also checks that the committed graph-data/graph.json is what the extractor gives today.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { collectInputFiles, readInputFiles } from "../src/cli/read-inputs.ts";
import { checkGraphExport, headline, loadGold, score, type ScoreReport } from "../src/cli/score.ts";
import { extract } from "../src/extract/index.ts";
import { buildGraph } from "../src/graph/build.ts";
import { toJSON } from "../src/graph/formats/json/write.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SEED = { articles: "graph-data/articles", gold: "tests/gold" };
const DEV = { articles: "tests/dev/articles", gold: "tests/dev/gold" };
const COMMITTED_GRAPH = "graph-data/graph.json";
/** Articles written for measuring unseen text (tests/written/README.md), scored once unseen and development material since. */
const WRITTEN = ["a", "b", "c", "d", "e", "f", "g"].map((set) => ({ articles: `tests/written/${set}/articles`, gold: `tests/written/${set}/gold` }));

function gold(...dirs: string[]) {
  const files = dirs.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir))
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((name) => ({ name, json: JSON.parse(readFileSync(path.join(ROOT, dir, name), "utf8")) })),
  );
  return loadGold(files);
}

/** The graph export (graph.json contents) the extract CLI would write for these folders, extracted together. */
function extractExport(...dirs: string[]): unknown {
  const { files } = collectInputFiles(dirs.map((dir) => path.join(ROOT, dir)));
  const { documents, skipped } = readInputFiles(files);
  expect(skipped, `unreadable articles in ${dirs.join(", ")}`).toEqual([]);
  // No layout: positions do not count in the scores.
  return JSON.parse(toJSON(buildGraph(extract(documents), { layout: false })));
}

const reports = new Map<string, ScoreReport>();
/** Extracts and scores a corpus once per run (several tests read the same report). */
function measure(corpus: { articles: string; gold: string }): ScoreReport {
  const key = `${corpus.articles}|${corpus.gold}`;
  if (!reports.has(key)) reports.set(key, score(checkGraphExport(extractExport(corpus.articles), corpus.articles), gold(corpus.gold)));
  return reports.get(key)!;
}

function expectBars(name: string, r: ScoreReport, bars: { entity: number; relation: number; dates: number }): void {
  const line = headline(r);
  console.log(`quality ${name}: ${line}`);
  expect.soft(r.entity.f1, `${name} entity F1 (bar ${bars.entity}): ${line}`).toBeGreaterThanOrEqual(bars.entity);
  expect.soft(r.relation.f1, `${name} relation F1 (bar ${bars.relation}): ${line}`).toBeGreaterThanOrEqual(bars.relation);
  expect.soft(r.dates.right / r.dates.asked, `${name} share of dates right (bar ${bars.dates}): ${line}`).toBeGreaterThanOrEqual(bars.dates);
}

describe("extraction quality", () => {
  it("the seed articles are the ones the seed gold describes", () => {
    const articles = readdirSync(path.join(ROOT, SEED.articles))
      .filter((f) => f.endsWith(".txt"))
      .sort();
    const golds = readdirSync(path.join(ROOT, SEED.gold))
      .filter((f) => f.endsWith(".json"))
      .sort();
    expect(articles.map((f) => f.replace(/\.txt$/, ""))).toEqual(golds.map((f) => f.replace(/\.json$/, "")));
  });

  it("seed articles (graph-data/articles vs tests/gold): entity F1 >= 0.95, relation F1 >= 0.92, dates >= 70%", () => {
    expectBars("seed", measure(SEED), { entity: 0.95, relation: 0.92, dates: 0.7 });
  });

  it("dev articles (tests/dev/articles vs tests/dev/gold): entity F1 >= 0.88, relation F1 >= 0.78, dates >= 75%", () => {
    expectBars("dev", measure(DEV), { entity: 0.88, relation: 0.78, dates: 0.75 });
  });

  it("the written sets A-G together (tests/written, 64 articles): entity F1 >= 0.84, relation F1 >= 0.65, dates >= 71%", () => {
    const r = score(checkGraphExport(extractExport(...WRITTEN.map((c) => c.articles)), "tests/written"), gold(...WRITTEN.map((c) => c.gold)));
    expectBars("written A-G", r, { entity: 0.84, relation: 0.65, dates: 0.71 });
  });

  it("the committed graph-data/graph.json scores the same as a fresh extraction (it is up to date)", () => {
    const file = path.join(ROOT, COMMITTED_GRAPH);
    expect(existsSync(file), `${COMMITTED_GRAPH} is missing: run npm run extract (or npm start) and commit it`).toBe(true);
    const committed = headline(score(checkGraphExport(JSON.parse(readFileSync(file, "utf8")), COMMITTED_GRAPH), gold(SEED.gold)));
    const fresh = headline(measure(SEED));
    console.log(`quality committed ${COMMITTED_GRAPH}: ${committed}`);
    expect(committed, `${COMMITTED_GRAPH} is out of date: run npm run extract and commit graph-data/graph.json and graph.gexf`).toBe(fresh);
  });
});
