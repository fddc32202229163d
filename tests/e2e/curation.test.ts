// Curation in a real Chromium: merge two nodes, undo and redo (keys and buttons), reload and
// find the edit kept, download the curation file and get, from the CLI with it, the graph
// the browser shows byte for byte; add an edge from a selected sentence; a stale operation
// is reported; a bad curation file is refused.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { fromJSON } from "../../src/graph/formats/json/write.ts";
import { run, tempDir } from "../cli-run.ts";
import { dismissNotices, notice, pickGraph, summary, waitSaved } from "./files.ts";
import { canvasPixels, clickNode, exportFile, openExplorer, defaultGraph, useChromium } from "./page.ts";

const chromium = useChromium();
const url = inject("explorerUrl");
const base = defaultGraph();

const hasNode = (page: Page, key: string) => page.evaluate((key) => window.__sigma!.getGraph().hasNode(key), key);
const waitNode = (page: Page, key: string, present: boolean) => page.waitForFunction(({ key, present }) => window.__sigma?.getGraph().hasNode(key) === present, { key, present });
const panel = (page: Page) => page.getByRole("complementary", { name: "Details" });
const editsSummary = (page: Page) => page.getByTestId("edits-summary");
/** Keys go to the page, not to a field that has the focus. */
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

/** Downloads the curation file from the Edits menu. */
async function downloadCuration(page: Page): Promise<string> {
  await editsSummary(page).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download curation file" }).click()]);
  expect(download.suggestedFilename()).toBe("curation.json");
  const text = readFileSync(await download.path(), "utf8");
  await editsSummary(page).click();
  return text;
}

describe("curation in the explorer", () => {
  it("merges two nodes, undoes and redoes, keeps the edit over a reload, and the CLI with the downloaded file gives the same graph", async () => {
    const page = await openExplorer(chromium.browser, url);
    expect(base.hasNode("south-korea-court") && base.hasNode("south-korea-supreme-court")).toBe(true);
    await clickNode(page, "south-korea-court");
    await panel(page).getByRole("button", { name: "Merge into…" }).click();
    await panel(page).getByRole("combobox", { name: "Merge into" }).fill("Supreme");
    await panel(page)
      .getByRole("option", { name: /^South Korea's Supreme Court/ })
      .click();
    await waitNode(page, "south-korea-court", false);
    // The node merged into is selected, with the merged node's name among its aliases.
    await panel(page).getByRole("heading", { name: "South Korea's Supreme Court" }).waitFor();
    await expect(panel(page).locator(".aliases").textContent()).resolves.toContain("South Korea's court");
    await expect(panel(page).locator(".facts").textContent()).resolves.toContain("Curatededited by hand");
    expect(await summary(page)).toMatchObject({ nodes: base.order - 1 });
    await expect(editsSummary(page).textContent()).resolves.toBe("Edits (1)");

    await blur(page);
    await page.keyboard.press("Control+z");
    await waitNode(page, "south-korea-court", true);
    await page.keyboard.press("Control+Shift+z");
    await waitNode(page, "south-korea-court", false);
    await page.getByRole("button", { name: "Undo" }).click();
    await waitNode(page, "south-korea-court", true);
    // Back on the graph the page opened with, the canvas draws it (a renderer of its own).
    await page.waitForFunction(() => window.__sigma!.getContainer().querySelectorAll("canvas").length > 0);
    expect((await canvasPixels(page, [])).drawn).toBeGreaterThan(1000);
    await page.getByRole("button", { name: "Redo" }).click();
    await waitNode(page, "south-korea-court", false);

    await waitSaved(page);
    await page.reload();
    await page.waitForFunction(() => (window.__sigma?.getGraph().order ?? 0) > 0);
    expect(await hasNode(page, "south-korea-court")).toBe(false);
    expect(await hasNode(page, "south-korea-supreme-court")).toBe(true);
    await expect(editsSummary(page).textContent()).resolves.toBe("Edits (1)");

    const curation = await downloadCuration(page);
    expect(JSON.parse(curation)).toMatchObject({
      curation: 1,
      operations: [{ op: "merge", node: "south-korea-court", into: "south-korea-supreme-court", was: { node: { label: "South Korea's court" } } }],
    });
    const shown = (await exportFile(page, "JSON, whole graph")).bytes.toString("utf8");
    const dir = tempDir();
    writeFileSync(path.join(dir, "curation.json"), curation);
    const cli = run(["graph-data/articles", "--out", dir, "--curation", path.join(dir, "curation.json")]);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain("1 of 1 operation applied");
    const written = readFileSync(path.join(dir, "graph.json"), "utf8");
    expect(written).toBe(shown);
    expect(fromJSON(written, "graph.json").getNodeAttribute("south-korea-supreme-court", "curated")).toBe("edited");
    await page.close();
  });

  it("adds an edge from a sentence selected in the article, with that sentence as its evidence", async () => {
    const page = await openExplorer(chromium.browser, url);
    const source = "hiroshige-seko";
    await clickNode(page, source);
    await panel(page).getByRole("button", { name: "Open article" }).first().click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    const doc = await page.evaluate(() => document.querySelector(".article-view h2")!.textContent!);
    const opened = (await dialog.locator("mark.sentence").textContent())!;
    // Select a word of another sentence, after the one highlighted, as a person drags over it.
    const word = await page.evaluate(() => {
      const root = document.querySelector(".article-text")!;
      const highlighted = root.querySelector("mark.sentence")!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (highlighted.contains(n) || !(highlighted.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
        const m = /\b[A-Z][a-z]{4,}\b/.exec(n.textContent!);
        if (!m) continue;
        const range = document.createRange();
        range.setStart(n, m.index);
        range.setEnd(n, m.index + m[0].length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
        return m[0];
      }
      throw new Error("no word after the highlighted sentence");
    });
    await expect(dialog.locator("mark.sentence").textContent()).resolves.toContain(word);
    const sentence = (await dialog.locator("mark.sentence").textContent())!;
    expect(sentence).not.toBe(opened);
    const form = dialog.getByRole("form", { name: "Add an edge" });
    // Offered: the entities this article mentions.
    const offered = await form
      .getByRole("combobox", { name: "Target" })
      .locator("option")
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toContain(source);
    const target = offered.find((k) => k !== source && !base.hasEdge(`${source}|criticized|${k}`))!;
    await form.getByRole("combobox", { name: "Source" }).selectOption(source);
    await form.getByRole("combobox", { name: "Action" }).selectOption("criticized");
    await form.getByRole("combobox", { name: "Target" }).selectOption(target);
    await form.getByRole("button", { name: "Add edge" }).click();
    const key = `${source}|criticized|${target}`;
    await page.waitForFunction((key) => window.__sigma!.getGraph().hasEdge(key), key);
    const added = await page.evaluate((key) => window.__sigma!.getGraph().getEdgeAttributes(key), key);
    expect(added.curated).toBe("added");
    expect(added.evidence).toHaveLength(1);
    const article = base.getAttribute("documents").find((d) => d.id === added.evidence[0].doc)!;
    expect(article.title || article.id).toBe(doc);
    expect(article.text.slice(added.evidence[0].start, added.evidence[0].end)).toBe(sentence);
    // The new edge is selected, said to be added by hand, its sentence shown as evidence.
    await expect(panel(page).locator(".facts").textContent()).resolves.toContain("added by hand");
    await expect(panel(page).locator(".quote").first().textContent()).resolves.toContain(word);
    await page.close();
  });

  it("reports an operation of an opened curation file that no longer applies, and refuses a bad file naming the entry", async () => {
    const page = await openExplorer(chromium.browser, url);
    const dir = tempDir();
    const file = path.join(dir, "fixes.json");
    writeFileSync(
      file,
      JSON.stringify({
        curation: 1,
        operations: [
          { op: "deleteNode", node: "gone-node", was: { node: { label: "Gone", type: "person" } } },
          { op: "rename", node: "japan", label: "Nippon" },
        ],
      }),
    );
    await pickGraph(page, file);
    await notice(page, "Opened fixes.json: 2 edits, 1 no longer apply").waitFor();
    await expect(notice(page, "fixes.json").textContent()).resolves.toContain('delete node "gone-node": no node "gone-node" (nor one named "Gone", person)');
    await expect(editsSummary(page).textContent()).resolves.toBe("Edits (2) · 1 stale");
    await page.waitForFunction(() => window.__sigma!.getGraph().getNodeAttribute("japan", "label") === "Nippon");
    await dismissNotices(page);
    await editsSummary(page).click();
    await expect(page.locator(".edits-list .edit[data-state=stale]").textContent()).resolves.toContain('no longer applies: no node "gone-node"');
    await editsSummary(page).click();

    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ curation: 1, operations: [{ op: "retype", node: "japan", type: "city" }] }));
    await pickGraph(page, bad);
    await expect(notice(page, "Could not open bad.json").textContent()).resolves.toContain('bad.json: operations[0] (retype).type: unknown type "city"');
    // Nothing else lost: the edits are the file's before.
    await expect(editsSummary(page).textContent()).resolves.toBe("Edits (2) · 1 stale");
    await page.close();
  });

  it("opens a lexicon extension: the articles are extracted again with it, the edits applied again, as the CLI does with --lexicon and --curation", async () => {
    const page = await openExplorer(chromium.browser, url);
    await clickNode(page, "japan");
    await panel(page).getByRole("button", { name: "Rename" }).click();
    await panel(page).getByRole("textbox", { name: "New name" }).fill("Nippon");
    await panel(page).getByRole("button", { name: "Save" }).click();
    await page.waitForFunction(() => window.__sigma!.getGraph().getNodeAttribute("japan", "label") === "Nippon");
    // "Add to lexicon": the entity as it is now, with its names and type.
    const [entry] = await Promise.all([page.waitForEvent("download"), panel(page).getByRole("button", { name: "Add to lexicon" }).click()]);
    expect(entry.suggestedFilename()).toBe("lexicon-japan.json");
    const added = JSON.parse(readFileSync(await entry.path(), "utf8"));
    expect(added).toEqual({ actors: [{ label: "Nippon", type: "country", aliases: expect.arrayContaining(["Japan"]) }] });
    const curation = await downloadCuration(page);

    const dir = tempDir();
    const lexicon = path.join(dir, "lexicon.json");
    // An official the built-in people do not list: with their state, they are a member of it.
    writeFileSync(lexicon, JSON.stringify({ people: [{ label: "Takizaki Naraki", aliases: ["Takizaki"], country: "JP", role: "director-general" }] }));
    const member = "takizaki-naraki|member_of|japan";
    expect(base.hasEdge(member)).toBe(false);
    await pickGraph(page, lexicon);
    await notice(page, "Extracted again with lexicon.json").waitFor();
    await page.waitForFunction((member) => window.__sigma!.getGraph().hasEdge(member), member);
    await expect(page.getByTestId("origin").textContent()).resolves.toBe("default articles · lexicon lexicon.json");
    // The rename was applied again to the new extraction.
    expect(await page.evaluate(() => window.__sigma!.getGraph().getNodeAttribute("japan", "label"))).toBe("Nippon");
    const shown = (await exportFile(page, "JSON, whole graph")).bytes.toString("utf8");

    writeFileSync(path.join(dir, "curation.json"), curation);
    const cli = run(["graph-data/articles", "--out", dir, "--lexicon", lexicon, "--curation", path.join(dir, "curation.json")]);
    expect(cli.code).toBe(0);
    expect(readFileSync(path.join(dir, "graph.json"), "utf8")).toBe(shown);
    await page.close();
  });

  it("edits by keyboard: M then a click on another node merges, V reverses and Delete deletes the selected edge", async () => {
    const page = await openExplorer(chromium.browser, url);
    await clickNode(page, "south-korea-court");
    await panel(page).getByRole("heading", { name: "South Korea's court" }).waitFor();
    await page.keyboard.press("m");
    await panel(page).getByRole("combobox", { name: "Merge into" }).waitFor();
    await blur(page);
    // Two clicks within sigma's double-click time would be a double click (a person is slower).
    await page.waitForTimeout(400);
    await clickNode(page, "south-korea-supreme-court");
    await waitNode(page, "south-korea-court", false);

    // The merged court's part_of edge joined the supreme court's own.
    const edge = "south-korea-supreme-court|part_of|south-korea";
    const reversed = "south-korea|part_of|south-korea-supreme-court";
    await panel(page).locator(".relation-group").filter({ hasText: "part_of" }).locator(".relation").first().getByRole("button", { name: "edge" }).click();
    await panel(page).getByRole("combobox", { name: "Edge action" }).waitFor();
    expect(await page.evaluate(() => new URLSearchParams(location.search).get("edge"))).toBe(edge);
    await page.keyboard.press("v");
    await page.waitForFunction((key) => window.__sigma!.getGraph().hasEdge(key), reversed);
    await page.keyboard.press("Delete");
    await page.waitForFunction((key) => !window.__sigma!.getGraph().hasEdge(key), reversed);
    await expect(editsSummary(page).textContent()).resolves.toBe("Edits (3)");
    await page.close();
  });
});
