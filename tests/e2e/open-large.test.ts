// Opening a large graph file in real Chromium: it is read and loaded in a worker (fetched on
// the first open, not with the page), with a progress notice; the page goes on answering,
// the graph on screen stays until the new one is ready, and Cancel leaves it as it was.
// The files are made by the test (the large one 111 MB), in a temporary folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { notice, pickGraph, summary } from "./files.ts";
import { expectResponsive, openExplorer, useChromium } from "./page.ts";
import { LARGE_NODES, writeLargeGEXF } from "../support/large-gexf.ts";

const chromium = useChromium();
const url = inject("explorerUrl");
const dir = mkdtempSync(path.join(tmpdir(), "explorer-open-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The large GEXF of the issue (tests/support/large-gexf.ts), or a smaller one, in the temporary folder. */
function writeGEXF(name: string, nodes: number): string {
  const file = path.join(dir, name);
  writeLargeGEXF(file, nodes);
  return file;
}

describe("opening a large graph file", () => {
  it("loads it in a worker with progress: the page answers, Cancel leaves the graph; a smaller one replaces it when ready", { timeout: 180_000 }, async () => {
    const big = writeGEXF("big.gexf", LARGE_NODES); // 111 MB
    const page = await openExplorer(chromium.browser, url);
    const before = await summary(page);
    const order = () => page.evaluate(() => window.__sigma!.getGraph().order);
    const workers: string[] = [];
    page.on("request", (r) => void (/open\.worker/.test(r.url()) && workers.push(r.url())));
    expect(workers).toEqual([]); // not with the page

    await pickGraph(page, big);
    const status = page.getByRole("status", { name: "Opening" });
    await status.filter({ hasText: "Opening big.gexf" }).waitFor();
    // Reading it takes seconds: meanwhile timers fire on time and the search answers.
    await status.filter({ hasText: "reading" }).getByLabel("Opening progress").waitFor();
    await expectResponsive(page);
    // Still loading, the old graph on screen: the probe ran during the load.
    await expect(status.count()).resolves.toBe(1);
    expect(await order()).toBe(before.nodes);
    expect(workers).toHaveLength(1);

    await status.getByRole("button", { name: "Cancel" }).click();
    await notice(page, "Opening big.gexf cancelled: the graph is unchanged").waitFor();
    await expect(status.count()).resolves.toBe(0);
    expect(await summary(page)).toEqual(before);
    expect(await order()).toBe(before.nodes);

    // One that finishes replaces the graph.
    await pickGraph(page, writeGEXF("mid.gexf", 3_000));
    await notice(page, "Opened mid.gexf: 3000 nodes, 9000 edges").waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => window.__sigma?.getGraph().order === 3000, undefined, { timeout: 60_000 });
    await expect(page.getByTestId("origin").textContent()).resolves.toBe("mid.gexf");
    await page.close();
  });
});
