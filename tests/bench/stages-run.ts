// Where one thread's extraction time goes, by stage, on the benchmark corpus:
// `tsx tests/bench/stages-run.ts SIZE` prints one JSON line (see StagesRun). Each stage is
// the extractor's own function, timed alone over the whole corpus after a warm-up pass.
import { performance } from "node:perf_hooks";
import { documentDate, findDates } from "../../src/extract/dates.ts";
import { DEFAULT_LEXICON, extract, rulesFor } from "../../src/extract/index.ts";
import { segment } from "../../src/extract/segment.ts";
import { benchCorpus, realArticles, wordCount } from "./corpus.ts";

export interface StagesRun {
  size: number;
  words: number;
  /** The whole extraction (parse and build), ms. */
  totalMs: number;
  /** Sentences, tokens and parts of speech (wink-nlp, in segment.ts), ms. */
  segmentMs: number;
  /** The article's date and the dates in its sentences (chrono-node, in dates.ts), ms. */
  datesMs: number;
}

function time(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

const real = realArticles();
const size = Number(process.argv[2]);
const docs = benchCorpus(size, real);
const R = rulesFor(DEFAULT_LEXICON);
const sentences = docs.map((d) => segment(d.text, R));
const segmentAll = () => docs.forEach((d) => segment(d.text, R));
const datesAll = () =>
  docs.forEach((d, k) => {
    // As documentInfo does, without the title it also reads.
    const date = d.date || documentDate(d.text);
    for (const s of sentences[k]) findDates(s.text, date);
  });
// Warm-up: the first pass compiles; the measured passes are the steady state, as in a long run.
extract(docs.slice(0, 50));
const run: StagesRun = {
  size,
  words: docs.reduce((n, d) => n + wordCount(d.text), 0),
  segmentMs: time(segmentAll),
  datesMs: time(datesAll),
  totalMs: time(() => extract(docs)),
};
process.stdout.write(JSON.stringify(run) + "\n");
