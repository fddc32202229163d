// The work of the extraction worker, as a plain function (so that Node tests can run it):
// the current graph's documents plus the added articles, extracted together (entities
// resolve across all of them, with the lexicon extended as --lexicon does) and built into a
// graph exactly as `npm run extract` does.
import { DEFAULT_LEXICON, extract } from "../../extract/index.ts";
import { extendLexiconWith } from "../../extract/lexicon-extension.ts";
import { buildGraph } from "../../graph/build.ts";
import { toJSON } from "../../graph/formats/json/write.ts";
import { mergeArticles } from "./merge-articles.ts";
import type { ExtractionMessage, ExtractionRequest } from "./protocol.ts";

type Progress = Extract<ExtractionMessage, { kind: "progress" }>;

export function runExtraction(request: ExtractionRequest, onProgress: (p: Progress) => void = () => {}): Exclude<ExtractionMessage, Progress> {
  const total = request.added.length;
  const merged = mergeArticles(request.existing, request.added, (done, name) => onProgress({ kind: "progress", stage: "read", done, total, label: name }));
  const { documents, added, skipped, notes } = merged;
  // Nothing added is an extraction again only with a lexicon extension.
  if (added.length === 0 && (total > 0 || !request.lexicon)) {
    const message = total === 0 ? "no articles given" : `no article could be read (${skipped.length === 1 ? "1 file" : `${skipped.length} files`} skipped)`;
    return { kind: "failed", message, skipped };
  }
  onProgress({ kind: "progress", stage: "extract", done: 0, total: documents.length, label: `${documents.length} articles` });
  const extraction = extract(documents, request.lexicon ? extendLexiconWith(DEFAULT_LEXICON, request.lexicon) : DEFAULT_LEXICON);
  onProgress({ kind: "progress", stage: "layout", done: 0, total: extraction.nodes.length, label: `${extraction.nodes.length} entities` });
  const graph = buildGraph(extraction);
  return { kind: "done", json: toJSON(graph), added, skipped, notes };
}
