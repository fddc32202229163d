// Opening the large GEXF of issue 21 (tests/support/large-gexf.ts: 180,000 nodes, 540,000
// edges, 111 MB) in the explorer, in headless Chromium: from picking it in "Open graph" to
// the graph drawn and kept in IndexedDB, then a reload on the kept graph. What is timed is
// what a person waits for and what blocks the page: the stages the status shows (its
// data-stage), the long tasks of the page's main thread (PerformanceObserver "longtask": 50 ms
// or more), each under the stage shown when it began, and how late a 20 ms timer fires.
// `npx tsx tests/bench/open-large.ts [runs]` prints its section of BENCHMARKS.md and each
// run in detail; OPEN_LARGE_PROFILE=name also writes the page's CPU profiles of the first
// run (name-open.cpuprofile, name-reload.cpuprofile; Chrome DevTools opens them).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type CDPSession, type Page } from "playwright-core";
import { int } from "../../src/cli/format.ts";
import { CHROMIUM_ARGS, ensureChromium } from "../support/chromium.ts";
import { LARGE_NODES, writeLargeGEXF } from "../support/large-gexf.ts";
import { buildPages, ROOT, serveBuild } from "../support/serve.ts";
import { median } from "./explorer.ts";

interface Task {
  /** ms from the pick (from navigation for a reload). */
  at: number;
  ms: number;
}

export interface OpenLargeRun {
  /** The status's stage from `at` on (ms from the pick): "file", "parse", "build", "receive", "draw", "keep"; "-" without a status. */
  stages: { at: number; stage: string }[];
  longTasks: (Task & { stage: string })[];
  /** How late each 20 ms timer fired, and when it was set. */
  timers: { at: number; late: number }[];
  /** ms from the pick: sigma has the new graph; the record says it is kept (or could not be). */
  drawnAt: number;
  settledAt: number;
  persistence: string;
  /** The reload that follows, when the graph was kept: ms from navigation to the graph drawn, and the long tasks until then. */
  reload: { drawnAt: number; longTasks: Task[] } | null;
}

// In-page code is source text: tsx's keepNames helper does not exist in the page (measure.ts).
const PROBE = `(() => {
  const t0 = performance.now();
  const probe = { stages: [], longTasks: [], timers: [] };
  window.__openProbe = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.startTime >= t0) probe.longTasks.push({ at: e.startTime - t0, ms: e.duration });
  }).observe({ type: "longtask" });
  const look = () => {
    const status = document.querySelector('[role="status"][aria-label="Opening"]');
    const stage = status ? status.dataset.stage || "status" : "-";
    if (probe.stages.at(-1)?.stage !== stage) probe.stages.push({ at: performance.now() - t0, stage });
  };
  look();
  new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true });
  const tick = (set) => {
    const now = performance.now();
    probe.timers.push({ at: set - t0, late: now - set - 20 });
    if (!probe.stop) setTimeout(tick, 20, now);
  };
  setTimeout(tick, 20, performance.now());
})()`;

const COLLECT = `(() => {
  const probe = window.__openProbe;
  probe.stop = true;
  return { stages: probe.stages, longTasks: probe.longTasks, timers: probe.timers };
})()`;

const RELOAD_PROBE = `(() => {
  window.__reloadTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__reloadTasks.push({ at: e.startTime, ms: e.duration });
  }).observe({ type: "longtask", buffered: true });
})()`;

/** The stage shown at `at`. */
const stageAt = (stages: OpenLargeRun["stages"], at: number): string => stages.filter((s) => s.at <= at + 1).pop()?.stage ?? "-";

/** Starts the page's CPU profiler (1 ms samples); Profiler.stop gives the profile. */
async function startProfile(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 1000 });
  await cdp.send("Profiler.start");
  return cdp;
}

async function openOnce(page: Page, file: string, profile?: string): Promise<Omit<OpenLargeRun, "reload">> {
  await page.evaluate(PROBE);
  const cdp = profile ? await startProfile(page) : undefined;
  const picked = Date.now();
  await page.getByLabel("Graph file").setInputFiles(file);
  await page.waitForFunction((n) => window.__sigma?.getGraph().order === n, LARGE_NODES, { timeout: 600_000, polling: 50 });
  const drawnAt = Date.now() - picked;
  const origin = page.locator('[data-testid="origin"]:is([data-persistence="saved"], [data-persistence="failed"])');
  await origin.waitFor({ timeout: 600_000 });
  const settledAt = Date.now() - picked;
  if (cdp) writeFileSync(profile!, JSON.stringify((await cdp.send("Profiler.stop")).profile));
  // The last long tasks end and are reported.
  await page.waitForTimeout(1000);
  const run = (await page.evaluate(COLLECT)) as Pick<OpenLargeRun, "stages" | "timers"> & { longTasks: Task[] };
  const longTasks = run.longTasks.map((t) => ({ ...t, stage: stageAt(run.stages, t.at) }));
  return { ...run, longTasks, drawnAt, settledAt, persistence: (await origin.getAttribute("data-persistence")) ?? "" };
}

/** Reloads the page, which opens on the kept graph: when it is drawn, and the long tasks until then. */
async function reloadOnce(page: Page, profile?: string): Promise<NonNullable<OpenLargeRun["reload"]>> {
  await page.addInitScript(RELOAD_PROBE);
  const cdp = profile ? await startProfile(page) : undefined;
  await page.reload();
  const drawn = await page.waitForFunction((n) => window.__sigma?.getGraph().order === n && performance.now(), LARGE_NODES, { timeout: 600_000, polling: 50 });
  const drawnAt = (await drawn.jsonValue()) as number;
  if (cdp) writeFileSync(profile!, JSON.stringify((await cdp.send("Profiler.stop")).profile));
  await page.waitForTimeout(1000);
  const longTasks = ((await page.evaluate("window.__reloadTasks")) as Task[]).filter((t) => t.at < drawnAt);
  return { drawnAt, longTasks };
}

export async function benchOpenLarge(runs: number, log: (s: string) => void): Promise<OpenLargeRun[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-open-large-"));
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const file = path.join(dir, "big.gexf");
    writeLargeGEXF(file, LARGE_NODES);
    const outDir = path.join(dir, "dist");
    await buildPages(outDir);
    const served = await serveBuild(outDir, path.join(ROOT, "graph-data/graph.json"));
    const results: OpenLargeRun[] = [];
    try {
      for (let k = 0; k < runs; k++) {
        // A fresh profile each run: nothing kept before.
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${served.url}?e2e`);
        await page.waitForFunction(() => (window.__sigma?.getGraph().order ?? 0) > 0, undefined, { timeout: 60_000 });
        const profile = k === 0 ? process.env.OPEN_LARGE_PROFILE : undefined;
        const opened = await openOnce(page, file, profile && `${profile}-open.cpuprofile`);
        const run = { ...opened, reload: opened.persistence === "saved" ? await reloadOnce(page, profile && `${profile}-reload.cpuprofile`) : null };
        results.push(run);
        const s = summarize(run);
        log(
          `  run ${k + 1}/${runs}: drawn at ${int(run.drawnAt)} ms, ${run.persistence} at ${int(run.settledAt)} ms, longest task ${int(s.longest)} ms; reloaded: ${run.reload ? `drawn at ${int(run.reload.drawnAt)} ms` : "-"}`,
        );
        await context.close();
      }
    } finally {
      await served.close();
    }
    return results;
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One run's figures: when each stage began, the long tasks of the drawing and the rest, the latest timers. */
function summarize(run: OpenLargeRun) {
  const first = (stage: string) => run.stages.find((s) => s.stage === stage)?.at;
  const drawFrom = first("draw");
  const drawTo = drawFrom === undefined ? undefined : run.stages.find((s) => s.at > drawFrom && s.stage !== "draw")?.at;
  const inDraw = (at: number) => drawFrom !== undefined && at >= drawFrom && at < (drawTo ?? Infinity);
  const others = run.longTasks.filter((t) => !inDraw(t.at));
  const max = (values: number[]) => Math.max(0, ...values);
  return {
    receiveAt: first("receive"),
    drawFrom,
    drawTo,
    drawTasks: run.longTasks.filter((t) => inDraw(t.at)).map((t) => t.ms),
    otherTasks: others.length,
    otherLongest: max(others.map((t) => t.ms)),
    longest: max(run.longTasks.map((t) => t.ms)),
    lateOutsideDraw: max(run.timers.filter((t) => !inDraw(t.at) && !inDraw(t.at + t.late)).map((t) => t.late)),
    late: max(run.timers.map((t) => t.late)),
  };
}

const ms = (n: number | undefined) => (n === undefined ? "-" : n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${int(n)} ms`);

/** The section of BENCHMARKS.md: one row per run. */
export function openLargeSection(runs: OpenLargeRun[]): string[] {
  const rows = runs.map((run) => {
    const s = summarize(run);
    const reload = run.reload ? `${ms(run.reload.drawnAt)} (longest task ${ms(Math.max(...run.reload.longTasks.map((t) => t.ms)))})` : "-";
    return `| ${ms(s.receiveAt)} | ${ms(s.drawFrom)} | ${s.drawTasks.map(ms).join(" + ") || "-"} | ${ms(s.drawTo ?? run.drawnAt)} | ${run.persistence} at ${ms(run.settledAt)} | ${s.otherTasks}, the longest ${ms(s.otherLongest)} | ${ms(s.lateOutsideDraw)} | ${ms(s.late)} | ${reload} |`;
  });
  const medianOf = (f: (run: OpenLargeRun) => number) => ms(median(runs.map(f)));
  return [
    "## Opening a 111 MB GEXF",
    "",
    `The file of issue 21 (\`tests/support/large-gexf.ts\`: ${int(LARGE_NODES)} nodes with a text attribute and a position, ${int(3 * LARGE_NODES)} edges), picked in "Open graph" in headless Chromium with WebGL in software (\`tests/bench/open-large.ts\`, ${runs.length} runs, each in a fresh browser profile). Times from the pick: the page's copy begins (the worker has read and built the graph), drawing begins (the page's copy is whole), the graph is drawn and the page answers again (its first frame is on screen: the status leaves "drawing"), the graph is kept in IndexedDB; long tasks are the page's main thread's (50 ms or more), those of the drawing stage apart; "latest timer": how late a 20 ms timer fired at worst, outside the drawing stage and in all; then a reload on the kept graph, from navigation to the graph drawn.`,
    "",
    "| page's copy begins | drawing begins | drawing: long tasks | drawn, the page answers again | kept | other long tasks | latest timer, drawing aside | latest timer | reload: drawn |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    `Medians: drawn at ${medianOf((r) => summarize(r).drawTo ?? r.drawnAt)}, kept at ${medianOf((r) => r.settledAt)}, the longest task ${medianOf((r) => summarize(r).longest)}${runs.every((r) => r.reload) ? `, reload drawn at ${medianOf((r) => r.reload!.drawnAt)}` : ""}.`,
    "",
  ];
}

/** One run in detail: the stages, the long tasks, the reload's. */
export function describeRun(run: OpenLargeRun): string[] {
  return [
    "stages (ms from the pick):",
    ...run.stages.map((s) => `  ${int(s.at)}: ${s.stage}`),
    "long tasks:",
    ...run.longTasks.map((t) => `  at ${int(t.at)} ms: ${int(t.ms)} ms (stage ${t.stage})`),
    "timers more than 100 ms late:",
    ...run.timers.filter((t) => t.late > 100).map((t) => `  set at ${int(t.at)} ms: ${int(t.late)} ms late (stage ${stageAt(run.stages, t.at)})`),
    ...(run.reload ? ["reload, long tasks (ms from navigation):", ...run.reload.longTasks.map((t) => `  at ${int(t.at)} ms: ${int(t.ms)} ms`)] : []),
  ];
}

if (process.argv[1]?.endsWith("open-large.ts")) {
  const log = (s: string) => void process.stderr.write(s + "\n");
  const results = await benchOpenLarge(Number(process.argv[2] ?? 3), log);
  process.stdout.write(openLargeSection(results).join("\n") + "\n");
  results.forEach((run, k) => process.stdout.write([`run ${k + 1}:`, ...describeRun(run)].join("\n") + "\n"));
}
