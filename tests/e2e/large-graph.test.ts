// The explorer still works on a large graph (20k nodes, 60k edges, synthetic): it draws,
// hides edges and labels only while the camera moves, and filters redraw the same sigma
// instead of making a new one. (Every redraw of 60k edges takes seconds in software WebGL:
// clicks and hovers are tested on the default graph.) Speed is the benchmark's
// business (src/cli/bench/explorer.ts), not this test's.
import { describe, expect, inject, it } from "vitest";
import { displayState, openExplorer, useChromium } from "./page.ts";

const chromium = useChromium();
const url = inject("largeUrl");

describe("large graph", () => {
  it("draws 20k nodes and filters them without a new renderer", async () => {
    const page = await openExplorer(chromium.browser, url);
    await expect(page.getByTestId("summary").textContent()).resolves.toContain("20000 of 20000 nodes · 60000 of 60000 edges");
    const settings = await page.evaluate(() => ({ edges: window.__sigma!.getSetting("hideEdgesOnMove"), labels: window.__sigma!.getSetting("hideLabelsOnMove") }));
    expect(settings).toEqual({ edges: true, labels: true });


    await page.evaluate(() => ((window.__sigma as unknown as { marked: boolean }).marked = true));
    await page.getByRole("checkbox", { name: /^person \(/ }).uncheck();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("hideTypes") === "person");
    expect(await page.evaluate(() => (window.__sigma as unknown as { marked?: boolean }).marked)).toBe(true);
    const { nodes } = await displayState(page);
    const graphTypes = await page.evaluate(() => window.__sigma!.getGraph().mapNodes((k, a) => [k, a.type] as const));
    for (const [key, type] of graphTypes) expect(nodes[key].hidden, key).toBe(type === "person");
    await page.close();
  });
});
