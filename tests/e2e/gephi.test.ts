// The round trip with Gephi in a real headless Chromium (issue 18), on Gephi Lite's sample
// Les Misérables (tests/fixtures/graphs): the file's colours, sizes and undirected edges kept
// on the canvas and in the panels; its GEXF export valid, with the same counts, colours and
// attributes; colour by a partition and size by PageRank change what sigma draws.
import { readFileSync } from "node:fs";
import Graph from "graphology";
import { parse } from "graphology-gexf";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { maxNodeSize } from "../../src/app/core/appearance.ts";
import { validateGEXF } from "../validate-gexf.ts";
import { dismissNotices, fixture, notice, pickGraph } from "./files.ts";
import { canvasPixels, clickableEdge, clickNode, exportFile, openExplorer, settleCamera, useChromium } from "./page.ts";

const chromium = useChromium();
const url = inject("explorerUrl");

/** The explorer with Les Misérables opened in it, and Valjean's key. */
async function openLesMiserables(): Promise<{ page: Page; valjean: string; errors: string[] }> {
  const page = await openExplorer(chromium.browser, url);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await pickGraph(page, fixture("graphs/les-miserables.gexf"));
  await notice(page, "Opened les-miserables.gexf: 77 nodes, 254 edges").waitFor();
  await page.waitForFunction(() => window.__sigma?.getGraph().order === 77, undefined, { timeout: 60_000 });
  await dismissNotices(page);
  const valjean = await page.evaluate(() => window.__sigma!.getGraph().findNode((_k, a) => a.label === "Valjean")!);
  return { page, valjean, errors };
}

/** What sigma draws of each node: colour and size. */
const drawnNodes = (page: Page) =>
  page.evaluate(() => {
    const sigma = window.__sigma!;
    return Object.fromEntries(sigma.getGraph().mapNodes((n) => [n, { color: sigma.getNodeDisplayData(n)!.color, size: sigma.getNodeDisplayData(n)!.size }]));
  });

describe("a Gephi file (Les Misérables: viz colour and size, undirected)", () => {
  it("is drawn in its colours and proportions, its edges without arrows and listed as two-way", async () => {
    const { page, valjean, errors } = await openLesMiserables();
    const nodes = await drawnNodes(page);
    expect(nodes[valjean]).toEqual({ color: "rgb(245,91,91)", size: maxNodeSize(77) });
    const sizes = await page.evaluate(() => window.__sigma!.getGraph().mapNodes((n, a): [string, number] => [n, a.size as number]));
    for (const [n, size] of sizes) expect(nodes[n].size).toBeCloseTo(Math.max(1, (size * maxNodeSize(77)) / 100), 6);
    const edgeTypes = await page.evaluate(() => {
      const sigma = window.__sigma!;
      return [...new Set(sigma.getGraph().mapEdges((e) => sigma.getEdgeDisplayData(e)!.type))];
    });
    expect(edgeTypes.every((t) => t === "line" || t === "curved")).toBe(true);
    // A person sees Valjean's red.
    const { near } = await canvasPixels(page, ["#F55B5B"]);
    expect(near[0]).toBeGreaterThan(200);
    await clickNode(page, valjean);
    const panel = page.getByRole("article", { name: "Node Valjean" });
    await panel.waitFor();
    const arrows = await panel.locator(".direction").allTextContents();
    expect(arrows.length).toBeGreaterThan(10);
    expect(new Set(arrows)).toEqual(new Set(["↔"]));
    // Every panel takes a graph without this project's attributes: an edge, the data table's edges.
    await page.keyboard.press("Escape");
    await settleCamera(page);
    const edge = await clickableEdge(page);
    // Sigma takes two clicks within its doubleClickTimeout for a double click: a human pause first.
    await page.waitForTimeout(400);
    await page.mouse.click(edge.x, edge.y);
    await page.getByRole("article", { name: /^Edge / }).waitFor();
    await expect(
      page
        .getByRole("article", { name: /^Edge / })
        .locator(".chip")
        .textContent(),
    ).resolves.toBe("↔");
    await page.getByRole("button", { name: "Data table" }).click();
    await page.getByRole("tab", { name: /^Edges/ }).click();
    await page.getByRole("combobox", { name: "Search entities" }).fill("Val");
    await page.getByRole("option").first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("exports GEXF 1.3 that validates, with the same counts, colours, sizes and attributes", async () => {
    const { page, valjean } = await openLesMiserables();
    const { name, bytes } = await exportFile(page, "GEXF, whole graph");
    expect(name).toBe("graph.gexf");
    const xml = bytes.toString("utf8");
    const result = await validateGEXF(xml);
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    const back = parse(Graph, xml);
    expect([back.order, back.size, back.type]).toEqual([77, 254, "undirected"]);
    expect(back.getNodeAttributes(valjean)).toMatchObject({ label: "Valjean", color: "rgb(245,91,91)", size: 100, modularity_class: 1 });
    await page.close();
  });

  it("colour by a partition and size by PageRank change what sigma draws, and stay in the URL", async () => {
    const { page, valjean } = await openLesMiserables();
    const before = await drawnNodes(page);
    await page.getByLabel("Node colour").selectOption("attr:modularity_class");
    await page.waitForFunction((v) => window.__sigma!.getNodeDisplayData(v)!.color !== "rgb(245,91,91)", valjean);
    const byClass = await drawnNodes(page);
    const classes = await page.evaluate(() => window.__sigma!.getGraph().mapNodes((n, a): [string, number] => [n, a.modularity_class as number]));
    // One colour per class: nodes of a class share it, and no two classes do.
    const colourOf = new Map<number, string>();
    for (const [n, c] of classes) {
      expect(byClass[n].color).toBe(colourOf.get(c) ?? byClass[n].color);
      colourOf.set(c, byClass[n].color);
    }
    expect(new Set(colourOf.values()).size).toBe(colourOf.size);
    expect(await page.getByRole("list", { name: "Node colours" }).getByRole("listitem").count()).toBe(colourOf.size);
    // Its ticks filter: unticking Valjean's class hides its nodes, and the URL keeps it.
    await page.getByRole("list", { name: "Node colours" }).getByLabel(/^1 \(/).uncheck();
    await page.waitForFunction((v) => window.__sigma!.getNodeDisplayData(v)!.hidden === true, valjean);
    const hidden = await page.evaluate(() => window.__sigma!.getGraph().filterNodes((n) => !!window.__sigma!.getNodeDisplayData(n)!.hidden));
    expect(hidden.sort()).toEqual(
      classes
        .filter(([, c]) => c === 1)
        .map(([n]) => n)
        .sort(),
    );
    expect(new URL(page.url()).searchParams.getAll("hideValue")).toEqual(["1"]);
    await page.getByRole("list", { name: "Node colours" }).getByLabel(/^1 \(/).check();

    await page.getByLabel("Node size").selectOption("attr:pagerank");
    // PageRank is computed in a worker, stored on the nodes, and the sizes follow it.
    await page.waitForFunction((v) => typeof window.__sigma?.getGraph().getNodeAttribute(v, "pagerank") === "number", valjean, { timeout: 30_000 });
    const byRank = await drawnNodes(page);
    const ranks = await page.evaluate(() => window.__sigma!.getGraph().mapNodes((n, a): [string, number] => [n, a.pagerank as number]));
    const [top] = [...ranks].sort((a, b) => b[1] - a[1])[0];
    expect(top).toBe(valjean);
    expect(byRank[valjean].size).toBe(maxNodeSize(77));
    const changed = Object.keys(before).filter((n) => Math.abs(before[n].size - byRank[n].size) > 0.5);
    expect(changed.length).toBeGreaterThan(30);
    expect(new URL(page.url()).searchParams.get("size")).toBe("attr:pagerank");
    expect(new URL(page.url()).searchParams.get("color")).toBe("attr:modularity_class");
    await page.close();
  });
});

describe("the data table", () => {
  it("sorts by a column, filters, selects the node of a row and exports its rows as CSV", async () => {
    const { page, valjean } = await openLesMiserables();
    await page.getByRole("button", { name: "Data table" }).click();
    const table = page.getByRole("region", { name: "Data table" });
    await table.waitFor();
    await expect(table.getByTestId("table-count").textContent()).resolves.toBe("77 of 77 rows");
    // Degree, highest first: Valjean (36 co-appearances) heads the table.
    await table.getByRole("button", { name: "degree" }).click();
    await table.getByRole("button", { name: "degree ▲" }).click();
    const firstRow = table.locator("tbody tr[data-key]").first();
    await expect(firstRow.getAttribute("data-key")).resolves.toBe(valjean);
    const degrees = await table.locator("tbody tr[data-key] td:nth-child(2)").allTextContents();
    expect(degrees.map(Number)).toEqual([...degrees.map(Number)].sort((a, b) => b - a));
    await table.getByLabel("Filter label").fill("mme");
    const labels = await table.locator("tbody tr[data-key] td:first-child").allTextContents();
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.every((l) => l.toLowerCase().includes("mme"))).toBe(true);
    const { name, bytes } = await (async () => {
      const [download] = await Promise.all([page.waitForEvent("download"), table.getByRole("button", { name: "CSV of these rows" }).click()]);
      return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
    })();
    expect(name).toBe("nodes.csv");
    expect(bytes.toString("utf8").trim().split("\r\n")).toHaveLength(labels.length + 1);
    // A row selects its node: the details panel opens on it, the URL names it.
    await table.getByLabel("Filter label").fill("");
    await table.locator(`tbody tr[data-key="${valjean}"]`).click();
    await page.getByRole("article", { name: "Node Valjean" }).waitFor();
    expect(new URL(page.url()).searchParams.get("node")).toBe(valjean);
    await page.close();
  });

  it("keeps 20,000 rows out of the page: only those in view are drawn", async () => {
    const page = await openExplorer(chromium.browser, url);
    await pickGraph(page, fixture("graphs/divided-they-blog.gexf"));
    await notice(page, "Opened divided-they-blog.gexf").waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => window.__sigma?.getGraph().order === 1224, undefined, { timeout: 60_000 });
    await dismissNotices(page);
    await page.getByRole("button", { name: "Data table" }).click();
    const table = page.getByRole("region", { name: "Data table" });
    await table.getByRole("tab", { name: /^Edges/ }).click();
    await expect(table.getByTestId("table-count").textContent()).resolves.toBe("19025 of 19025 rows");
    expect(await table.locator("tbody tr[data-key]").count()).toBeLessThan(100);
    const started = Date.now();
    await table.getByRole("button", { name: "source" }).click();
    await table.locator(".table-scroll").evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.waitForFunction(() => document.querySelectorAll(".data-table tbody tr[data-key]").length > 0);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await table.locator("tbody tr[data-key]").count()).toBeLessThan(100);
    await page.close();
  });
});
