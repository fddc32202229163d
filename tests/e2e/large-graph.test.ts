// The explorer still works on a large graph (20k nodes, 60k edges, synthetic): it draws,
// hides edges and labels only while the camera moves, picks nodes drawn as point sprites,
// and filters redraw the same sigma instead of making a new one. (Every redraw of 60k edges
// takes seconds in software WebGL: hovers are tested on the default graph.) Speed is the
// benchmark's business (tests/bench/explorer.ts), not this test's.
import { describe, expect, inject, it } from "vitest";
import { clickNode, displayState, openExplorer, useChromium } from "./page.ts";

const chromium = useChromium();
/** WebGL's gl.POINTS drawing mode. */
const GL_POINTS = 0;
const url = inject("largeUrl");

describe("large graph", () => {
  it("draws 20k nodes as point sprites, picks them, and filters them without a new renderer", async () => {
    const page = await openExplorer(chromium.browser, url);
    await expect(page.getByTestId("summary").textContent()).resolves.toContain("20000 of 20000 nodes · 60000 of 60000 edges");
    const settings = await page.evaluate(() => ({ edges: window.__sigma!.getSetting("hideEdgesOnMove"), labels: window.__sigma!.getSetting("hideLabelsOnMove") }));
    expect(settings).toEqual({ edges: true, labels: true });

    // Nodes are point sprites (settings.ts), and a click on one selects it: sigma finds it in
    // its picking pass, which draws them the same way.
    const method = await page.evaluate(() => (window.__sigma as unknown as { nodePrograms: Record<string, { getDefinition(): { METHOD: number } }> }).nodePrograms.circle.getDefinition().METHOD);
    expect(method).toBe(GL_POINTS);
    const lone = await page.evaluate(() => {
      const sigma = window.__sigma!;
      // Close up on the middle of the graph, where nodes stand apart.
      const cameraState = { x: 0.5, y: 0.5, ratio: 0.05, angle: 0 };
      sigma.getCamera().setState(cameraState);
      const at = sigma.getGraph().mapNodes((key) => {
        const d = sigma.getNodeDisplayData(key)!;
        return { key, ...sigma.framedGraphToViewport(d, { cameraState }), r: sigma.scaleSize(d.size, cameraState.ratio) };
      });
      // A node whose disc overlaps no other: its centre belongs to it alone.
      const { width, height } = sigma.getDimensions();
      const inside = at.filter((a) => a.x > 50 && a.y > 50 && a.x < width - 50 && a.y < height - 50);
      return inside.find((a) => at.every((b) => b === a || Math.hypot(a.x - b.x, a.y - b.y) > a.r + b.r + 2))!.key;
    });
    await clickNode(page, lone);
    await page.waitForFunction((key) => new URLSearchParams(location.search).get("node") === key, lone);
    await page.getByRole("button", { name: "Clear selection" }).click();

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
