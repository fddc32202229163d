// Web Worker: runs one extraction (run-extraction.ts) off the page's thread and posts its
// progress and result. The page cancels by terminating the worker.

import type { ExtractionMessage, ExtractionRequest } from "./protocol.ts";
import { runExtraction } from "./run-extraction.ts";
import { errorMessage } from "../../graph/error-message.ts";

const post = (message: ExtractionMessage) => (self as unknown as Worker).postMessage(message);

self.onmessage = (event: MessageEvent<ExtractionRequest>) => {
  try {
    post(runExtraction(event.data, post));
  } catch (e) {
    post({ kind: "failed", message: `extraction failed (${errorMessage(e)})`, skipped: [] });
  }
};
