// A worker thread that parses articles (the per-article half of extraction) for the CLI's
// --workers; the main thread builds the graph from the parses in id order (parallel.ts).
import { parentPort, workerData } from "node:worker_threads";
import { DEFAULT_LEXICON, parseDocument, rulesFor, type SourceDocument } from "../extract/index.ts";
import { packParse, type WorkerMessage } from "./parallel.ts";

const R = rulesFor(workerData.lexicon ?? DEFAULT_LEXICON);
parentPort!.on("message", ({ index, doc }: { index: number; doc: SourceDocument }) => {
  parentPort!.postMessage({ index, parsed: packParse(parseDocument(doc, R)) } satisfies WorkerMessage);
});
// Loaded (about a second of start-up): articles sent from now on start at once.
parentPort!.postMessage({ ready: true } satisfies WorkerMessage);
