// The explorer from a phone's width to a small laptop's, in a real headless Chromium: the
// graph loads, the panels open as drawers, and the dialogs' controls stay on screen.
import type { Locator, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { clickNode, settleCamera, useChromium } from "./page.ts";

const chromium = useChromium();
const url = inject("explorerUrl");

/** Every visible control of `scope`, scrolled to where its panel scrolls, lies inside the viewport. */
async function controlsInside(page: Page, scope: Locator): Promise<void> {
  const { width, height } = page.viewportSize()!;
  const controls = scope.locator("button:visible, input:visible, textarea:visible, select:visible");
  const n = await controls.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    await controls.nth(i).scrollIntoViewIfNeeded();
    const box = (await controls.nth(i).boundingBox())!;
    const what = (await controls.nth(i).getAttribute("aria-label")) ?? (await controls.nth(i).textContent());
    expect(box.x, `${what} left`).toBeGreaterThanOrEqual(0);
    expect(box.y, `${what} top`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${what} right`).toBeLessThanOrEqual(width + 0.5);
    expect(box.y + box.height, `${what} bottom`).toBeLessThanOrEqual(height + 0.5);
  }
}

describe.each([
  { width: 390, height: 844 },
  { width: 800, height: 600 },
])("at $width×$height", (viewport) => {
  it("loads the graph, opens the details of a node and the filters, and lays the Add-articles dialog out on screen", async () => {
    const page = await chromium.browser.newPage({ viewport });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${url}?e2e`);
    await page.waitForFunction(() => (window.__sigma?.getGraph().order ?? 0) > 0, undefined, { timeout: 30_000 });
    await page.getByRole("combobox", { name: "Search entities" }).waitFor();
    await settleCamera(page);
    expect(errors).toEqual([]);
    // The canvas has most of the width.
    const canvas = (await page.locator(".canvas").boundingBox())!;
    expect(canvas.width).toBeGreaterThan(viewport.width * 0.6);
    await controlsInside(page, page.locator(".toolbar"));

    await clickNode(page, "japan");
    const details = page.getByRole("complementary", { name: "Details" });
    await details.getByRole("heading", { name: "Japan", level: 2 }).waitFor();
    await controlsInside(page, details.locator(".node-tools, button.close"));

    if (viewport.width < 760) {
      await page.getByRole("button", { name: "Filters" }).click();
      const legend = page.getByRole("region", { name: "Legend and filters" });
      await legend.waitFor();
      await controlsInside(page, legend);
      await page.getByRole("button", { name: "Filters" }).click();
    }

    await page.getByRole("button", { name: "Add articles" }).click();
    const dialog = page.getByRole("dialog", { name: "Add articles" });
    await dialog.waitFor();
    await controlsInside(page, dialog);
    // Nothing of the canvas is drawn over it: the point at its centre is the dialog's own.
    const box = (await dialog.boundingBox())!;
    const onTop = await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest(".add-articles"), { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    expect(onTop).toBe(true);
    await page.close();
  });
});
