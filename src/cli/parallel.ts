// Extraction on several threads: worker threads parse articles in parallel (parse.ts keeps
// no state between articles), and this thread adds the parses to one GraphBuilder in id
// order, so the graph is identical to a one-thread run.
import { Worker } from "node:worker_threads";
import { byId, DEFAULT_LEXICON, GraphBuilder, parseDocument, rulesFor, type Extraction, type Lexicon, type ParsedDocument, type SourceDocument } from "../extract/index.ts";

/** Parses waiting for their turn, per worker, at most: bounds memory when one article is slow. */
const AHEAD_PER_WORKER = 32;

export async function extractParallel(docs: SourceDocument[], workers: number, lexicon: Lexicon = DEFAULT_LEXICON, onDocument?: (done: number) => void): Promise<Extraction> {
  const sorted = [...docs].sort(byId);
  const R = rulesFor(lexicon);
  const builder = new GraphBuilder(R);
  if (workers <= 1 || sorted.length < 2) {
    sorted.forEach((d, k) => (builder.add(parseDocument(d, R)), onDocument?.(k + 1)));
    return builder.finish();
  }
  const pool = Array.from({ length: Math.min(workers, sorted.length) }, () =>
    new Worker(new URL("./parse-worker-boot.mjs", import.meta.url), { workerData: { entry: new URL("./parse-worker.ts", import.meta.url).href, lexicon: lexicon === DEFAULT_LEXICON ? undefined : lexicon } }),
  );
  try {
    await new Promise<void>((resolve, reject) => {
      const ready = new Map<number, ParsedDocument>();
      let sent = 0;
      let next = 0;
      const feed = (w: Worker) => {
        if (sent < sorted.length && sent < next + AHEAD_PER_WORKER * pool.length) w.postMessage({ index: sent, doc: sorted[sent++] });
        else idle.push(w);
      };
      const idle: Worker[] = [];
      for (const w of pool) {
        w.on("error", reject);
        w.on("exit", (code) => code !== 0 && reject(new Error(`parse worker exited with code ${code}`)));
        w.on("message", ({ index, parsed }: { index: number; parsed: ParsedDocument }) => {
          ready.set(index, parsed);
          while (ready.has(next)) {
            builder.add(ready.get(next)!);
            ready.delete(next++);
            onDocument?.(next);
          }
          if (next === sorted.length) return resolve();
          feed(w);
          while (idle.length && sent < sorted.length && sent < next + AHEAD_PER_WORKER * pool.length) feed(idle.pop()!);
        });
        feed(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return builder.finish();
}
