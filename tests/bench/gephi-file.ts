// Gephi file benchmark: a real Gephi graph (divided-they-blog, 1,224 nodes and 19,025 edges,
// tests/fixtures/graphs) opened and exported, in Node (the loader, the GEXF and JSON writers)
// and in the explorer in headless Chromium (a file picked in "Open graph" until sigma draws it;
// "GEXF, whole graph" until the download starts). Medians of runs.
// `tsx tests/bench/gephi-file.ts` prints its section; `npm run bench` includes it.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type Graph from "graphology";
import { chromium } from "playwright-core";
import { fromGEXFGraph } from "../../src/app/core/file-graph.ts";
import { toGEXF } from "../../src/graph/formats/gexf/write.ts";
import { toJSON } from "../../src/graph/formats/json/write.ts";
import { loadGraphFile } from "../../src/graph/load/index.ts";
import type { NewsGraph } from "../../src/graph/types.ts";
import { CHROMIUM_ARGS, ensureChromium } from "../support/chromium.ts";
import { int } from "../../src/cli/format.ts";
import { median } from "./explorer.ts";
import { buildPages, ROOT, serveBuild } from "../support/serve.ts";

export const GEPHI_FILE = path.join(ROOT, "tests/fixtures/graphs/divided-they-blog.gexf");

export interface GephiFileBench {
  file: string;
  bytes: number;
  nodes: number;
  edges: number;
  runs: number;
  /** Node: GEXF text -> the explorer's graph (load.ts and file-graph.ts). */
  loadMs: number;
  gexfMs: number;
  gexfBytes: number;
  jsonMs: number;
  /** Chromium: file picked -> sigma draws it (worker, transfer, renderer). */
  pageOpenMs: number;
  /** Chromium: "GEXF, whole graph" clicked -> the download starts. */
  pageExportMs: number;
}

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const out = f();
  return [out, performance.now() - t];
}

export async function benchGephiFile(runs: number, log: (s: string) => void): Promise<GephiFileBench> {
  const bytes = readFileSync(GEPHI_FILE);
  const load = () => {
    const result = loadGraphFile(path.basename(GEPHI_FILE), bytes);
    if ("error" in result) throw new Error(result.error);
    return fromGEXFGraph(result.graph as Graph);
  };
  load(); // warm-up: the first run also compiles
  const loads: number[] = [];
  const gexfs: number[] = [];
  const jsons: number[] = [];
  let graph: NewsGraph | undefined;
  let gexf = "";
  for (let k = 0; k < runs; k++) {
    let ms: number;
    [graph, ms] = time(load);
    loads.push(ms);
    [gexf, ms] = time(() => toGEXF(graph!));
    gexfs.push(ms);
    jsons.push(time(() => toJSON(graph!))[1]);
    log(`  node run ${k + 1}/${runs}: load ${Math.round(loads[k])} ms, GEXF ${Math.round(gexfs[k])} ms, JSON ${Math.round(jsons[k])} ms`);
  }

  const outDir = mkdtempSync(path.join(tmpdir(), "bench-gephi-"));
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  const opens: number[] = [];
  const exports: number[] = [];
  try {
    await buildPages(outDir);
    const served = await serveBuild(outDir, path.join(ROOT, "graph-data/graph.json"));
    try {
      for (let k = 0; k < runs; k++) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
        await page.goto(`${served.url}?e2e`);
        await page.waitForFunction(() => (window.__sigma?.getGraph().order ?? 0) > 0, undefined, { timeout: 60_000 });
        const picked = Date.now();
        await page.getByLabel("Graph file").setInputFiles(GEPHI_FILE);
        await page.waitForFunction((order) => window.__sigma?.getGraph().order === order, graph!.order, { timeout: 120_000, polling: 20 });
        opens.push(Date.now() - picked);
        await page.getByText("Export", { exact: true }).click();
        const clicked = Date.now();
        await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), page.getByRole("button", { name: "GEXF, whole graph" }).click()]);
        exports.push(Date.now() - clicked);
        log(`  page run ${k + 1}/${runs}: open ${opens[k]} ms, export ${exports[k]} ms`);
        await page.close();
      }
    } finally {
      await served.close();
    }
  } finally {
    await browser.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  return {
    file: path.relative(ROOT, GEPHI_FILE),
    bytes: bytes.length,
    nodes: graph!.order,
    edges: graph!.size,
    runs,
    loadMs: median(loads),
    gexfMs: median(gexfs),
    gexfBytes: Buffer.byteLength(gexf),
    jsonMs: median(jsons),
    pageOpenMs: median(opens),
    pageExportMs: median(exports),
  };
}

/** The section of BENCHMARKS.md. */
export function gephiFileSection(r: GephiFileBench): string[] {
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  return [
    "## A Gephi file: open and export",
    "",
    `\`${r.file}\` (Gephi Lite's test graph, GEXF 1.3 from Gephi 0.9: ${int(r.nodes)} nodes, ${int(r.edges)} edges, ${mb(r.bytes)}), median of ${r.runs} runs (\`tests/bench/gephi-file.ts\`). In Node, the loader (parse, checks, the explorer's attributes) and the writers; in headless Chromium, the explorer as a person uses it: from picking the file in "Open graph" to sigma drawing it (read and parsed in a worker, sent to the page, drawn), and from clicking "GEXF, whole graph" to the download.`,
    "",
    "| where | open | export GEXF | export JSON |",
    "|---|---|---|---|",
    `| Node | ${int(r.loadMs)} ms | ${int(r.gexfMs)} ms (${mb(r.gexfBytes)}) | ${int(r.jsonMs)} ms |`,
    `| explorer, Chromium | ${int(r.pageOpenMs)} ms | ${int(r.pageExportMs)} ms | |`,
    "",
  ];
}

if (process.argv[1]?.endsWith("gephi-file.ts")) {
  const log = (s: string) => void process.stderr.write(s + "\n");
  const result = await benchGephiFile(Number(process.argv[2] ?? 3), log);
  process.stdout.write(gephiFileSection(result).join("\n") + "\n");
}
