// The explorer's own inputs in a real headless Chromium, with real files: articles added
// (file picker, drag and drop, pasted text) and extracted in the worker, graph files opened
// (graph.json, GEXF from Gephi and other tools), bad files refused with the file named, the
// working graph kept across a reload, Reset, and the worker's graph equal to the CLI's.
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { dismissNotices, dropFiles, fixture, notice, pickArticles, pickGraph, summary, waitSaved } from "./files.ts";
import { clickNode, defaultGraph, expectResponsive, exportFile, openExplorer, useChromium } from "./page.ts";

const chromium = useChromium();
const graph = defaultGraph();
const url = inject("explorerUrl");
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DEFAULT_COUNTS = { nodes: graph.order, edges: graph.size, articles: graph.getAttribute("documents").length };

const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
/** Waits for the canvas to draw a graph of `order` nodes (a new graph gets a new renderer). */
const waitForOrder = (page: Page, order: number) => page.waitForFunction((order) => window.__sigma?.getGraph().order === order, order, { timeout: 60_000 });
const waitForArticles = (page: Page, n: number) =>
  page
    .getByTestId("summary")
    .filter({ hasText: `· ${n} articles` })
    .waitFor({ timeout: 90_000 });

const temporary: string[] = [];
afterAll(() => temporary.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Copies `files` into a new folder and runs the real CLI there (`extract .`): its graph.json. */
async function cliGraph(files: string[]): Promise<{ dir: string; json: Buffer }> {
  const dir = mkdtempSync(path.join(tmpdir(), "explorer-cli-"));
  temporary.push(dir);
  for (const f of files) copyFileSync(f, path.join(dir, path.basename(f)));
  const out = path.join(dir, "out");
  mkdirSync(out);
  // In the folder itself, so that documents' paths are bare file names, as in the browser.
  const child = spawn(process.execPath, ["--import", import.meta.resolve("tsx"), path.join(ROOT, "src/cli/extract.ts"), ".", "--out", out], { cwd: dir });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`extract failed (${code}): ${stderr}`);
  return { dir, json: readFileSync(path.join(out, "graph.json")) };
}

describe("adding articles", () => {
  it("extracts picked files in a worker with progress, merges them (entities resolved), keeps the graph over a reload; Reset goes back", async () => {
    const page = await openExplorer(chromium.browser, url);
    expect(await summary(page)).toEqual(DEFAULT_COUNTS);
    await pickArticles(page, [fixture("articles/eu-japan-agreement.txt"), fixture("articles/us-china-tariffs.txt"), fixture("inputs/files/image.txt"), fixture("inputs/files/shift-jis.txt")]);
    await page.getByRole("status", { name: "Extraction" }).getByLabel("Extraction progress").waitFor();
    const added = notice(page, "Added 2 articles: eu-japan-agreement, us-china-tariffs");
    await added.waitFor({ timeout: 90_000 });
    await expect(added.textContent()).resolves.toMatch(/skipped image\.txt: binary.*skipped shift-jis\.txt: not valid UTF-8/);
    await waitForArticles(page, DEFAULT_COUNTS.articles + 2);
    const merged = await summary(page);
    expect(merged.nodes).toBeGreaterThan(DEFAULT_COUNTS.nodes);
    // One Japan, mentioned by the old articles and the new one.
    const japan = await page.evaluate(() => {
      const g = window.__sigma!.getGraph();
      return g.filterNodes((_k, a) => a.label === "Japan").map((k) => [...new Set((g.getNodeAttribute(k, "mentions") as { doc: string }[]).map((m) => m.doc))]);
    });
    expect(japan).toHaveLength(1);
    expect(japan[0]).toContain("eu-japan-agreement");
    expect(japan[0].length).toBeGreaterThan(1);

    await waitSaved(page);
    await page.reload();
    await waitForOrder(page, merged.nodes);
    expect(await summary(page)).toEqual(merged);
    await expect(page.getByTestId("origin").textContent()).resolves.toBe("default articles + 2 added");
    // Kept by a version before the "kept" flag (none in localStorage): found all the same,
    // once the default graph is drawn.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await waitForOrder(page, merged.nodes);
    await expect(page.getByTestId("origin").textContent()).resolves.toBe("default articles + 2 added");

    await page.getByRole("button", { name: "Reset" }).click();
    await notice(page, "Back to the default articles").waitFor();
    await waitForOrder(page, DEFAULT_COUNTS.nodes);
    expect(await summary(page)).toEqual(DEFAULT_COUNTS);
    await page.reload();
    await waitForOrder(page, DEFAULT_COUNTS.nodes);
    expect(await summary(page)).toEqual(DEFAULT_COUNTS);
    await page.close();
  });

  it("takes dropped files and pasted text; a long extraction leaves the page responsive and can be cancelled", async () => {
    const page = await openExplorer(chromium.browser, url);
    await dropFiles(page, [fixture("articles/us-china-tariffs.txt")]);
    await notice(page, "Added 1 article: us-china-tariffs").waitFor({ timeout: 90_000 });
    await waitForArticles(page, DEFAULT_COUNTS.articles + 1);
    const before = await summary(page);

    // Big articles (five of 2 MB: 20 copies of the dev articles each, years changed) keep the
    // worker busy for many seconds, well past the Cancel click even now that extraction is
    // faster: the page must go on answering, and Cancel must stop it.
    const dev = readdirSync(path.join(ROOT, "tests/dev/articles"))
      .map((f) => readFileSync(path.join(ROOT, "tests/dev/articles", f), "utf8"))
      .join("\n\n");
    const dir = mkdtempSync(path.join(tmpdir(), "explorer-big-"));
    temporary.push(dir);
    const bigFiles = Array.from({ length: 5 }, (_, k) => {
      const big = path.join(dir, `big-${k}.txt`);
      writeFileSync(big, Array.from({ length: 20 }, (_, i) => dev.replace(/\b(19|20)\d\d\b/g, String(1850 + 20 * k + i))).join("\n\n"));
      return big;
    });
    await dropFiles(page, bigFiles);
    const status = page.getByRole("status", { name: "Extraction" });
    await status.filter({ hasText: "Extracting" }).waitFor({ timeout: 30_000 });
    await expectResponsive(page);
    await status.getByRole("button", { name: "Cancel" }).click();
    await notice(page, "Extraction cancelled: the graph is unchanged").waitFor();
    await expect(status.count()).resolves.toBe(0);
    expect(await summary(page)).toEqual(before);

    await page.getByRole("button", { name: "Add articles" }).click();
    await page.getByLabel("Article text").fill(readFileSync(fixture("articles/eu-japan-agreement.txt"), "utf8"));
    await page.getByRole("button", { name: "Add pasted text" }).click();
    await notice(page, "Added 1 article: pasted").waitFor({ timeout: 90_000 });
    await waitForArticles(page, before.articles + 1);
    await page.close();
  });

  it("gives the graph the CLI gives for the same files, whatever order they are dropped in", async () => {
    const base = readdirSync(path.join(ROOT, "graph-data/articles")).map((f) => path.join(ROOT, "graph-data/articles", f));
    const added = ["articles/us-china-tariffs.txt", "articles/eu-japan-agreement.txt", "inputs/files/analysis.md", "inputs/files/saved-page.html"].map(fixture);
    const [start, expected] = await Promise.all([cliGraph(base), cliGraph([...base, ...added])]);

    const page = await openExplorer(chromium.browser, url);
    await pickGraph(page, path.join(start.dir, "out/graph.json"));
    await notice(page, "Opened graph.json").waitFor();
    await dropFiles(page, [...added].reverse());
    await notice(page, "Added 4 articles").waitFor({ timeout: 90_000 });
    await waitForArticles(page, base.length + added.length);
    await dismissNotices(page);
    const { bytes } = await exportFile(page, "JSON, whole graph");
    expect(bytes.toString("utf8")).toBe(expected.json.toString("utf8"));
    await page.close();
  });
});

describe("opening graph files", () => {
  it("opens GEXF from Gephi (attributes shown), with dynamics, without viz data, and graph.json with repairs", async () => {
    const page = await openExplorer(chromium.browser, url);
    await pickGraph(page, fixture("graphs/gephi.gexf"));
    await notice(page, "Opened gephi.gexf: 3 nodes, 3 edges").waitFor();
    await waitForOrder(page, 3);
    await dismissNotices(page);
    await clickNode(page, "jp");
    await details(page).getByRole("article", { name: "Node Japan" }).waitFor();
    const shown = (await details(page).locator(".other-attributes").textContent()) ?? "";
    for (const text of ["gdp", "4231.1", "g20", "true", "capitals", "Tokyo", "founded", "1947-05-03", "modularity_class"]) expect(shown).toContain(text);
    // Kept over a reload, attributes and all (the URL keeps the selection).
    await waitSaved(page);
    await page.reload();
    await waitForOrder(page, 3);
    await expect(details(page).locator(".other-attributes").textContent()).resolves.toBe(shown);
    await expect(page.getByTestId("origin").textContent()).resolves.toBe("gephi.gexf");

    await pickGraph(page, fixture("graphs/dynamic.gexf"));
    await notice(page, "Opened dynamic.gexf: 2 nodes, 2 edges").waitFor();
    await waitForOrder(page, 2);
    await dismissNotices(page);
    const key = await page.evaluate(() => window.__sigma!.getGraph().nodes()[0]);
    await clickNode(page, key);
    await expect(details(page).locator(".other-attributes").textContent()).resolves.toMatch(/spells.*2018-01-01/);

    await pickGraph(page, fixture("graphs/no-viz.gexf"));
    await notice(page, "Opened no-viz.gexf: 4 nodes, 4 edges").waitFor();
    await waitForOrder(page, 4);

    await pickGraph(page, fixture("graphs/repairs.json"));
    const repairs = notice(page, "Opened repairs.json");
    await repairs.waitFor();
    await expect(repairs.textContent()).resolves.toMatch(/with repairs.*repairs\.json: /);

    // Ids that every JavaScript object has: drawn and selected like any other node.
    await pickGraph(page, fixture("graphs/prototype-names.gexf"));
    await notice(page, "Opened prototype-names.gexf: 4 nodes, 4 edges, with repairs").waitFor();
    await waitForOrder(page, 4);
    await dismissNotices(page);
    await clickNode(page, "constructor'");
    await details(page).getByRole("article", { name: "Node constructor" }).waitFor();
    // The root's <graph>, not the one in <meta>.
    await pickGraph(page, fixture("graphs/graph-in-meta.gexf"));
    await notice(page, "Opened graph-in-meta.gexf: 2 nodes, 1 edge").waitFor();
    await page.close();
  });

  it("refuses broken files and unusable drops with an error naming the file, and leaves the graph as it was", async () => {
    const page = await openExplorer(chromium.browser, url);
    const alert = (text: string) => page.getByRole("alert").filter({ hasText: text }).last();
    const cases: [string, RegExp][] = [
      ["broken.gexf", /broken\.gexf: not well-formed XML/],
      ["not-gexf.xml", /not-gexf\.xml: not a GEXF file/],
      ["truncated.json", /truncated\.json: not valid JSON/],
      ["unknown-type.json", /unknown-type\.json: .*"city"/],
      ["entity-expansion.gexf", /entity-expansion\.gexf: refused: a DOCTYPE with an internal subset or an <!ENTITY> declaration/],
    ];
    for (const [file, problem] of cases) {
      await pickGraph(page, fixture(`graphs/${file}`));
      await expect(alert(`Could not open ${file}`).textContent()).resolves.toMatch(problem);
      expect(await summary(page)).toEqual(DEFAULT_COUNTS);
    }
    await dropFiles(page, [fixture("inputs/files/image.txt"), fixture("graphs/gephi.gexf")]);
    await expect(alert("image.txt, gephi.gexf").textContent()).resolves.toContain("drop one graph file");
    await dropFiles(page, [fixture("inputs/files/image.txt"), fixture("inputs/files/empty.txt")]);
    const none = alert("Could not add the articles");
    await none.waitFor({ timeout: 60_000 });
    await expect(none.textContent()).resolves.toMatch(/no article could be read \(2 files skipped\).*skipped empty\.txt: empty file.*skipped image\.txt: binary/);
    expect(await summary(page)).toEqual(DEFAULT_COUNTS);
    await expect(page.getByTestId("origin").textContent()).resolves.toBe("default articles");
    await page.close();
  });
});
