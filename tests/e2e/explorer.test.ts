// The explorer in a real headless Chromium, on the graph extracted from graph-data/articles:
// rendering, evidence panels, search, filters, URL state and exports.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { TYPE_COLORS } from "../../src/graph/palette.ts";
import { DIM_COLOR } from "../../src/app/canvas/reducers.ts";
import { canvasPixels, clickableEdge, clickNode, displayState, nodePoint, openExplorer, settleCamera, defaultGraph, useChromium } from "./page.ts";

const chromium = useChromium();
const graph = defaultGraph();
const url = inject("explorerUrl");

const keyOf = (label: string) => graph.findNode((_k, a) => a.label === label)!;
const textOf = (doc: string, start: number, end: number) =>
  graph
    .getAttribute("documents")
    .find((d) => d.id === doc)!
    .text.slice(start, end);
const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const panel = (page: Page) => page.getByRole("complementary", { name: "Details" });
/** Runs `record` (page-side source; `canvas` is sigma's node canvas) as soon as sigma adds its canvases. */
const atFirstCanvas = (page: Page, record: string) =>
  page.addInitScript(`new MutationObserver((_, observer) => {
    const canvas = document.querySelector("canvas.sigma-nodes");
    if (!canvas) return;
    ${record}
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true })`);

describe("explorer", () => {
  it("renders the default graph: a canvas that is not blank, in the palette's colours", async () => {
    const page = await openExplorer(chromium.browser, url);
    const { total, drawn, near } = await canvasPixels(page, [TYPE_COLORS.country, TYPE_COLORS.person]);
    expect(drawn / total).toBeGreaterThan(0.01);
    expect(near[0]).toBeGreaterThan(50); // the country discs (Japan, South Korea)
    expect(near[1]).toBeGreaterThan(50); // the people
    await expect(page.getByTestId("summary").textContent()).resolves.toContain(`${graph.order} of ${graph.order} nodes`);
    await page.close();
  });

  it("draws the graph before React mounts, keeps that canvas, and fits it to its container", async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Notes, as sigma adds its canvases, whether React has rendered anything yet (its toolbar buttons).
    await atFirstCanvas(page, `window.__first = { canvas, react: document.querySelectorAll(".toolbar button").length };`);
    await page.goto(`${url}?e2e`);
    await page.waitForFunction(() => (window.__sigma?.getGraph().order ?? 0) > 0);
    await page.getByTestId("summary").waitFor();
    const state = await page.evaluate(() => {
      const sigma = window.__sigma!;
      const container = sigma.getContainer();
      const first = (window as unknown as { __first: { canvas: Element; react: number } }).__first;
      return {
        reactAtFirstFrame: first.react,
        sameCanvas: document.querySelector("canvas.sigma-nodes") === first.canvas,
        renderers: document.querySelectorAll(".sigma-container").length,
        size: [container.offsetWidth, container.offsetHeight],
        drawn: [sigma.getDimensions().width, sigma.getDimensions().height],
      };
    });
    expect(state).toMatchObject({ reactAtFirstFrame: 0, sameCanvas: true, renderers: 1 });
    expect(state.drawn).toEqual(state.size);
    // The layout, not the window, narrows the canvas: sigma follows.
    await page.evaluate(() => (document.querySelector<HTMLElement>(".explorer")!.style.gridTemplateColumns = "330px 1fr 420px"));
    await page.waitForFunction(() => window.__sigma!.getDimensions().width === window.__sigma!.getContainer().offsetWidth);
    expect(await page.evaluate(() => window.__sigma!.getDimensions().width)).toBe(state.size[0] - 100);
    await page.close();
  });

  it("keeps the canvas at the size it was first drawn at when React fills the toolbar in, in a narrow window too", async () => {
    // A canvas that changes size is drawn again: seconds for a large graph without a GPU.
    const page = await chromium.browser.newPage({ viewport: { width: 1100, height: 800 } });
    await atFirstCanvas(page, `window.__firstSize = [canvas.parentElement.offsetWidth, canvas.parentElement.offsetHeight];`);
    await page.goto(`${url}?e2e`);
    await page.waitForFunction(() => (window.__sigma?.getGraph().order ?? 0) > 0);
    await page.getByTestId("summary").waitFor();
    const sizes = await page.evaluate(() => {
      const container = window.__sigma!.getContainer();
      return { first: (window as unknown as { __firstSize: number[] }).__firstSize, now: [container.offsetWidth, container.offsetHeight] };
    });
    expect(sizes.now).toEqual(sizes.first);
    // The summary stays on one line; cut, it is all in its title.
    const summary = page.getByTestId("summary");
    await expect(summary.getAttribute("title")).resolves.toBe(await summary.textContent());
    await page.close();
  });

  it("clicking the Japan node shows its relations and the sentences that mention it", async () => {
    const page = await openExplorer(chromium.browser, url);
    const japan = keyOf("Japan");
    await clickNode(page, japan);
    await page.getByRole("article", { name: "Node Japan" }).waitFor();
    expect(new URL(page.url()).searchParams.get("node")).toBe(japan);
    // Mentions: every sentence in the panel names Japan (the marked words are its names).
    const names = new Set(["Japan", ...graph.getNodeAttribute(japan, "aliases")]);
    const marks = await panel(page).locator(`mark[data-node="${japan}"]`).allTextContents();
    expect(marks.length).toBeGreaterThan(5);
    expect(marks.filter((m) => !names.has(m))).toEqual([]);
    const sentences = await panel(page).locator("blockquote.sentence").allTextContents();
    expect(sentences.some((s) => s.includes("Japan"))).toBe(true);
    // Relations are grouped by action.
    const actions = new Set(graph.mapEdges(japan, (_e, a) => a.action));
    expect(await panel(page).locator(".relation-group h4").count()).toBe(actions.size);

    // "Open article" shows the whole text with the sentence highlighted and in view.
    const first = panel(page).locator(".article-mentions .quote").first();
    const sentence = squash((await first.locator("blockquote").textContent())!);
    await first.getByRole("button", { name: "Open article" }).click();
    const dialog = page.getByRole("dialog");
    await expect(squash((await dialog.locator("mark.sentence").textContent())!)).toBe(sentence);
    expect(
      await dialog.locator("mark.sentence").evaluate((el) => {
        const box = el.getBoundingClientRect();
        const view = el.closest(".article-text")!.getBoundingClientRect();
        return box.top >= view.top && box.bottom <= view.bottom;
      }),
    ).toBe(true);
    await page.keyboard.press("Escape");
    await expect(dialog.count()).resolves.toBe(0);
    // Esc again clears the selection.
    await page.keyboard.press("Escape");
    await page.getByText("Click a node to read").waitFor();
    expect(new URL(page.url()).searchParams.has("node")).toBe(false);
    await page.close();
  });

  it("clicking an edge shows its action, date and evidence sentence; a background click clears it", async () => {
    const page = await openExplorer(chromium.browser, url);
    const edge = await clickableEdge(page);
    await page.mouse.click(edge.x, edge.y);
    const a = graph.getEdgeAttributes(edge.key);
    await page.getByRole("article", { name: `Edge ${a.action}` }).waitFor();
    expect(new URL(page.url()).searchParams.get("edge")).toBe(edge.key);
    const shown = (await panel(page).locator("blockquote.sentence").allTextContents()).map(squash);
    expect(shown).toEqual(a.evidence.map((ev) => squash(textOf(ev.doc, ev.start, ev.end))));
    // Background: a corner of the canvas, away from the graph. Sigma takes two clicks within
    // its doubleClickTimeout for a double click (which zooms), so leave a human pause first.
    await page.waitForTimeout(500);
    const box = (await page.locator(".canvas").boundingBox())!;
    await page.mouse.click(box.x + 5, box.y + box.height - 5);
    await page.getByText("Click a node to read").waitFor();
    await page.close();
  });

  it("an edge is hit where it is drawn even while a full redraw waits for the next frame", async () => {
    const page = await openExplorer(chromium.browser, url);
    const edge = await clickableEdge(page);
    // Until the next frame, a scheduled full refresh leaves sigma's display data with the graph's
    // own coordinates (hovering the first edge schedules one): a click in between still finds the edge.
    await page.evaluate(({ x, y }) => {
      const sigma = window.__sigma!;
      sigma.refresh({ schedule: true });
      const canvas = sigma.getContainer().querySelector("canvas.sigma-mouse")!;
      const init = { clientX: x, clientY: y, bubbles: true, button: 0 };
      canvas.dispatchEvent(new MouseEvent("mousedown", init));
      document.dispatchEvent(new MouseEvent("mouseup", init));
      canvas.dispatchEvent(new MouseEvent("click", init));
    }, edge);
    await page.waitForFunction((key) => new URL(location.href).searchParams.get("edge") === key, edge.key, { timeout: 5000 });
    await page.close();
  });

  it("hovering a node highlights its neighbourhood, labels its edges and dims the rest", async () => {
    const page = await openExplorer(chromium.browser, url);
    const japan = keyOf("Japan");
    const p = await nodePoint(page, japan);
    await page.mouse.move(p.x, p.y);
    await page.waitForFunction(() => window.__sigma!.getContainer().style.cursor === "pointer");
    const { nodes, edges } = await displayState(page);
    const neighbours = new Set([japan, ...graph.neighbors(japan)]);
    for (const [key, d] of Object.entries(nodes)) {
      expect(d.color, key).toBe(neighbours.has(key) ? TYPE_COLORS[graph.getNodeAttribute(key, "type")] : DIM_COLOR);
    }
    for (const [key, d] of Object.entries(edges)) {
      expect(d.label, key).toBe(graph.extremities(key).includes(japan) ? graph.getEdgeAttribute(key, "action") : "");
    }
    await page.close();
  });

  it("the Layout button runs ForceAtlas2 in its worker until stopped", async () => {
    const page = await openExplorer(chromium.browser, url);
    const positions = () =>
      page.evaluate(() =>
        window
          .__sigma!.getGraph()
          .mapNodes((_k, a) => `${a.x},${a.y}`)
          .join(";"),
      );
    const before = await positions();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.getByRole("button", { name: "Layout" }).click();
    await page.getByRole("button", { name: "Stop layout" }).waitFor();
    await page.waitForFunction(
      (before) =>
        window
          .__sigma!.getGraph()
          .mapNodes((_k, a) => `${a.x},${a.y}`)
          .join(";") !== before,
      before,
    );
    await page.getByRole("button", { name: "Stop layout" }).click();
    await page.getByRole("button", { name: "Layout" }).waitFor();
    const stopped = await positions();
    await page.waitForTimeout(300);
    expect(await positions()).toBe(stopped);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("ForceAtlas2's settings change the running layout; Fit brings the whole graph into view", async () => {
    const page = await openExplorer(chromium.browser, url);
    await page.getByText("Settings", { exact: true }).click();
    const settings = page.getByRole("group", { name: "ForceAtlas2 settings" });
    await settings.getByLabel("Gravity").fill("5");
    await settings.getByLabel("LinLog mode").check();
    await page.getByRole("button", { name: "Layout" }).click();
    await page.getByRole("button", { name: "Stop layout" }).waitFor();
    await settings.getByLabel("Prevent overlap").check();
    await page.waitForTimeout(300);
    await page.getByRole("button", { name: "Stop layout" }).click();
    await page.getByRole("button", { name: "Layout" }).waitFor();
    await page.evaluate(() => window.__sigma!.getCamera().setState({ x: 0.9, y: 0.1, ratio: 4 }));
    await page.getByRole("button", { name: "Fit" }).click();
    await page.waitForFunction(() => {
      const s = window.__sigma!.getCamera().getState();
      return s.ratio === 1 && s.x === 0.5 && s.y === 0.5;
    });
    await page.close();
  });

  it('searching "Seoul" offers and selects South Korea and moves the camera to it; "Tokyo" offers Japan', async () => {
    const page = await openExplorer(chromium.browser, url);
    const search = page.getByRole("combobox", { name: "Search entities" });
    await search.fill("Tokyo");
    await expect(page.getByRole("option").first().textContent()).resolves.toContain("Japan");
    await search.fill("Seoul");
    await expect(page.getByRole("option").first().textContent()).resolves.toContain("South Korea");
    const before = await page.evaluate(() => window.__sigma!.getCamera().getState());
    await search.press("Enter");
    await page.getByRole("article", { name: "Node South Korea" }).waitFor();
    expect(new URL(page.url()).searchParams.get("node")).toBe(keyOf("South Korea"));
    await settleCamera(page);
    const after = await page.evaluate(() => window.__sigma!.getCamera().getState());
    expect(after).not.toEqual(before);
    // The node is now at the centre of the canvas.
    const p = await nodePoint(page, keyOf("South Korea"));
    const box = (await page.locator(".canvas").boundingBox())!;
    expect(Math.abs(p.x - (box.x + box.width / 2))).toBeLessThan(5);
    expect(Math.abs(p.y - (box.y + box.height / 2))).toBeLessThan(5);
    await page.close();
  });
});
