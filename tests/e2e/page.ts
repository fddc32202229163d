// Driving the explorer in Chromium: open it with `?e2e` (which exposes the sigma instance
// as window.__sigma), find where a node or edge is drawn, click it, read what is drawn.
import { readFileSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject } from "vitest";
import { fromJSON } from "../../src/graph/formats/json/write.ts";
import type { NewsGraph } from "../../src/graph/types.ts";
import { CHROMIUM_ARGS } from "../support/chromium.ts";
import { SYMMETRIC_ACTIONS } from "../../src/extract/types.ts";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: inject("chromiumPath"), args: CHROMIUM_ARGS });
}

/** One Chromium for the calling test file: launched before its tests, closed after. */
export function useChromium(): { browser: Browser } {
  const handle = {} as { browser: Browser };
  beforeAll(async () => {
    handle.browser = await launchChromium();
  });
  afterAll(async () => {
    await handle.browser?.close();
  });
  return handle;
}

/** The graph the default explorer serves (extracted from graph-data/articles by the setup). */
export function defaultGraph(): NewsGraph {
  return fromJSON(readFileSync(inject("defaultGraphFile"), "utf8"), "graph.json");
}

/** Opens the explorer at `base` with `query` (without "?"), once sigma has drawn the graph. */
export async function openExplorer(browser: Browser, base: string, query = ""): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.stack ?? e.message));
  await page.goto(`${base}?e2e${query ? `&${query}` : ""}`);
  try {
    await page.waitForFunction(() => (window.__sigma?.getGraph().order ?? 0) > 0, undefined, { timeout: 30_000 });
  } catch (e) {
    throw new Error(`the explorer did not draw a graph (page errors: ${errors.join(" | ") || "none"})`, { cause: e });
  }
  await settleCamera(page);
  return page;
}

/**
 * The page answers while a worker is busy: 20 timers of 20 ms fire less than 200 ms late,
 * and the search box offers a match for "Japan".
 */
export async function expectResponsive(page: Page): Promise<void> {
  const worstDelay = await page.evaluate(async () => {
    let worst = 0;
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await new Promise((r) => setTimeout(r, 20));
      worst = Math.max(worst, performance.now() - t - 20);
    }
    return worst;
  });
  expect(worstDelay).toBeLessThan(200);
  await expectSearchAnswers(page);
}

/** The search box offers a match for "Japan" (the default graph is on screen). */
export async function expectSearchAnswers(page: Page): Promise<void> {
  await page.getByRole("combobox", { name: "Search entities" }).fill("Japan");
  await page.getByRole("option").first().waitFor();
}

/** What watchPage saw, on the page's clock (ms): timers, the Opening status's stages, long tasks. */
export interface PageWatch {
  /** A 20 ms timer set again each time it fires: when each was set and fired. */
  waits: { set: number; fired: number }[];
  /** The stage (data-stage) the Opening status shows from `at` on ("none": no status). */
  stages: { at: number; stage: string }[];
  /** The page's main-thread tasks of 50 ms or more (PerformanceObserver "longtask"). */
  tasks: { start: number; duration: number }[];
  /** When it stopped. */
  end: number;
}

/** Starts watching the page (PageWatch); `stop` ends it and returns what it saw. */
export async function watchPage(page: Page): Promise<{ stop: () => Promise<PageWatch> }> {
  await page.evaluate(() => {
    const watch: PageWatch & { stopped: boolean } = { waits: [], stages: [], tasks: [], end: 0, stopped: false };
    (window as unknown as { __watch: typeof watch }).__watch = watch;
    const stage = () => document.querySelector<HTMLElement>('[role="status"][aria-label="Opening"]')?.dataset.stage ?? "none";
    const look = () => {
      const now = stage();
      if (watch.stages.at(-1)?.stage !== now) watch.stages.push({ at: performance.now(), stage: now });
    };
    look();
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-stage"] });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) watch.tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask" });
    const tick = (set: number) => {
      watch.waits.push({ set, fired: performance.now() });
      if (!watch.stopped) setTimeout(tick, 20, performance.now());
    };
    setTimeout(tick, 20, performance.now());
  });
  return {
    stop: async () => {
      // (The last long task is reported after it ends.)
      await page.waitForTimeout(200);
      return page.evaluate(() => {
        const watch = (window as unknown as { __watch: PageWatch & { stopped: boolean } }).__watch;
        watch.stopped = true;
        return { waits: watch.waits, stages: watch.stages, tasks: watch.tasks, end: performance.now() };
      });
    },
  };
}

/** The time spans a stage was shown. */
export function stageSpans(watch: PageWatch, stage: string): { from: number; to: number }[] {
  const { stages, end } = watch;
  return stages.flatMap((s, i) => (s.stage === stage ? [{ from: s.at, to: stages[i + 1]?.at ?? end }] : []));
}

/**
 * The longest task and the latest timer (beyond its 20 ms) the watch saw, leaving out those
 * that overlap `spans`; each with where it was (for a failure's message).
 */
export function worstOutside(watch: PageWatch, spans: { from: number; to: number }[] = []): { task: number; timer: number; where: string } {
  const outside = (from: number, to: number) => !spans.some((s) => from < s.to && to > s.from);
  const stageAt = (t: number) => watch.stages.filter((s) => s.at <= t).pop()?.stage ?? "none";
  const task = watch.tasks.filter((t) => outside(t.start, t.start + t.duration)).reduce((a, t) => (t.duration > a.duration ? t : a), { start: 0, duration: 0 });
  const wait = watch.waits.filter((w) => outside(w.set, w.fired)).reduce((a, w) => (w.fired - w.set > a.fired - a.set ? w : a), { set: 0, fired: 20 });
  return {
    task: task.duration,
    timer: wait.fired - wait.set - 20,
    where: `longest task ${Math.round(task.duration)} ms at ${Math.round(task.start)} ms (stage ${stageAt(task.start)}); latest timer ${Math.round(wait.fired - wait.set - 20)} ms late, set at ${Math.round(wait.set)} ms (stage ${stageAt(wait.set)})`,
  };
}

/** Waits until the camera stops moving (after a search pick, for instance). */
export async function settleCamera(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__sigma!.getCamera().isAnimated());
}

/** Page coordinates of a node's centre. */
export async function nodePoint(page: Page, key: string): Promise<{ x: number; y: number }> {
  return page.evaluate((key) => {
    const sigma = window.__sigma!;
    const a = sigma.getGraph().getNodeAttributes(key);
    const p = sigma.graphToViewport({ x: a.x, y: a.y });
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, key);
}

export async function clickNode(page: Page, key: string): Promise<void> {
  const p = await nodePoint(page, key);
  await page.mouse.click(p.x, p.y);
}

/**
 * A straight edge (no parallel edge between its ends) whose midpoint is far from every node,
 * and that midpoint in page coordinates: a place where a click can only hit that edge.
 */
export async function clickableEdge(page: Page): Promise<{ key: string; x: number; y: number }> {
  return page.evaluate(() => {
    const sigma = window.__sigma!;
    const graph = sigma.getGraph();
    const box = sigma.getContainer().getBoundingClientRect();
    const at = (node: string) => {
      const a = graph.getNodeAttributes(node);
      return sigma.graphToViewport({ x: a.x, y: a.y });
    };
    const nodes = graph.nodes().map((n) => ({ ...at(n), r: sigma.scaleSize(sigma.getNodeDisplayData(n)!.size) }));
    let best = { key: "", x: 0, y: 0, clearance: -Infinity };
    graph.forEachEdge((key, _a, source, target) => {
      // (graphology counts edges both ways here.)
      if (graph.edges(source, target).length > 1) return;
      const s = at(source);
      const t = at(target);
      const m = { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
      const clearance = Math.min(...nodes.map((n) => Math.hypot(n.x - m.x, n.y - m.y) - n.r));
      if (clearance > best.clearance) best = { key, x: m.x, y: m.y, clearance };
    });
    return { key: best.key, x: box.left + best.x, y: box.top + best.y };
  });
}

/**
 * What sigma draws for each node and edge right now (after the reducers). A symmetric action
 * stored both ways is drawn once (src/app/core/two-way.ts): its second edge reads as the first.
 */
export async function displayState(page: Page): Promise<{
  nodes: Record<string, { hidden: boolean; color: string }>;
  edges: Record<string, { hidden: boolean; color: string; label: string }>;
}> {
  return page.evaluate(
    (symmetric) => {
      const sigma = window.__sigma!;
      const graph = sigma.getGraph();
      const nodes: Record<string, { hidden: boolean; color: string }> = {};
      const edges: Record<string, { hidden: boolean; color: string; label: string }> = {};
      graph.forEachNode((n) => {
        const d = sigma.getNodeDisplayData(n)!;
        nodes[n] = { hidden: !!d.hidden, color: d.color };
      });
      const drawnAs = (e: string, action: string, source: string, target: string) =>
        symmetric.includes(action) && !graph.isUndirected(e) ? (graph.outEdges(target, source).find((f) => f < e && graph.getEdgeAttribute(f, "action") === action) ?? e) : e;
      graph.forEachEdge((e, a, source, target) => {
        const d = sigma.getEdgeDisplayData(drawnAs(e, a.action, source, target))!;
        edges[e] = { hidden: !!d.hidden, color: d.color, label: d.label ?? "" };
      });
      return { nodes, edges };
    },
    [...SYMMETRIC_ACTIONS] as string[],
  );
}

/**
 * Pixels of the canvas area as a person sees them (a real screenshot, decoded by Chromium):
 * how many are not background, and how many are close to each given colour.
 */
export async function canvasPixels(page: Page, colors: string[]): Promise<{ total: number; drawn: number; near: number[] }> {
  const box = (await page.locator(".canvas").boundingBox())!;
  const png = await page.screenshot({ clip: box });
  const decoder = await page.context().browser()!.newPage();
  try {
    return await decoder.evaluate(
      async ({ data, colors }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = document.createElement("canvas");
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext("2d")!;
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, img.width, img.height).data;
        const rgb = colors.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
        const near = colors.map(() => 0);
        let drawn = 0;
        for (let i = 0; i < px.length; i += 4) {
          if (px[i] < 245 || px[i + 1] < 245 || px[i + 2] < 245) drawn++;
          rgb.forEach(([r, g, b], k) => {
            if (Math.abs(px[i] - r) < 12 && Math.abs(px[i + 1] - g) < 12 && Math.abs(px[i + 2] - b) < 12) near[k]++;
          });
        }
        return { total: px.length / 4, drawn, near };
      },
      { data: png.toString("base64"), colors },
    );
  } finally {
    await decoder.close();
  }
}

/** Clicks an entry of the Export menu and returns the downloaded file's name and bytes. */
export async function exportFile(page: Page, entry: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByText("Export", { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: entry }).click()]);
  const path = await download.path();
  // (A choice closes the menu.)
  expect(await page.locator(".export-menu").getAttribute("open")).toBeNull();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}
