// Inputs that made the extractor's time grow faster than their size (issue: input that
// fights back): text without sentence punctuation, a long article whose dateline has no
// year, and HTML nested too deep. Checked by size ratios, never absolute times: four times the text may take about
// four times as long (a bound of 8 leaves room for a busy machine; the quadratic cases
// took 16x and more).
import { describe, expect, it } from "vitest";
import { documentDate } from "../src/extract/dates.ts";
import { flattenDeepNesting, htmlToText, MAX_NESTING } from "../src/articles/html.ts";
import { extract } from "../src/extract/index.ts";
import { deepHtml, fastest, unpunctuated, yearlessDateline } from "./support/hostile-inputs.ts";

describe("time grows with the size of the input, not faster", () => {
  it("text without sentence punctuation: 4x the text takes less than 8x the time", () => {
    const small = unpunctuated(100_000);
    const large = unpunctuated(400_000);
    const ratio = fastest(() => extract([{ id: "l", path: "l.txt", text: large }])) / fastest(() => extract([{ id: "s", path: "s.txt", text: small }]));
    expect(ratio).toBeLessThan(8);
  });

  it("a long article whose dateline has no year: 4x the text takes less than 8x the time", () => {
    const [small, large] = [yearlessDateline(1_000_000), yearlessDateline(4_000_000)];
    expect(documentDate(large)).toBe("2020-06-02");
    expect(fastest(() => documentDate(large)) / fastest(() => documentDate(small))).toBeLessThan(8);
  });

  it("HTML nested many thousands of levels deep: 4x the nesting takes less than 8x the time, and the text is kept", () => {
    const [small, large] = [deepHtml(25_000), deepHtml(100_000)];
    expect(htmlToText(large).text).toBe("Japan imposed restrictions on South Korea.");
    expect(fastest(() => htmlToText(large)) / fastest(() => htmlToText(small))).toBeLessThan(8);
  });

  it("a page nested less deeply than the limit is read as it is", () => {
    const normal = `<html><body>${"<div>".repeat(MAX_NESTING - 10)}<p>Text</p>${"</div>".repeat(MAX_NESTING - 10)}</body></html>`;
    expect(flattenDeepNesting(normal)).toBe(normal);
  });
});
