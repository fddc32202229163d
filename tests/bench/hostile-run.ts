// Inputs that once made extraction time grow faster than their size:
// `tsx tests/bench/hostile-run.ts` times each at two sizes and prints one JSON line (see
// HostileRun): text with no sentence punctuation, a long article whose dateline has no year,
// and HTML nested far too deep. Linear time shows as the same milliseconds per MB at both.
import { documentDate } from "../../src/extract/dates.ts";
import { extract } from "../../src/extract/index.ts";
import { htmlToText } from "../../src/articles/html.ts";
import { deepHtml, fastest, unpunctuated, yearlessDateline } from "../support/hostile-inputs.ts";

export interface HostileRun {
  rows: { input: string; mb: number; ms: number }[];
}

const cases: [string, number[], (n: number) => string, (text: string) => void][] = [
  ["text with no sentence punctuation (extraction)", [200_000, 800_000], unpunctuated, (text) => void extract([{ id: "x", path: "x.txt", text }])],
  ["a dateline with no year (the article's date)", [1_000_000, 4_000_000], yearlessDateline, (text) => void documentDate(text)],
  ["HTML nested one level per 11 bytes (to text)", [500_000, 2_000_000], (n) => deepHtml(Math.round(n / 11)), (text) => void htmlToText(text)],
];
const rows: HostileRun["rows"] = [];
for (const [input, sizes, make, run] of cases) {
  for (const size of sizes) {
    const text = make(size);
    rows.push({ input, mb: text.length / 1e6, ms: fastest(() => run(text)) });
  }
}
process.stdout.write(JSON.stringify({ rows } satisfies HostileRun) + "\n");
