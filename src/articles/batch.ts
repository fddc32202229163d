// One reader for a batch of articles, used by the CLI and by the explorer: bytes (or pasted
// text) in, in the order given; documents with ids, skipped files and what decoding repaired,
// out. A duplicate is found by its decoded text with line ends normalized, so the same article
// saved as UTF-8 and as UTF-16, or with CRLF and with LF, is one document wherever it is read.
// Pure: runs in Node and in the browser.
import type { SourceDocument } from "../extract/types.ts";
import { readArticle, type Article, type ArticleFormat } from "./article.ts";
import { documentIds } from "./document-ids.ts";

/** A file's bytes, or text a person pasted. `name` is the path (CLI) or file name (explorer). */
export type ArticleInput = { name: string; bytes: Uint8Array } | { name: string; text: string };

export interface SkippedArticle {
  name: string;
  reason: string;
}

export interface BatchResult {
  /** The batch's documents, in the order added, with ids no existing document has. */
  documents: SourceDocument[];
  skipped: SkippedArticle[];
  /** What decoding repaired ("1 invalid byte replaced"), by file. */
  repaired: { name: string; note: string }[];
  /** How many documents were read in each format and from each encoding. */
  formats: Map<ArticleFormat, number>;
  encodings: Map<string, number>;
}

/** The text two copies of one article share: decoded, with CRLF and CR as LF. */
const sameTextKey = (text: string): string => (text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text);

/** Reads articles one at a time (so that a caller holds only texts), then names them. */
export class ArticleBatch {
  private readonly read: { path: string; text: string; title?: string; date?: string }[] = [];
  private readonly result: Omit<BatchResult, "documents"> = { skipped: [], repaired: [], formats: new Map(), encodings: new Map() };
  /** Normalized text -> the name of the document that has it. */
  private readonly byText = new Map<string, string>();
  private readonly existingIds: string[];

  /** `existing`: the documents a graph already has; their texts are duplicates too, their ids are taken. */
  constructor(existing: readonly { id: string; path: string; text: string }[] = []) {
    for (const d of existing) this.byText.set(sameTextKey(d.text), d.path);
    this.existingIds = existing.map((d) => d.id);
  }

  /** Adds one article; returns why it was skipped, if it was. Never throws. */
  add(input: ArticleInput): string | undefined {
    const reason = this.readOne(input);
    if (reason !== undefined) this.result.skipped.push({ name: input.name, reason });
    return reason;
  }

  /** Skips a file the caller could not read ("unreadable: permission denied"). */
  skip(name: string, reason: string): void {
    this.result.skipped.push({ name, reason });
  }

  finish(): BatchResult {
    const ids = documentIds(
      this.read.map((r) => r.path),
      this.existingIds,
    );
    return { documents: this.read.map((r, i) => ({ id: ids[i], ...r })), ...this.result };
  }

  private readOne(input: ArticleInput): string | undefined {
    let article: Article | undefined;
    let text: string;
    if ("text" in input) {
      text = sameTextKey(input.text);
      if (text.trim() === "") return "no text";
    } else {
      if (input.bytes.length === 0) return "empty file";
      const result = readArticle(input.bytes, input.name);
      if (!result.ok) return result.reason;
      article = result.article;
      text = article.text;
    }
    const key = sameTextKey(text);
    const original = this.byText.get(key);
    if (original !== undefined) return `duplicate of ${original} (same text)`;
    this.byText.set(key, input.name);
    this.read.push({ path: input.name, text, ...(article?.title ? { title: article.title } : {}), ...(article?.date ? { date: article.date } : {}) });
    if (article) {
      if (article.note) this.result.repaired.push({ name: input.name, note: article.note });
      count(this.result.formats, article.format);
      count(this.result.encodings, article.encoding);
    }
    return undefined;
  }
}

function count<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
