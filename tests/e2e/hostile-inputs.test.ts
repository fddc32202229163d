// Input that fights back, through the explorer's own inputs: articles and graph files whose
// text holds <script>, <img onerror>, javascript: URLs, </textarea>, a 60,000-character
// token and right-to-left marks. All of it is shown as text, nothing runs, no link is live,
// the Content-Security-Policy is never broken, and the page keeps working.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { dismissNotices, dropFiles, fixture, notice, pickGraph } from "./files.ts";
import { clickNode, openExplorer, useChromium } from "./page.ts";

const chromium = useChromium();
const url = inject("explorerUrl");

const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
/** Elements the hostile text would create if it were parsed as HTML, and live links. */
const injected = (page: Page) => page.evaluate(() => document.querySelectorAll("#root script, #root img, #root iframe, #root svg[onload], #root textarea ~ script, #root a[href]").length);

describe("hostile inputs", () => {
  it("hostile articles and graph files are shown as text, run nothing, break no policy, and the page keeps working", async () => {
    const page = await openExplorer(chromium.browser, url);
    const violations: string[] = [];
    const dialogs: string[] = [];
    page.on("dialog", (d) => void (dialogs.push(d.message()), d.dismiss()));
    page.on("console", (m) => /Content.Security.Policy|Refused to/i.test(m.text()) && violations.push(m.text()));
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).not.toContain("unsafe-eval");

    // Articles: plain text, Markdown and HTML, dropped together.
    await dropFiles(
      page,
      ["hostile-article.txt", "hostile-article.md", "hostile-article.html"].map((f) => fixture(`hostile/${f}`)),
    );
    await notice(page, "Added 3 articles").waitFor({ timeout: 90_000 });
    await page.waitForFunction(() => window.__sigma?.getGraph().someNode((_k, a) => a.label === "South Korea"));
    await dismissNotices(page);
    const korea = await page.evaluate(() => window.__sigma!.getGraph().findNode((_k, a) => a.label === "South Korea")!);
    await clickNode(page, korea);
    const panel = details(page);
    await panel.getByRole("article", { name: "Node South Korea" }).waitFor();
    // (The extractor ends the sentence at "window.": the quote holds the markup up to there.)
    const quote = panel.locator(".quote").filter({ hasText: "South Korea <script>window." }).first();
    await expect(quote.textContent()).resolves.toContain("Japan imposed export restrictions on South Korea <script>window.");
    await expect(panel.textContent()).resolves.toContain(`the World Trade Organization <img src=x onerror="window.`);
    await quote.getByRole("button", { name: "Open article" }).click();
    const article = page.getByRole("dialog", { name: /Article/ });
    const text = (await article.textContent()) ?? "";
    expect(text).toContain('<script>window.__pwned = "txt-script"</script>');
    expect(text).toContain("</textarea><script>");
    expect(text).toContain("javascript:window.__pwned='txt-url'");
    expect(text).toContain(`Tok${"x".repeat(60_000)}`);
    expect(text).toContain("\u202egnirts desrever\u200f");
    // The long token wraps inside the article view instead of widening it.
    expect(await article.locator(".article-text").evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await page.keyboard.press("Escape");

    // The Markdown title and the HTML page's escaped markup are text too.
    const search = page.getByRole("combobox", { name: "Search entities" });
    await search.fill("European Union");
    await search.press("Enter");
    await panel.getByRole("article", { name: "Node European Union" }).waitFor();
    await expect(panel.textContent()).resolves.toContain(`EU measures <img src=x onerror="window.__pwned='html-h1'">`);
    await panel.locator(".quote").filter({ hasText: "solar panels" }).first().getByRole("button", { name: "Open article" }).click();
    await expect(article.textContent()).resolves.toContain("</textarea><script>window.__pwned='html-escaped'</script>");
    await page.keyboard.press("Escape");

    // Graph files: GEXF with markup in labels and attribute values, graph.json with hostile texts.
    await pickGraph(page, fixture("hostile/hostile.gexf"));
    const opened = notice(page, "Opened hostile.gexf");
    await expect(opened.textContent()).resolves.toContain('node "long": label of 5,000 characters: cut to 1000');
    await page.waitForFunction(() => window.__sigma?.getGraph().hasNode("evil"));
    await dismissNotices(page);
    await clickNode(page, "evil");
    await panel.getByRole("heading", { name: "<script>window.__pwned='gexf-label'</script>Evil" }).waitFor();
    const attributes = (await panel.locator(".other-attributes").textContent()) ?? "";
    expect(attributes).toContain("javascript:window.__pwned='gexf-url'");
    expect(attributes).toContain(`<img src=x onerror="window.__pwned='gexf-img'"></textarea> \u202edesrever\u200f`);
    expect(attributes).toContain("<b>note</b>");
    await search.fill("lanigiro");
    await expect(page.getByRole("option").first().textContent()).resolves.toContain("\u202elanigiro");
    await search.fill("");

    await pickGraph(page, fixture("hostile/hostile.json"));
    await notice(page, "Opened hostile.json").waitFor();
    await page.waitForFunction(() => window.__sigma?.getGraph().hasNode("freedonia"));
    await dismissNotices(page);
    await clickNode(page, "freedonia");
    await panel.getByRole("heading", { name: "Freedonia <b>bold</b>" }).waitFor();
    await expect(panel.locator(".other-attributes").textContent()).resolves.toContain("javascript:window.__pwned='json-url'");

    expect(await injected(page)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(violations).toEqual([]);
    // Still working: a search finds and selects, Reset brings the default graph back.
    await search.fill("Sylvania");
    await search.press("Enter");
    await panel.getByRole("article", { name: "Node Sylvania" }).waitFor();
    await page.getByRole("button", { name: "Reset" }).click();
    await page.getByTestId("origin").filter({ hasText: "default articles" }).waitFor();
    await page.close();
  });
});
