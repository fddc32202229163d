// Messages between the explorer and its extraction worker (extract.worker.ts).
import type { LexiconAdditions } from "../../extract/lexicon-extension.ts";
import type { DocumentInfo } from "../../extract/types.ts";

import type { ArticleInput, SkippedArticle } from "../../articles/batch.ts";

/** An article to add: a file's bytes, or pasted text. */
export type { ArticleInput, SkippedArticle };

export interface ExtractionRequest {
  /** The documents of the current graph (kept with their ids). */
  existing: DocumentInfo[];
  added: ArticleInput[];
  /** A lexicon extension (opened by the person): with no article added, the documents are extracted again with it. */
  lexicon?: LexiconAdditions;
}

export type ExtractionStage = "read" | "extract" | "layout";

export type ExtractionMessage =
  | { kind: "progress"; stage: ExtractionStage; done: number; total: number; label: string }
  /** `json` is the new graph's graph.json text, as the CLI writes it. */
  | { kind: "done"; json: string; added: string[]; skipped: SkippedArticle[]; notes: string[] }
  | { kind: "failed"; message: string; skipped: SkippedArticle[] };
