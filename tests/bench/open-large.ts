// Opening the large GEXF of issue 21 (tests/support/large-gexf.ts: 180,000 nodes, 540,000
// edges, 111 MB) in the explorer, in headless Chromium: from picking it in "Open graph" to
// the graph drawn and kept in IndexedDB. What is timed is what a person waits for and what
// blocks the page: the stages the status shows, the long tasks of the page's main thread
// (PerformanceObserver, "longtask": 50 ms or more), each put under the app's User Timing
// measure it overlaps most ("open: ..."), and the worst delay of a 20 ms timer.
// `npx tsx tests/bench/open-large.ts [runs]` prints its section of BENCHMARKS.md.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type CDPSession, type Page } from "playwright-core";
import { int } from "../../src/cli/format.ts";
import { CHROMIUM_ARGS, ensureChromium } from "../support/chromium.ts";
import { LARGE_NODES, writeLargeGEXF } from "../support/large-gexf.ts";
import { buildPages, ROOT, serveBuild } from "../support/serve.ts";

export interface OpenLargeRun {
  /** ms from the pick: the status's stage (data-stage), the persistence and sigma's graph as they changed. */
  events: { at: number; what: string }[];
  /** Long tasks after the pick: start (ms from the pick), duration, the measure they fall in. */
  longTasks: { at: number; ms: number; step: string }[];
  /** The app's User Timing measures after the pick. */
  measures: { name: string; at: number; ms: number }[];
  /** The worst delay of a 20 ms timer, between the pick and the graph kept. */
  worstTimerDelay: number;
  drawnAt: number;
  keptAt: number;
  /** The reload after: ms from navigation to the kept graph drawn, and the page's long tasks until then. */
  reload: { drawnAt: number; longTasks: { at: number; ms: number }[] };
}

// In-page code is source text: tsx's keepNames helper does not exist in the page (measure.ts).
const PROBE = `(() => {
  const t0 = performance.now();
  const probe = { t0, events: [], longTasks: [], worst: 0 };
  window.__openProbe = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.startTime >= t0) probe.longTasks.push({ at: e.startTime - t0, ms: e.duration });
  }).observe({ type: "longtask" });
  let last = "";
  const look = () => {
    const status = document.querySelector('[aria-label="Opening"]');
    const origin = document.querySelector('[data-testid="origin"]');
    const order = window.__sigma ? window.__sigma.getGraph().order : 0;
    const now = [status ? status.dataset.stage : "-", "persistence " + (origin && origin.dataset.persistence), "order " + order].join(" | ");
    if (now !== last) probe.events.push({ at: performance.now() - t0, what: now });
    last = now;
  };
  new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  let expected = performance.now() + 20;
  const tick = () => {
    const now = performance.now();
    probe.worst = Math.max(probe.worst, now - expected);
    expected = now + 20;
    look();
    if (!probe.stop) setTimeout(tick, 20);
  };
  setTimeout(tick, 20);
})()`;

const COLLECT = `(() => {
  const probe = window.__openProbe;
  probe.stop = true;
  const measures = performance.getEntriesByType("measure").filter((m) => m.name.startsWith("open: ") && m.startTime >= probe.t0).map((m) => ({ name: m.name.slice(6), at: m.startTime - probe.t0, ms: m.duration }));
  return { events: probe.events, longTasks: probe.longTasks, measures, worstTimerDelay: probe.worst };
})()`;

/** The User Timing measure a long task overlaps most, else the stage the status showed when it began ("-": none). */
function stepOf(task: { at: number; ms: number }, measures: OpenLargeRun["measures"], events: OpenLargeRun["events"]): string {
  const shown = events.filter((e) => e.at <= task.at + 1).pop();
  let best = { name: `stage ${shown?.what.split(" | ")[0] ?? "-"}`, overlap: 0 };
  for (const m of measures) {
    const overlap = Math.min(task.at + task.ms, m.at + m.ms) - Math.max(task.at, m.at);
    if (overlap > best.overlap) best = { name: m.name, overlap };
  }
  return best.name;
}

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
  const since = () => Date.now() - picked;
  await page.waitForFunction((n) => window.__sigma?.getGraph().order === n, LARGE_NODES, { timeout: 600_000, polling: 50 });
  const drawnAt = since();
  await page.locator('[data-testid="origin"][data-persistence="saved"], [data-testid="origin"][data-persistence="failed"]').waitFor({ timeout: 600_000 });
  const keptAt = since();
  if (cdp) writeFileSync(profile!, JSON.stringify((await cdp.send("Profiler.stop")).profile));
  // The last long tasks end and are reported.
  await page.waitForTimeout(1000);
  const run = (await page.evaluate(COLLECT)) as Omit<OpenLargeRun, "drawnAt" | "keptAt" | "reload">;
  const longTasks = run.longTasks.map((t) => ({ ...t, step: stepOf(t, run.measures, run.events) }));
  return { ...run, longTasks, drawnAt, keptAt };
}

const RELOAD_PROBE = `(() => {
  window.__reloadTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__reloadTasks.push({ at: e.startTime, ms: e.duration });
  }).observe({ type: "longtask", buffered: true });
})()`;

/** Reloads the page, which opens on the kept graph: when it is drawn, and the long tasks until then. */
async function reloadOnce(page: Page, profile?: string): Promise<OpenLargeRun["reload"]> {
  await page.addInitScript(RELOAD_PROBE);
  const cdp = profile ? await startProfile(page) : undefined;
  await page.reload();
  const drawn = await page.waitForFunction((n) => window.__sigma?.getGraph().order === n && performance.now(), LARGE_NODES, { timeout: 600_000, polling: 50 });
  const drawnAt = (await drawn.jsonValue()) as number;
  if (cdp) writeFileSync(profile!, JSON.stringify((await cdp.send("Profiler.stop")).profile));
  await page.waitForTimeout(1000);
  const longTasks = (await page.evaluate("window.__reloadTasks")) as { at: number; ms: number }[];
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
        // OPEN_LARGE_PROFILE=name: the page's CPU profiles of the first run, name-open.cpuprofile and name-reload.cpuprofile (Chrome DevTools opens them).
        const profile = k === 0 ? process.env.OPEN_LARGE_PROFILE : undefined;
        const opened = await openOnce(page, file, profile && `${profile}-open.cpuprofile`);
        const run = { ...opened, reload: await reloadOnce(page, profile && `${profile}-reload.cpuprofile`) };
        results.push(run);
        log(
          `  run ${k + 1}/${runs}: drawn at ${int(run.drawnAt)} ms, kept at ${int(run.keptAt)} ms, worst timer delay ${int(run.worstTimerDelay)} ms; reloaded: drawn at ${int(run.reload.drawnAt)} ms`,
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

/** One run, in detail: the stages, the long tasks by step, the measures. */
export function describeRun(run: OpenLargeRun): string[] {
  const lines = ["events:", ...run.events.map((e) => `  ${int(e.at)} ms: ${e.what}`), "measures:", ...run.measures.map((m) => `  ${m.name}: at ${int(m.at)} ms, ${int(m.ms)} ms`)];
  lines.push("long tasks:", ...run.longTasks.map((t) => `  at ${int(t.at)} ms: ${int(t.ms)} ms (${t.step})`));
  const total = run.longTasks.reduce((s, t) => s + t.ms, 0);
  const longest = Math.max(0, ...run.longTasks.map((t) => t.ms));
  lines.push(`long tasks: ${run.longTasks.length}, ${int(total)} ms in all, the longest ${int(longest)} ms; worst timer delay ${int(run.worstTimerDelay)} ms`);
  const { drawnAt, longTasks } = run.reload;
  lines.push(`reload: drawn at ${int(drawnAt)} ms; long tasks (ms from navigation):`, ...longTasks.map((t) => `  at ${int(t.at)} ms: ${int(t.ms)} ms`));
  return lines;
}

if (process.argv[1]?.endsWith("open-large.ts")) {
  const log = (s: string) => void process.stderr.write(s + "\n");
  const results = await benchOpenLarge(Number(process.argv[2] ?? 1), log);
  for (const run of results) process.stdout.write(describeRun(run).join("\n") + "\n");
}
