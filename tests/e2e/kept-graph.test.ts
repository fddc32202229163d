// The graph kept in this browser is checked as an opened file is before it is drawn, and no
// kept graph can lock a person out: types and actions named like Object.prototype's members
// are drawn in the fallback colour (before, one such GEXF emptied the page on every reload),
// a record that cannot be read gives the default graph and says so, and the screen of a
// graph that could not be loaded keeps Reset.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { FALLBACK_COLOR, TYPE_COLORS } from "../../src/graph/palette.ts";
import { dismissNotices, fixture, notice, pickGraph, waitSaved } from "./files.ts";
import { clickNode, displayState, openExplorer, useChromium } from "./page.ts";

const chromium = useChromium();
const url = inject("explorerUrl");

/** Writes a record into the explorer's IndexedDB store as a version of the app would have kept it. */
async function keep(page: Page, record: unknown): Promise<void> {
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open("news-graph-explorer", 1);
        request.onupgradeneeded = () => request.result.createObjectStore("working-graph");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction("working-graph", "readwrite");
          tx.objectStore("working-graph").put(record, "current");
          tx.oncomplete = () => (db.close(), localStorage.setItem("news-graph-explorer:kept", "1"), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    record,
  );
}

const pageErrors = (page: Page): string[] => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
};

describe("the kept graph", () => {
  it("a GEXF whose types and actions are prototype names opens, is drawn, and comes back after a reload", async () => {
    const page = await openExplorer(chromium.browser, url);
    const errors = pageErrors(page);
    await pickGraph(page, fixture("hostile/prototype-keys.gexf"));
    await notice(page, "Opened prototype-keys.gexf: 5 nodes, 3 edges").waitFor();
    await waitSaved(page);
    for (let round = 0; round < 2; round++) {
      const drawn = await displayState(page);
      expect(Object.keys(drawn.nodes).sort()).toEqual(["a", "b", "c", "d", "e"]);
      for (const n of ["a", "b", "c", "d"]) expect(drawn.nodes[n].color).toBe(FALLBACK_COLOR);
      expect(drawn.nodes.e.color).toBe(TYPE_COLORS.country);
      await dismissNotices(page);
      await clickNode(page, "a");
      const panel = page.getByRole("complementary", { name: "Details" });
      await panel.getByRole("heading", { name: "Alpha" }).waitFor();
      // The file's value is kept, as text, under its own name.
      await expect(panel.locator(".other-attributes").textContent()).resolves.toContain("constructor");
      await page.keyboard.press("Escape");
      if (round === 0) {
        await page.reload();
        await page.waitForFunction(() => window.__sigma?.getGraph().order === 5);
      }
    }
    expect(errors).toEqual([]);
    await page.getByRole("button", { name: "Reset" }).click();
    await page.getByTestId("origin").filter({ hasText: "default articles" }).waitFor();
    await page.close();
  });

  it("a graph kept by an earlier version with a prototype-named type is checked and drawn", async () => {
    const page = await openExplorer(chromium.browser, url);
    const errors = pageErrors(page);
    await keep(page, {
      origin: "old.gexf",
      data: {
        options: { type: "directed", multi: true, allowSelfLoops: true },
        attributes: { documents: [] },
        nodes: [
          { key: "x", attributes: { label: "X", type: "constructor", aliases: [], mentions: [], x: 0, y: 0, size: 5 } },
          { key: "y", attributes: { label: "Y", type: "toString", aliases: [], mentions: [], x: 1, y: 1, size: "big" } },
        ],
        edges: [{ key: "xy", source: "x", target: "y", attributes: { action: "valueOf", verb: "", evidence: [] } }],
      },
    });
    await page.reload();
    await page.waitForFunction(() => window.__sigma?.getGraph().order === 2);
    await page.getByTestId("origin").filter({ hasText: "old.gexf" }).waitFor();
    const drawn = await displayState(page);
    expect([drawn.nodes.x.color, drawn.nodes.y.color]).toEqual([FALLBACK_COLOR, FALLBACK_COLOR]);
    expect(errors).toEqual([]);
    await page.getByRole("button", { name: "Reset" }).click();
    await page.getByTestId("origin").filter({ hasText: "default articles" }).waitFor();
    await page.close();
  });

  it("a graph the browser refuses to keep is said to be not kept, and the warning stays", async () => {
    const page = await openExplorer(chromium.browser, url);
    // The storage refuses every write from now on, as a full quota does.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await pickGraph(page, fixture("hostile/prototype-keys.gexf"));
    await notice(page, "Not kept in this browser: export it before reloading").waitFor();
    await page.getByTestId("origin").filter({ hasText: "(not kept)" }).waitFor();
    expect(await page.getByTestId("origin").getAttribute("data-persistence")).toBe("failed");
    // A warning, not news: it does not go away by itself.
    await page.waitForTimeout(9_000);
    expect(await notice(page, "Not kept in this browser").count()).toBe(1);
    await page.close();
  });

  it("a graph file whose worker cannot keep it is said to be not kept, and the kept graph stays", async () => {
    const page = await openExplorer(chromium.browser, url);
    await pickGraph(page, fixture("hostile/prototype-keys.gexf"));
    await notice(page, "Opened prototype-keys.gexf").waitFor();
    await waitSaved(page);
    // The worker that reads the next file keeps it in IndexedDB itself: there the storage refuses every write.
    page.on("worker", (worker) => {
      void worker.evaluate(() => {
        IDBObjectStore.prototype.put = function () {
          throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        };
      });
    });
    await pickGraph(page, fixture("graphs/divided-they-blog.gexf"));
    await notice(page, "Not kept in this browser: export it before reloading").waitFor();
    expect(await page.getByTestId("origin").getAttribute("data-persistence")).toBe("failed");
    // A reload shows the graph kept before, as the warning says.
    await page.reload();
    await page.waitForFunction(() => window.__sigma?.getGraph().order === 5);
    await page.getByTestId("origin").filter({ hasText: "prototype-keys.gexf" }).waitFor();
    await page.getByRole("button", { name: "Reset" }).click();
    await page.getByTestId("origin").filter({ hasText: "default articles" }).waitFor();
    await page.close();
  });

  it("a kept record that cannot be read gives the default graph, says why, and Reset forgets it", async () => {
    const page = await openExplorer(chromium.browser, url);
    await keep(page, { origin: "broken", data: { nodes: "not a list" } });
    await page.reload();
    await page.waitForFunction(() => (window.__sigma?.getGraph().order ?? 0) > 0);
    const problem = notice(page, "Could not read the graph kept in this browser");
    await expect(problem.textContent()).resolves.toContain("the graph kept in this browser: ");
    await page.getByTestId("origin").filter({ hasText: "default articles" }).waitFor();
    await page.getByRole("button", { name: "Reset" }).click();
    await page.reload();
    await page.waitForFunction(() => (window.__sigma?.getGraph().order ?? 0) > 0);
    expect(await page.locator(".notice").count()).toBe(0);
    await page.close();
  });
});
