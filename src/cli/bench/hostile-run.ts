// Inputs that once made extraction time grow faster than their size:
// `tsx src/cli/bench/hostile-run.ts` times each at two sizes and prints one JSON line (see
// HostileRun): text with no sentence punctuation, a long article whose dateline has no year,
// and HTML nested far too deep. Linear time shows as the same milliseconds per MB at both.
import { performance } from "node:perf_hooks";
import { documentDate } from "../../extract/dates.ts";
import { extract } from "../../extract/index.ts";
import { htmlToText } from "../../graph/input/html.ts";

export interface HostileRun {
  rows: { input: string; mb: number; ms: number }[];
}

const WORDS = "Japan imposed export restrictions on South Korea and Seoul criticized the measures while officials met in Tokyo".split(" ");

function unpunctuated(n: number): string {
  const out: string[] = [];
  for (let i = 0, len = 0; len < n; i++) {
    out.push(WORDS[i % WORDS.length]);
    len += WORDS[i % WORDS.length].length + 1;
  }
  return out.join(" ");
}

const BODY = "Japan imposed export restrictions on South Korea on July 4. Seoul criticized the measures in November 2019.\n";
const undatedLine = (n: number) => `Published June 2 10:00\n${BODY.repeat(Math.ceil(n / BODY.length))}`;
const nested = (n: number) => {
  const levels = Math.round(n / 11);
  return `<html><body>${"<div>".repeat(levels)}Japan imposed restrictions on South Korea.${"</div>".repeat(levels)}</body></html>`;
};

/** The fastest of three runs: the first ones warm the code up. */
function fastest(f: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

const cases: [string, number[], (n: number) => string, (text: string) => void][] = [
  ["text with no sentence punctuation (extraction)", [200_000, 800_000], unpunctuated, (text) => void extract([{ id: "x", path: "x.txt", text }])],
  ["a dateline with no year (the article's date)", [1_000_000, 4_000_000], undatedLine, (text) => void documentDate(text)],
  ["HTML nested one level per 11 bytes (to text)", [500_000, 2_000_000], nested, (text) => void htmlToText(text)],
];
const rows: HostileRun["rows"] = [];
for (const [input, sizes, make, run] of cases) {
  for (const size of sizes) {
    const text = make(size);
    rows.push({ input, mb: text.length / 1e6, ms: fastest(() => run(text)) });
  }
}
process.stdout.write(JSON.stringify({ rows } satisfies HostileRun) + "\n");
