// A page whose graph.json cannot be read says so, naming the file and the problem, in
// place of the layout it started with (main.ts draws before React: its failure must
// still reach the page).
import { describe, expect, inject, it } from "vitest";
import { useChromium } from "./page.ts";

const chromium = useChromium();
const url = inject("brokenUrl");

describe("broken graph.json", () => {
  it("shows why the graph could not be loaded, no canvas, and Reset", async () => {
    const page = await chromium.browser.newPage();
    await page.goto(url);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^Could not load the graph: graph\.json: not valid JSON/);
    expect(await page.locator("canvas").count()).toBe(0);
    expect(await page.getByText("Loading the graph").count()).toBe(0);
    // The toolbar's way out stays: Reset forgets a kept graph, Reload tries again.
    await page.getByRole("button", { name: "Reset" }).waitFor();
    await page.getByRole("button", { name: "Reload" }).waitFor();
    await page.close();
  });
});
