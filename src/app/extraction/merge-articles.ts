// Articles a person adds -> documents for the extractor, next to the documents the graph
// already has: read by the CLI's own reader (src/articles/batch.ts), in name order (so that
// the order they were picked or dropped in does not matter), with ids made as the CLI makes
// them and never reusing an existing id. Pure.
import type { DocumentInfo, SourceDocument } from "../../extract/types.ts";
import { ARTICLE_EXTENSIONS, isArticleFile } from "../../articles/article.ts";
import { ArticleBatch } from "../../articles/batch.ts";
import type { ArticleInput, SkippedArticle } from "./protocol.ts";

export interface MergedArticles {
  /** Every document: the existing ones first, then the new ones. */
  documents: SourceDocument[];
  /** Ids of the new documents. */
  added: string[];
  skipped: SkippedArticle[];
  /** What decoding repaired ("damaged.txt: 1 invalid byte replaced"). */
  notes: string[];
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const EXTENSIONS = Object.keys(ARTICLE_EXTENSIONS).join(", ");

/** The document as the extractor reads it back (title and date as it found them). */
export function sourceDocument(d: DocumentInfo): SourceDocument {
  return { id: d.id, path: d.path, text: d.text, ...(d.title ? { title: d.title } : {}), ...(d.date ? { date: d.date } : {}) };
}

/** Reads `added` (in name order) and merges it into `existing`; `onRead` follows each one. */
export function mergeArticles(existing: readonly DocumentInfo[], added: readonly ArticleInput[], onRead?: (done: number, name: string) => void): MergedArticles {
  const batch = new ArticleBatch(existing);
  const sorted = [...added].sort((a, b) => compare(a.name, b.name));
  sorted.forEach((input, i) => {
    // A dropped file is read only as an article by its extension; pasted text always is.
    if ("bytes" in input && !isArticleFile(input.name)) batch.skip(input.name, `not an article file (expected ${EXTENSIONS})`);
    else batch.add(input);
    onRead?.(i + 1, input.name);
  });
  const { documents, skipped, repaired } = batch.finish();
  return {
    documents: [...existing.map(sourceDocument), ...documents],
    added: documents.map((d) => d.id),
    skipped,
    notes: repaired.map(({ name, note }) => `${name}: ${note}`),
  };
}
