// Inputs that made the extractor's time grow faster than their size (issue: input that
// fights back): text without sentence punctuation, and a long article whose dateline has no
// year. Checked by size ratios, never absolute times: four times the text may take about
// four times as long (a bound of 8 leaves room for a busy machine; the quadratic cases
// took 16x and more).
import { describe, expect, it } from "vitest";
import { documentDate } from "../src/extract/dates.ts";
import { flattenDeepNesting, htmlToText, MAX_NESTING } from "../src/graph/input/html.ts";
import { extract } from "../src/extract/index.ts";

const WORDS = "Japan imposed export restrictions on South Korea and Seoul criticized the measures while officials met in Tokyo".split(" ");

/** Text of about `n` characters with no sentence punctuation at all. */
function unpunctuated(n: number): string {
  const out: string[] = [];
  for (let i = 0, len = 0; len < n; i++) {
    out.push(WORDS[i % WORDS.length]);
    len += WORDS[i % WORDS.length].length + 1;
  }
  return out.join(" ");
}

/** The fastest of three runs, in ms (the first ones warm the code up). */
function fastest(run: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe("time grows with the size of the input, not faster", () => {
  it("text without sentence punctuation: 4x the text takes less than 8x the time", () => {
    const small = unpunctuated(100_000);
    const large = unpunctuated(400_000);
    const ratio = fastest(() => extract([{ id: "l", path: "l.txt", text: large }])) / fastest(() => extract([{ id: "s", path: "s.txt", text: small }]));
    expect(ratio).toBeLessThan(8);
  });

  it("a long article whose dateline has no year: 4x the text takes less than 8x the time", () => {
    const body = "Japan imposed export restrictions on South Korea on July 4. Seoul criticized the measures in November 2019.\n";
    const article = (n: number) => `Published June 2 10:00\n${body.repeat(Math.ceil(n / body.length))}`;
    const [small, large] = [article(500_000), article(2_000_000)];
    expect(documentDate(large)).toBe("2020-06-02");
    expect(fastest(() => documentDate(large)) / fastest(() => documentDate(small))).toBeLessThan(8);
  });

  it("HTML nested many thousands of levels deep: 4x the nesting takes less than 8x the time, and the text is kept", () => {
    const page = (n: number) => `<html><body>${"<div>".repeat(n)}Japan imposed restrictions on South Korea.${"</div>".repeat(n)}</body></html>`;
    const [small, large] = [page(25_000), page(100_000)];
    expect(htmlToText(large).text).toBe("Japan imposed restrictions on South Korea.");
    expect(fastest(() => htmlToText(large)) / fastest(() => htmlToText(small))).toBeLessThan(8);
  });

  it("a page nested less deeply than the limit is read as it is", () => {
    const normal = `<html><body>${"<div>".repeat(MAX_NESTING - 10)}<p>Text</p>${"</div>".repeat(MAX_NESTING - 10)}</body></html>`;
    expect(flattenDeepNesting(normal)).toBe(normal);
  });
});
