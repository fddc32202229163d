// `npm run bench [-- --quick]`: measures extraction, the graph files and the explorer on
// deterministic corpora, and writes BENCHMARKS.md (the table, the machine, the command).
// Each figure is the median of several runs; extraction runs in child processes so that
// each has its own peak memory (src/cli/bench/extract-run.ts).
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import { parseArgs } from "node:util";
import type { ExtractRun } from "./bench/extract-run.ts";

interface Plan {
  sizes: number[];
  runs: (size: number) => number;
  workerSize: number;
}

const FULL: Plan = { sizes: [100, 1_000, 10_000], runs: (n) => (n >= 10_000 ? 3 : 5), workerSize: 1_000 };
const QUICK: Plan = { sizes: [100, 1_000], runs: (n) => (n >= 1_000 ? 1 : 3), workerSize: 1_000 };

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const int = (n: number): string => Math.round(n).toLocaleString("en-US");
const ms = (n: number): string => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${int(n)} ms`);
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;

function run(size: number, workers: number): ExtractRun {
  const out = execFileSync(process.execPath, [...process.execArgv, "src/cli/bench/extract-run.ts", String(size), String(workers)], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split("\n").pop()!) as ExtractRun;
}

/** Runs `times` times and keeps, for each figure, its median. */
function measure(size: number, workers: number, times: number, log: (s: string) => void): ExtractRun {
  const runs: ExtractRun[] = [];
  for (let k = 0; k < times; k++) {
    runs.push(run(size, workers));
    log(`  ${int(size)} articles, ${workers} worker(s), run ${k + 1}/${times}: ${ms(runs[k].extractMs)}`);
  }
  const m = (f: (r: ExtractRun) => number) => median(runs.map(f));
  return { ...runs[0], extractMs: m((r) => r.extractMs), layoutMs: m((r) => r.layoutMs), jsonWriteMs: m((r) => r.jsonWriteMs), jsonLoadMs: m((r) => r.jsonLoadMs), gexfMs: m((r) => r.gexfMs), peakRss: m((r) => r.peakRss) };
}

export async function bench(quick: boolean, log: (s: string) => void): Promise<string> {
  const plan = quick ? QUICK : FULL;
  const started = Date.now();
  log("extraction, one thread:");
  const single = plan.sizes.map((n) => measure(n, 1, plan.runs(n), log));
  const workers = Math.max(2, Math.min(availableParallelism(), 4));
  log(`extraction, ${workers} worker threads:`);
  const parallel = measure(plan.workerSize, workers, plan.runs(plan.workerSize), log);
  const oneAtWorkerSize = single.find((r) => r.size === plan.workerSize)!;
  const big = single.find((r) => r.size === 10_000);
  const thousand = single.find((r) => r.size === 1_000)!;
  const wps = (r: ExtractRun) => r.words / (r.extractMs / 1000);

  const lines: string[] = [];
  lines.push("# Benchmarks", "", `Produced by \`npm run bench${quick ? " -- --quick" : ""}\` on ${new Date().toISOString().slice(0, 10)} in ${ms(Date.now() - started)}.`, "");
  lines.push("## Machine", "", `- ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory`, `- Node ${process.version}`, "");
  lines.push("## Extraction", "", "Deterministic corpora (`src/cli/bench/corpus.ts`, seed 1): synthetic articles made from real actors, every action's verbs, dates and page furniture, with a real article of `graph-data/articles` in every 25th place. Time is the extraction alone (parse and graph build; worker start-up included), median of the runs shown; memory is the peak resident size of the process that generated the corpus, extracted it, laid it out and wrote and read the files.", "");
  lines.push("| articles | words | MB | runs | threads | time | words/s | MB/s | peak memory | nodes | edges |", "|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of [...single, parallel]) {
    lines.push(`| ${int(r.size)} | ${int(r.words)} | ${(r.bytes / 1e6).toFixed(1)} | ${plan.runs(r.size)} | ${r.workers} | ${ms(r.extractMs)} | ${int(wps(r))} | ${(r.bytes / 1e6 / (r.extractMs / 1000)).toFixed(2)} | ${mb(r.peakRss)} | ${int(r.nodes)} | ${int(r.edges)} |`);
  }
  lines.push("");
  lines.push(`- ${workers} worker threads vs one, at ${int(plan.workerSize)} articles: **${(oneAtWorkerSize.extractMs / parallel.extractMs).toFixed(2)}x** (target ≥ 1.7x with 2); the graphs are identical (tested in tests/cli-workers.test.ts).`);
  if (big) lines.push(`- 10,000 / 1,000 articles time ratio: **${(big.extractMs / thousand.extractMs).toFixed(2)}** (target ≤ 11).`);
  lines.push(`- Throughput on one thread: **${int(wps(single[single.length - 1]))} words/s** (target ≥ 100,000).`, "");
  lines.push("## Graph files", "", "| articles | nodes | edges | layout | graph.json | write | load | GEXF export |", "|---|---|---|---|---|---|---|---|");
  for (const r of single) lines.push(`| ${int(r.size)} | ${int(r.nodes)} | ${int(r.edges)} | ${ms(r.layoutMs)} | ${mb(r.jsonBytes)} | ${ms(r.jsonWriteMs)} | ${ms(r.jsonLoadMs)} | ${ms(r.gexfMs)} |`);
  lines.push("");
  lines.push(...(await explorerSection(quick, log)));
  lines.push("## Reproduce", "", "```sh", "npm install", "npm run bench            # full: 100, 1,000 and 10,000 articles (tens of minutes)", "npm run bench -- --quick # under two minutes", "```", "");
  return lines.join("\n");
}

/** The explorer's figures (filled in by src/cli/bench/explorer.ts). */
async function explorerSection(_quick: boolean, _log: (s: string) => void): Promise<string[]> {
  return [];
}

const isMain = process.argv[1]?.endsWith("bench.ts");
if (isMain) {
  const { values } = parseArgs({ options: { quick: { type: "boolean" }, out: { type: "string" } } });
  const log = (s: string) => void process.stderr.write(s + "\n");
  const md = await bench(values.quick === true, log);
  writeFileSync(values.out ?? "BENCHMARKS.md", md);
  process.stdout.write(md);
}
