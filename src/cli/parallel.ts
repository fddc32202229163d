// Extraction on several threads: worker threads parse articles in parallel (parse.ts keeps
// no state between articles), and this thread adds the parses to one GraphBuilder in id
// order, so the graph is identical to a one-thread run.
import { Worker } from "node:worker_threads";
import { byId, DEFAULT_LEXICON, GraphBuilder, parseDocument, rulesFor, type Extraction, type Lexicon, type ParsedDocument, type SourceDocument } from "../extract/index.ts";

/** Parses waiting for their turn, per worker, at most: bounds memory when one article is slow. */
const AHEAD_PER_WORKER = 32;
/** Articles queued at each worker: it starts the next one without waiting for this thread to answer. */
const QUEUED_PER_WORKER = 4;

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
      const queued = new Map(pool.map((w) => [w, 0]));
      let sent = 0;
      let next = 0;
      const feed = () => {
        for (const w of pool)
          while (queued.get(w)! < QUEUED_PER_WORKER && sent < sorted.length && sent < next + AHEAD_PER_WORKER * pool.length) {
            w.postMessage({ index: sent, doc: sorted[sent++] });
            queued.set(w, queued.get(w)! + 1);
          }
      };
      for (const w of pool) {
        w.on("error", reject);
        w.on("exit", (code) => code !== 0 && reject(new Error(`parse worker exited with code ${code}`)));
        w.on("message", ({ index, parsed }: { index: number; parsed: ParsedDocument }) => {
          queued.set(w, queued.get(w)! - 1);
          ready.set(index, parsed);
          while (ready.has(next)) {
            builder.add(unpackParse(ready.get(next)!, sorted[next]));
            ready.delete(next++);
            onDocument?.(next);
          }
          if (next === sorted.length) resolve();
          else feed();
        });
      }
      feed();
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return builder.finish();
}
