// Explorer benchmark: in headless Chromium, time to first frame and frame times while the
// camera pans and zooms, for the graph of graph-data/articles and synthetic graphs, each
// against the plain sigma floor page on the same graph file in the same run. Medians of runs;
// runs alternate which page goes first, so that machine noise hits both alike.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, ensureChromium } from "../support/chromium.ts";
import { cameraFrameMs, chromiumInfo, firstFrame, FIRST_FRAME_PROBE, quietBrowser, settle, type ChromiumInfo } from "./measure.ts";
import { buildPages, FLOOR_PAGE, ROOT, serveBuild } from "../support/serve.ts";
import { syntheticGraphJSON } from "../support/synthetic.ts";

export interface ExplorerBenchRow {
  graph: string;
  nodes: number;
  edges: number;
  runs: number;
  firstFrameMs: number;
  floorFirstFrameMs: number;
  /** firstFrameMs / floorFirstFrameMs (target: <= 1.3). */
  ratio: number;
  /** Navigation to a page drawing steadily again, the explorer with its panels (settle). */
  readyMs: number;
  floorReadyMs: number;
  panFrameMs: number;
  floorPanFrameMs: number;
  zoomFrameMs: number;
  floorZoomFrameMs: number;
  /** Where it was measured (the same for every row of a run). */
  context: ChromiumInfo;
}

export interface ExplorerBenchOptions {
  quick: boolean;
  log: (s: string) => void;
  /** More graph files to measure after the default graph (e.g. the extraction benchmark's). */
  graphs?: { name: string; file: string }[];
}

/** As the browser tests: the explorer's canvas is what remains of it beside the panels. */
const VIEWPORT = { width: 1400, height: 900 };
const DEFAULT_GRAPH = "graph-data/graph.json";

interface Case {
  name: string;
  file: string;
  nodes: number;
  edges: number;
  runs: number;
}

interface Sample {
  firstFrame: number;
  ready: number;
  pan: number;
  zoom: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The default graph: graph-data/graph.json if `npm run extract` wrote it, else extracted here. */
function defaultGraphFile(dir: string, log: (s: string) => void): string {
  const file = path.join(ROOT, DEFAULT_GRAPH);
  if (existsSync(file)) return file;
  log("explorer bench: no graph-data/graph.json; extracting graph-data/articles");
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/extract.ts", "graph-data/articles", "--out", dir], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`explorer bench: extraction failed (exit ${run.status}):\n${run.stderr}`);
  return path.join(dir, "graph.json");
}

function counts(file: string): { nodes: number; edges: number } {
  const data = JSON.parse(readFileSync(file, "utf8")) as { nodes: unknown[]; edges: unknown[] };
  return { nodes: data.nodes.length, edges: data.edges.length };
}

function cases(dir: string, quick: boolean, log: (s: string) => void, graphs: { name: string; file: string }[]): Case[] {
  const file = defaultGraphFile(path.join(dir, "default"), log);
  const out: Case[] = [{ name: "graph-data/articles", file, ...counts(file), runs: quick ? 2 : 5 }];
  for (const g of graphs) out.push({ ...g, ...counts(g.file), runs: 3 });
  for (const nodes of quick ? [10_000] : [10_000, 20_000, 50_000]) {
    const synthetic = path.join(dir, `synthetic-${nodes}`, "graph.json");
    mkdirSync(path.dirname(synthetic), { recursive: true });
    writeFileSync(synthetic, syntheticGraphJSON({ nodes, edgesPerNode: 3, seed: 1 }));
    out.push({ name: `synthetic ${nodes / 1000}k`, file: synthetic, nodes, edges: nodes * 3, runs: quick ? 2 : nodes >= 50_000 ? 3 : 5 });
  }
  return out;
}

/** One load of one page: first frame, then a pan and a zoom once it draws steadily. */
async function sample(browser: Browser, url: string, moveMs: number): Promise<Sample> {
  // A fresh context each time: no cache, no state carried from the previous run; and a
  // browser done drawing the previous run's frames.
  await quietBrowser(browser);
  const context = await browser.newContext({ viewport: VIEWPORT });
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await page.addInitScript(FIRST_FRAME_PROBE);
    await page.goto(url);
    const first = await firstFrame(page, 180_000);
    const ready = await settle(page);
    const { pan, zoom } = await cameraFrameMs(page, moveMs);
    return { firstFrame: first, ready, pan, zoom };
  } catch (e) {
    throw new Error(`explorer bench: ${url}: ${(e as Error).message} (page errors: ${errors.join(" | ") || "none"})`, { cause: e });
  } finally {
    await context.close();
  }
}

/** Size of the explorer's canvas, which the floor page is given, so both draw as many pixels. */
async function canvasSize(browser: Browser, url: string): Promise<{ w: number; h: number }> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.goto(url);
    // Once React has mounted (it replaces index.html's layout, .canvas included).
    await page.waitForFunction(() => window.__sigma !== undefined);
    const box = (await page.locator(".canvas").boundingBox())!;
    return { w: Math.round(box.width), h: Math.round(box.height) };
  } finally {
    await page.close();
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export async function benchExplorer(opts: ExplorerBenchOptions): Promise<ExplorerBenchRow[]> {
  const { quick, log } = opts;
  const dir = mkdtempSync(path.join(tmpdir(), "explorer-bench-"));
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const started = performance.now();
    const outDir = path.join(dir, "dist");
    await buildPages(outDir);
    const list = cases(dir, quick, log, opts.graphs ?? []);
    const context = await chromiumInfo(browser);
    log(`explorer bench: Chromium ${context.chromium}, WebGL ${context.renderer}; built and generated in ${Math.round(performance.now() - started)} ms`);
    const moveMs = quick ? 500 : 2000;
    const rows: ExplorerBenchRow[] = [];
    let size: { w: number; h: number } | null = null;
    for (const c of list) {
      const served = await serveBuild(outDir, c.file);
      try {
        const explorerUrl = `${served.url}?e2e`;
        // The same for every graph: measured once, on the first (small) one.
        size ??= await canvasSize(browser, explorerUrl);
        const { w, h } = size;
        const floorUrl = `${served.url}${FLOOR_PAGE}?w=${w}&h=${h}`;
        const explorer: Sample[] = [];
        const floor: Sample[] = [];
        for (let run = 0; run < c.runs; run++) {
          const order = run % 2 ? (["explorer", "floor"] as const) : (["floor", "explorer"] as const);
          for (const which of order) {
            const s = await sample(browser, which === "explorer" ? explorerUrl : floorUrl, moveMs);
            (which === "explorer" ? explorer : floor).push(s);
            log(
              `  ${c.name} run ${run + 1}/${c.runs} ${which}: first frame ${Math.round(s.firstFrame)} ms, ready ${Math.round(s.ready)} ms, pan ${round1(s.pan)} ms/frame, zoom ${round1(s.zoom)} ms/frame`,
            );
          }
        }
        const m = (samples: Sample[], k: keyof Sample) => round1(median(samples.map((s) => s[k])));
        const row: ExplorerBenchRow = {
          graph: c.name,
          nodes: c.nodes,
          edges: c.edges,
          runs: c.runs,
          firstFrameMs: m(explorer, "firstFrame"),
          floorFirstFrameMs: m(floor, "firstFrame"),
          ratio: 0,
          readyMs: m(explorer, "ready"),
          floorReadyMs: m(floor, "ready"),
          panFrameMs: m(explorer, "pan"),
          floorPanFrameMs: m(floor, "pan"),
          zoomFrameMs: m(explorer, "zoom"),
          floorZoomFrameMs: m(floor, "zoom"),
          context,
        };
        row.ratio = Math.round((row.firstFrameMs / row.floorFirstFrameMs) * 100) / 100;
        rows.push(row);
      } finally {
        await served.close();
      }
    }
    log(`explorer bench: done in ${Math.round((performance.now() - started) / 1000)} s`);
    return rows;
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The rows as a Markdown table, under a line saying where they were measured. */
export function explorerTable(rows: ExplorerBenchRow[]): string {
  const ctx = rows[0]?.context;
  const lines = [
    ctx
      ? `Chromium ${ctx.chromium}, headless; WebGL: ${ctx.software ? "software (SwiftShader)" : "hardware"} (${ctx.renderer}). Medians of the runs; "floor" = plain sigma page, same graph file, same run.`
      : "",
    "",
    "| graph | nodes | edges | runs | first frame (ms) | floor (ms) | ratio | ready (ms) | floor ready | pan (ms/frame) | floor pan | zoom (ms/frame) | floor zoom |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ...rows.map(
      (r) =>
        `| ${r.graph} | ${r.nodes.toLocaleString("en")} | ${r.edges.toLocaleString("en")} | ${r.runs} | ${r.firstFrameMs} | ${r.floorFirstFrameMs} | ${r.ratio.toFixed(2)} | ${r.readyMs} | ${r.floorReadyMs} | ${r.panFrameMs} | ${r.floorPanFrameMs} | ${r.zoomFrameMs} | ${r.floorZoomFrameMs} |`,
    ),
  ];
  return lines.join("\n").trimStart() + "\n";
}
