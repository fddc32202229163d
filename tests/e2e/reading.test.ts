// Reading the network in a real headless Chromium: paths as chains of sentences, ego
// networks, time from every evidence sentence, and the browser's history.
import { describe, expect, inject, it } from "vitest";
import { edgeEvidence } from "../../src/app/core/evidence.ts";
import { twinOf } from "../../src/app/core/two-way.ts";
import { clickNode, defaultGraph, displayState, openExplorer, settleCamera, useChromium } from "./page.ts";

const chromium = useChromium();
const graph = defaultGraph();
const url = inject("explorerUrl");

describe("reading the network", () => {
  it("?path=japan,world-trade-organization shows the chain, hop by hop, with its evidence sentences", async () => {
    for (const key of ["japan", "south-korea", "world-trade-organization"]) expect(graph.hasNode(key), key).toBe(true);
    const page = await openExplorer(chromium.browser, url, "path=japan,world-trade-organization");
    const panel = page.getByRole("region", { name: "Path" });
    await expect.poll(() => panel.getByRole("status").textContent()).toMatch(/shortest path.* of 2 hops/);
    const chain = panel.getByRole("list", { name: "Path 1" });
    const hops = chain.locator(":scope > li");
    expect(await hops.count()).toBe(2);
    // The last hop: South Korea filed a complaint with the WTO, in the article's own words.
    const filed = graph.edges("south-korea", "world-trade-organization");
    expect(filed.length).toBeGreaterThan(0);
    const sentence = edgeEvidence(graph, filed[0])[0];
    const words = sentence.doc.text.slice(sentence.start, sentence.end).trim().slice(0, 40);
    await expect.poll(() => hops.nth(1).locator("blockquote").allTextContents()).toContainEqual(expect.stringContaining(words));
    expect(await hops.nth(1).getByRole("button", { name: "Open article" }).count()).toBeGreaterThan(0);
    // The path is what the canvas highlights: its edges keep their colour, the rest is dimmed.
    const { edges } = await displayState(page);
    expect(edges[filed[0]].color).not.toBe("#E4E4E4");
    const away = graph.edges().find((e) => !graph.extremities(e).some((n) => ["japan", "south-korea", "world-trade-organization"].includes(n)))!;
    expect(edges[away].color).toBe("#E4E4E4");
    // Only cooperative actions: no such path.
    await panel.getByRole("combobox").selectOption("cooperative");
    await expect.poll(() => panel.getByRole("status").textContent()).toMatch(/No path/);
    expect(new URL(page.url()).searchParams.get("pathOptions")).toBe("cooperative");
    await page.close();
  });

  it("?ego=japan&depth=1 shows exactly Japan and its neighbours", async () => {
    const page = await openExplorer(chromium.browser, url, "ego=japan&depth=1");
    const expected = new Set(["japan", ...graph.neighbors("japan")]);
    expect(expected.size).toBeLessThan(graph.order);
    await expect
      .poll(async () =>
        Object.entries((await displayState(page)).nodes)
          .filter(([, d]) => !d.hidden)
          .map(([k]) => k)
          .sort(),
      )
      .toEqual([...expected].sort());
    await expect.poll(() => page.locator(".ego-notice").textContent()).toContain("Japan");
    await page.getByRole("button", { name: "Show all" }).click();
    await expect.poll(async () => Object.values((await displayState(page)).nodes).every((d) => !d.hidden)).toBe(true);
    await page.close();
  });

  it("a date range keeps an edge whose second evidence sentence is in it", async () => {
    // An edge whose first sentence is dated outside a month its second sentence is dated in.
    const found = graph.edges().flatMap((edge) => {
      const dates = graph.getEdgeAttribute(edge, "evidence").map((e) => e.date?.slice(0, 7));
      const [first, second] = dates;
      return first && second && /^\d{4}-\d{2}$/.test(second) && !first.startsWith(second) && !second.startsWith(first) ? [{ edge, month: second }] : [];
    });
    expect(found.length).toBeGreaterThan(0);
    const { edge, month } = found[0];
    const page = await openExplorer(chromium.browser, url, `from=${month}&to=${month}&undated=0`);
    const { edges } = await displayState(page);
    expect(edges[edge].hidden, edge).toBe(false);
    // An undated edge is hidden there.
    const undated = graph.edges().find((e) => graph.getEdgeAttribute(e, "evidence").every((ev) => !ev.date) && !graph.getEdgeAttribute(e, "date"))!;
    expect(edges[undated].hidden).toBe(true);
    await page.close();
  });

  it("the play button steps the range month by month, in one step of history; the legend counts follow the filters", async () => {
    const page = await openExplorer(chromium.browser, url, "hideTypes=person");
    const length = await page.evaluate(() => history.length);
    const memberOf = graph.filterEdges((_k, a) => a.action === "member_of");
    const shown = memberOf.filter((e) => graph.extremities(e).every((n) => graph.getNodeAttribute(n, "type") !== "person"));
    expect(shown.length).toBeLessThan(memberOf.length);
    await page.getByRole("checkbox", { name: `member_of (${shown.length} of ${memberOf.length})` }).waitFor();
    await page.getByRole("button", { name: "▶ Play, adding months" }).click();
    const range = () => page.evaluate(() => [new URLSearchParams(location.search).get("from"), new URLSearchParams(location.search).get("to")]);
    const [first] = await range();
    expect(first).toMatch(/^\d{4}-\d{2}$/);
    await expect.poll(range, { timeout: 5000 }).not.toEqual([first, first]);
    const [from, to] = await range();
    expect(from).toBe(first);
    expect(to! > first!).toBe(true);
    await page.getByRole("button", { name: "■ Stop" }).click();
    expect(await page.evaluate(() => history.length)).toBe(length + 1);
    await page.close();
  });

  it("Back restores the previous selection, Forward the next", async () => {
    const page = await openExplorer(chromium.browser, url);
    await clickNode(page, "japan");
    await page.getByRole("heading", { name: "Japan", level: 2 }).waitFor();
    await settleCamera(page);
    const wto = graph.getNodeAttribute("world-trade-organization", "label");
    await page.getByRole("combobox", { name: "Search entities" }).fill(wto);
    await page.getByRole("option").first().click();
    await page.getByRole("heading", { name: wto, level: 2 }).waitFor();
    expect(new URL(page.url()).searchParams.get("node")).toBe("world-trade-organization");
    await page.goBack();
    await page.getByRole("heading", { name: "Japan", level: 2 }).waitFor();
    expect(new URL(page.url()).searchParams.get("node")).toBe("japan");
    await page.goForward();
    await page.getByRole("heading", { name: wto, level: 2 }).waitFor();
    await page.close();
  });
});

describe("articles", () => {
  it("lists the articles with their counts; one's click highlights its part, a tick keeps only it; the evidence search finds edges", async () => {
    const docs = graph.getAttribute("documents");
    const doc = docs[1];
    const edgesOf = graph.filterEdges((_k, a) => a.evidence.some((ev) => ev.doc === doc.id));
    // (A symmetric action stored both ways counts once.)
    const counted = new Set(
      edgesOf.map((e) => {
        const twin = twinOf(graph, e);
        return twin !== undefined && twin < e ? twin : e;
      }),
    );
    expect(edgesOf.length).toBeGreaterThan(0);
    const page = await openExplorer(chromium.browser, url);
    const panel = page.getByRole("region", { name: "Articles" });
    expect(await panel.locator(".article").count()).toBe(docs.length);
    await expect.poll(() => panel.locator(".article").nth(1).textContent()).toContain(`${counted.size} edges`);
    await panel.getByRole("button", { name: doc.title }).click();
    await expect.poll(async () => (await displayState(page)).edges[edgesOf[0]].color).not.toBe("#E4E4E4");
    const other = graph.edges().find((e) => !graph.getEdgeAttribute(e, "evidence").some((ev) => ev.doc === doc.id) && !edgesOf.includes(e))!;
    expect((await displayState(page)).edges[other].color).toBe("#E4E4E4");
    await panel.getByRole("checkbox", { name: `Only “${doc.title}”` }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get("article")).toBe(doc.id);
    expect((await displayState(page)).edges[other].hidden).toBe(true);
    expect((await displayState(page)).edges[edgesOf[0]].hidden).toBe(false);
    // Find in the evidence: "WTO" is in the sentence behind South Korea's complaint.
    await panel.getByRole("searchbox", { name: "Find in the evidence" }).fill("WTO");
    const found = panel.getByRole("list", { name: "Sentences found" }).locator("blockquote");
    await expect.poll(() => found.count()).toBeGreaterThan(0);
    for (const text of await found.allTextContents()) expect(text).toMatch(/WTO/i);
    await page.close();
  });
});

describe("a readable canvas", () => {
  it("frames the connected part, and brings a selected node's neighbourhood into view", async () => {
    const page = await openExplorer(chromium.browser, url);
    const isolated = graph.filterNodes((n) => graph.degree(n) === 0);
    expect(isolated.length).toBeGreaterThan(0);
    const framed = await page.evaluate(() => window.__sigma!.getCustomBBox());
    expect(framed).not.toBeNull();
    // Zoomed in on Japan, most of its neighbours are out of view; selecting it brings them in.
    await page.evaluate(() => {
      const sigma = window.__sigma!;
      const a = sigma.getGraph().getNodeAttributes("japan");
      sigma.getCamera().setState({ ...sigma.viewportToFramedGraph(sigma.graphToViewport({ x: a.x, y: a.y })), ratio: 0.08 });
    });
    await page.waitForTimeout(100);
    const outOfView = () =>
      page.evaluate(() => {
        const sigma = window.__sigma!;
        const graph = sigma.getGraph();
        const { width, height } = sigma.getDimensions();
        return graph.neighbors("japan").filter((n) => {
          const p = sigma.graphToViewport(graph.getNodeAttributes(n) as { x: number; y: number });
          return p.x < 0 || p.y < 0 || p.x > width || p.y > height;
        });
      });
    expect((await outOfView()).length).toBeGreaterThan(0);
    await clickNode(page, "japan");
    await page.getByRole("heading", { name: "Japan", level: 2 }).waitFor();
    await page.waitForTimeout(100);
    await settleCamera(page);
    expect(await outOfView()).toEqual([]);
    // Hiding the nodes without a shown edge hides the isolated ones.
    await page.getByRole("checkbox", { name: /hide nodes without a shown edge/ }).check();
    const { nodes } = await displayState(page);
    for (const n of isolated) expect(nodes[n].hidden, n).toBe(true);
    expect(new URL(page.url()).searchParams.get("isolated")).toBe("hide");
    await page.close();
  });

  it("draws the first view's labels without overlaps, inside the canvas, most of them", async () => {
    const page = await openExplorer(chromium.browser, url);
    await page.waitForTimeout(300);
    const { boxes, width, nodes } = await page.evaluate(() => {
      const sigma = window.__sigma!;
      // Each drawn label's box, checked against where sigma draws its node and the text's width.
      const ctx = document.createElement("canvas").getContext("2d")!;
      const s = sigma.getSettings();
      ctx.font = `${s.labelWeight} ${s.labelSize}px ${s.labelFont}`;
      const boxes = window.__labels!().map((b) => {
        const d = sigma.getNodeDisplayData(b.node)!;
        const p = sigma.framedGraphToViewport(d);
        const size = sigma.scaleSize(d.size);
        const w = ctx.measureText(d.label!).width;
        return { ...b, beside: Math.abs(b.x - (p.x + size + 3)) < 0.5 || Math.abs(b.x + w - (p.x - size - 3)) < 0.5, w };
      });
      return { boxes, width: sigma.getDimensions().width, nodes: sigma.getGraph().order };
    });
    expect(boxes.length).toBeGreaterThan(nodes / 2);
    for (const b of boxes) {
      expect(b.beside, b.node).toBe(true);
      expect(b.width).toBeCloseTo(b.w, 0);
      expect(b.x, b.node).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width, b.node).toBeLessThanOrEqual(width);
    }
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.node} / ${b.node}`).toBe(true);
      }
    await page.close();
  });
});
