// Article text is data, never markup: a graph whose labels, verbs and evidence hold
// <script>, <img onerror> and <svg onload> is shown as text everywhere and runs nothing.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { clickableEdge, clickNode, openExplorer, useChromium } from "./page.ts";

const chromium = useChromium();
const url = inject("hostileUrl");

/** Elements the hostile text would create if it were parsed as HTML. */
const injectedElements = (page: Page) => page.evaluate(() => document.querySelectorAll("#root script, #root img, #root svg[onload], #root iframe, #root b, #root i, #root u").length);

describe("hostile article text", () => {
  it("is rendered as text in the panels, the article view and the search, and runs no script", async () => {
    const page = await openExplorer(chromium.browser, url);
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });

    await clickNode(page, "freedonia");
    const details = page.getByRole("complementary", { name: "Details" });
    await details.getByRole("heading", { name: "Freedonia <b>bold</b>" }).waitFor();
    await expect(details.textContent()).resolves.toContain('<script>window.__pwned = "script"</script>');
    await expect(details.textContent()).resolves.toContain("<img src=x onerror=");
    await details.getByRole("button", { name: "Open article" }).first().click();
    const article = page.getByRole("dialog");
    await expect(article.textContent()).resolves.toContain("<svg onload=");
    await expect(article.textContent()).resolves.toContain("<img src=x onerror=\"window.__pwned='title'\">Evil title");
    await page.keyboard.press("Escape");

    await page.waitForTimeout(400); // past sigma's double-click window
    const edge = await clickableEdge(page);
    await page.mouse.click(edge.x, edge.y);
    await details.getByRole("article", { name: "Edge urged" }).waitFor();
    await expect(details.textContent()).resolves.toContain("<iframe src=");

    await page.getByRole("combobox", { name: "Search entities" }).fill("<script>");
    await expect(page.getByRole("option").first().textContent()).resolves.toContain("<script>alias</script>");

    expect(await injectedElements(page)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
