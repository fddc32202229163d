// Filters in a real headless Chromium: entity types, actions and the date range change what
// sigma draws, live in the URL, survive a reload, and never drop the selection silently.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { dateMonths, overlaps } from "../../src/app/core/dates.ts";
import { clickNode, displayState, openExplorer, defaultGraph, useChromium } from "./page.ts";

const chromium = useChromium();
const graph = defaultGraph();
const url = inject("explorerUrl");

const checkbox = (page: Page, name: string) => page.getByRole("checkbox", { name: new RegExp(`^${name} \\(`) });
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe("filters", () => {
  it('unticking "person" hides every person and their edges, in the URL and after a reload', async () => {
    const page = await openExplorer(chromium.browser, url);
    const people = graph.filterNodes((_k, a) => a.type === "person");
    expect(people.length).toBeGreaterThan(0);
    await checkbox(page, "person").uncheck();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("hideTypes") === "person");
    const check = async () => {
      const { nodes, edges } = await displayState(page);
      for (const [key, d] of Object.entries(nodes)) expect(d.hidden, key).toBe(graph.getNodeAttribute(key, "type") === "person");
      for (const [key, d] of Object.entries(edges)) {
        expect(d.hidden, key).toBe(graph.extremities(key).some((n) => graph.getNodeAttribute(n, "type") === "person"));
      }
    };
    await check();
    await page.reload();
    await page.waitForFunction(() => (window.__sigma?.getGraph().order ?? 0) > 0);
    expect(await checkbox(page, "person").isChecked()).toBe(false);
    await check();
    await checkbox(page, "person").check();
    expect(Object.values((await displayState(page)).nodes).every((d) => !d.hidden)).toBe(true);
    await page.close();
  });

  it("unticking an action hides its edges only", async () => {
    const page = await openExplorer(chromium.browser, url);
    await checkbox(page, "member_of").uncheck();
    const { nodes, edges } = await displayState(page);
    expect(Object.values(nodes).every((d) => !d.hidden)).toBe(true);
    for (const [key, d] of Object.entries(edges)) expect(d.hidden, key).toBe(graph.getEdgeAttribute(key, "action") === "member_of");
    expect(param(page, "hideActions")).toBe("member_of");
    await page.close();
  });

  it("narrowing the date range hides the edges dated outside it (and keeps undated ones unless asked)", async () => {
    const page = await openExplorer(chromium.browser, url);
    const first = page.getByRole("slider", { name: "First month" });
    const last = page.getByRole("slider", { name: "Last month" });
    await first.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await last.focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    const from = param(page, "from")!;
    const to = param(page, "to")!;
    expect(from < to).toBe(true);
    const expectHidden = (showUndated: boolean) => (key: string) => {
      const months = dateMonths(graph.getEdgeAttribute(key, "date"));
      return months ? !overlaps(months, from, to) : !showUndated;
    };
    const check = async (showUndated: boolean) => {
      const { edges } = await displayState(page);
      const hidden = expectHidden(showUndated);
      for (const [key, d] of Object.entries(edges)) expect(d.hidden, key).toBe(hidden(key));
      return Object.keys(edges).filter(hidden).length;
    };
    const hiddenDated = await check(true);
    expect(hiddenDated).toBeGreaterThan(0);
    expect(graph.filterEdges((k) => !expectHidden(true)(k) && !!graph.getEdgeAttribute(k, "date")).length).toBeGreaterThan(0);
    await page.getByRole("checkbox", { name: /keep undated events/ }).uncheck();
    expect(await check(false)).toBeGreaterThan(hiddenDated);
    expect(param(page, "undated")).toBe("0");
    await page.getByRole("button", { name: "All dates" }).click();
    expect(Object.values((await displayState(page)).edges).every((d) => !d.hidden)).toBe(true);
    await page.close();
  });

  it("a selection hidden by a filter stays selected, says so, and can be shown again", async () => {
    const person = graph.findNode((_k, a) => a.type === "person" && graph.degree(_k) > 0)!;
    const label = graph.getNodeAttribute(person, "label");
    const page = await openExplorer(chromium.browser, url, `node=${encodeURIComponent(person)}`);
    await page.getByRole("article", { name: `Node ${label}` }).waitFor();
    await checkbox(page, "person").uncheck();
    const notice = page.getByRole("status").filter({ hasText: "Hidden on the canvas" });
    await expect(notice.textContent()).resolves.toContain("person");
    expect(param(page, "node")).toBe(person);
    await page.getByRole("article", { name: `Node ${label}` }).waitFor();
    await notice.getByRole("button", { name: "Show it" }).click();
    expect(await checkbox(page, "person").isChecked()).toBe(true);
    expect((await displayState(page)).nodes[person].hidden).toBe(false);
    await page.close();
  });

  it("a shared link reopens the same selection and filters", async () => {
    const japan = graph.findNode((_k, a) => a.label === "Japan")!;
    const page = await openExplorer(chromium.browser, url);
    await clickNode(page, japan);
    await checkbox(page, "measure").uncheck();
    const shared = page.url();
    const other = await chromium.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await other.goto(shared);
    await other.getByRole("article", { name: "Node Japan" }).waitFor();
    expect(await checkbox(other, "measure").isChecked()).toBe(false);
    await other.close();
    await page.close();
  });
});
