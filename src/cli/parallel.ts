// Extraction on several threads: N threads parse articles (parse.ts keeps no state between
// articles): N - 1 worker threads and this one, which between two parses of its own adds the
// parses, in id order, to one GraphBuilder, so the graph is identical to a one-thread run.
// This thread parses too because a worker costs CPU of its own (start-up, the model, V8
// compiling the same code again, parses copied across): on two cores, a third busy thread
// only took time from the other two.
import { Worker } from "node:worker_threads";
import { byId, DEFAULT_LEXICON, GraphBuilder, parseDocument, rulesFor, type Extraction, type Lexicon, type ParsedDocument, type SourceDocument } from "../extract/index.ts";

/** Parses waiting for their turn, per thread, at most: bounds memory when one article is slow. */
const AHEAD_PER_THREAD = 32;
/** Articles queued at each worker: it starts the next one without waiting for this thread to answer. */
const QUEUED_PER_WORKER = 4;

/**
 * Characters of text per thread that `--workers auto` asks for: a worker thread first spends a
 * second or two starting (the language model) and running cold, so on a small corpus the main
 * thread is done before a worker has paid for itself. On the benchmark's 2-core machine two
 * threads break even at about 2,000 articles (3.8 million characters), gain 1.2x at 4,000 and
 * 1.2 to 1.5x at 6,000 to 10,000; one thread per 2.5 million characters starts the second at
 * about 2,600 articles (BENCHMARKS.md).
 */
export const TEXT_PER_THREAD = 2_500_000;

/** Threads for `--workers auto`: one per TEXT_PER_THREAD characters of text, at least one, at most one per core. */
export function autoThreads(docs: readonly SourceDocument[], cores: number): number {
  let chars = 0;
  for (const d of docs) chars += d.text.length;
  return Math.max(1, Math.min(cores, Math.floor(chars / TEXT_PER_THREAD)));
}

/** What a parse worker posts: once, that it has started; then each parse, with its article's index. */
export type WorkerMessage = { ready: true } | { index: number; parsed: ParsedDocument };

/** A parse as a worker sends it: without the article's text and its sentences' texts, which this thread has (a third of the bytes to copy). */
export function packParse(parsed: ParsedDocument): ParsedDocument {
  parsed.info.text = "";
  for (const s of parsed.sentences) s.sentence.text = "";
  return parsed;
}

function unpackParse(parsed: ParsedDocument, doc: SourceDocument): ParsedDocument {
  parsed.info.text = doc.text;
  for (const { sentence } of parsed.sentences) sentence.text = doc.text.slice(sentence.start, sentence.end);
  return parsed;
}

export async function extractParallel(docs: SourceDocument[], threads: number, lexicon: Lexicon = DEFAULT_LEXICON, onDocument?: (done: number) => void): Promise<Extraction> {
  const sorted = [...docs].sort(byId);
  const R = rulesFor(lexicon);
  const builder = new GraphBuilder(R);
  const pool = Array.from(
    { length: Math.min(threads, sorted.length) - 1 },
    () =>
      new Worker(new URL("./parse-worker-boot.mjs", import.meta.url), {
        workerData: { entry: new URL("./parse-worker.ts", import.meta.url).href, lexicon: lexicon === DEFAULT_LEXICON ? undefined : lexicon },
      }),
  );
  try {
    await new Promise<void>((resolve, reject) => {
      const ready = new Map<number, ParsedDocument>();
      // Workers get articles once started: an article sent earlier would wait for the start-up
      // (about a second), and this thread, parsing on until far enough ahead of it, would wait too.
      const queued = new Map<Worker, number>();
      const ahead = AHEAD_PER_THREAD * (pool.length + 1);
      let sent = 0;
      let next = 0;
      let failed = false;
      /** Another article may start: one is left, and not too far ahead of the build. */
      const canStart = () => sent < sorted.length && sent < next + ahead;
      const fail = (e: unknown) => ((failed = true), reject(e));
      const build = () => {
        while (ready.has(next)) {
          builder.add(ready.get(next)!);
          ready.delete(next++);
          onDocument?.(next);
        }
        if (next === sorted.length) resolve();
      };
      const feed = () => {
        for (const w of queued.keys())
          while (queued.get(w)! < QUEUED_PER_WORKER && canStart()) {
            w.postMessage({ index: sent, doc: sorted[sent++] });
            queued.set(w, queued.get(w)! + 1);
          }
      };
      // One parse here, then back to the event loop so that the workers' parses are taken in.
      let parsing = false;
      const parseHere = () => {
        parsing = false;
        if (failed || !canStart()) return;
        const k = sent++;
        try {
          ready.set(k, parseDocument(sorted[k], R));
          build();
        } catch (e) {
          return fail(e);
        }
        feed();
        schedule();
      };
      const schedule = () => {
        if (!parsing && !failed && canStart()) {
          parsing = true;
          setImmediate(parseHere);
        }
      };
      for (const w of pool) {
        w.on("error", fail);
        w.on("exit", (code) => code !== 0 && fail(new Error(`parse worker exited with code ${code}`)));
        w.on("message", (message: WorkerMessage) => {
          if ("ready" in message) return void (queued.set(w, 0), feed());
          const { index, parsed } = message;
          queued.set(w, queued.get(w)! - 1);
          ready.set(index, unpackParse(parsed, sorted[index]));
          try {
            build();
          } catch (e) {
            return fail(e);
          }
          feed();
          schedule();
        });
      }
      if (!sorted.length) return resolve();
      feed();
      schedule();
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return builder.finish();
}
