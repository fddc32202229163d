// One measured extraction, in a process of its own so that its peak memory is its own:
// `tsx tests/bench/extract-run.ts SIZE WORKERS [KEEP]` prints one JSON line (see ExtractRun);
// with KEEP, the graph.json it wrote is copied there (the explorer benchmark opens it).
import { copyFileSync, readFileSync, rmSync, mkdtempSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { buildGraph } from "../../src/graph/build.ts";
import { toGEXF } from "../../src/graph/formats/gexf/write.ts";
import { fromJSON, toJSON } from "../../src/graph/formats/json/write.ts";
import { autoThreads, extractParallel } from "../../src/cli/parallel.ts";
import { benchCorpus, realArticles, wordCount } from "./corpus.ts";

export interface ExtractRun {
  size: number;
  workers: number;
  /** Threads `--workers auto` would start for this corpus on this machine. */
  autoThreads: number;
  words: number;
  bytes: number;
  /** Extraction alone (parse and build, workers started inside), ms. */
  extractMs: number;
  /** CPU time of the process (all its threads: V8's collector and compiler too) during the extraction, ms. */
  extractCpuMs: number;
  layoutMs: number;
  nodes: number;
  edges: number;
  jsonWriteMs: number;
  jsonLoadMs: number;
  gexfMs: number;
  jsonBytes: number;
  /** Peak resident memory of the whole process, bytes. */
  peakRss: number;
  /** Peak resident memory until the extraction ended (corpus made and extracted, before layout and files), bytes. */
  extractPeakRss: number;
}

async function main(size: number, workers: number, keep?: string): Promise<ExtractRun> {
  const real = realArticles();
  const docs = benchCorpus(size, real);
  const words = docs.reduce((n, d) => n + wordCount(d.text), 0);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  let t = performance.now();
  const cpu = process.cpuUsage();
  const extraction = await extractParallel(docs, workers);
  const extractMs = performance.now() - t;
  const { user, system } = process.cpuUsage(cpu);
  const extractCpuMs = (user + system) / 1000;
  const extractPeakRss = process.resourceUsage().maxRSS * 1024;
  t = performance.now();
  const graph = buildGraph(extraction);
  const layoutMs = performance.now() - t;
  const dir = mkdtempSync(path.join(tmpdir(), "bench-"));
  try {
    t = performance.now();
    const json = toJSON(graph);
    writeFileSync(path.join(dir, "graph.json"), json);
    const jsonWriteMs = performance.now() - t;
    t = performance.now();
    fromJSON(readFileSync(path.join(dir, "graph.json"), "utf8"), "graph.json");
    const jsonLoadMs = performance.now() - t;
    t = performance.now();
    toGEXF(graph);
    const gexfMs = performance.now() - t;
    if (keep) copyFileSync(path.join(dir, "graph.json"), keep);
    return {
      size,
      workers,
      autoThreads: autoThreads(docs, availableParallelism()),
      words,
      bytes,
      extractMs,
      extractCpuMs,
      layoutMs,
      nodes: graph.order,
      edges: graph.size,
      jsonWriteMs,
      jsonLoadMs,
      gexfMs,
      jsonBytes: Buffer.byteLength(json),
      peakRss: process.resourceUsage().maxRSS * 1024,
      extractPeakRss,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [size, workers, keep] = process.argv.slice(2);
process.stdout.write(JSON.stringify(await main(Number(size), Number(workers), keep)) + "\n");
