// One article file (its bytes and name) -> the text the extractor reads, with the title and
// date the file gives (which names are articles, in which format: formats.ts). Pure: runs in
// Node and in the browser.
import { decodeBytes, type Decoded } from "./decode.ts";
import { declaredCharset, htmlToText, type PageText } from "./html.ts";
import { ARTICLE_EXTENSIONS, type ArticleFormat } from "./formats.ts";
import { markdownToText } from "./markdown.ts";

export { ARTICLE_EXTENSIONS, type ArticleFormat } from "./formats.ts";

export interface Article {
  text: string;
  /** Given by the file (HTML metadata, Markdown front matter or heading); absent for plain text. */
  title?: string;
  date?: string;
  format: ArticleFormat;
  /** WHATWG name of the encoding the bytes were decoded from ("utf-8", "windows-1252", ...). */
  encoding: string;
  /** What decoding had to repair, if anything. */
  note?: string;
}

export type ArticleResult = { ok: true; article: Article } | { ok: false; reason: string };

function extension(fileName: string): string {
  const base = fileName.slice(fileName.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/** True when a folder's file is an article (by its extension). */
export function isArticleFile(fileName: string): boolean {
  return extension(fileName) in ARTICLE_EXTENSIONS;
}

/** The format of a file: by extension; a file named otherwise is plain text. */
export function articleFormat(fileName: string): ArticleFormat {
  return ARTICLE_EXTENSIONS[extension(fileName)] ?? "text";
}

/**
 * Decodes and converts one article file. A file with no text left (empty, whitespace,
 * markup only) or that is not text gives a reason instead. Never throws.
 */
export function readArticle(bytes: Uint8Array, fileName: string): ArticleResult {
  const format = articleFormat(fileName);
  const decoded: Decoded = decodeBytes(bytes, format === "html" ? declaredCharset(bytes) : undefined);
  if (!decoded.ok) return decoded;
  const page: PageText = format === "html" ? htmlToText(decoded.text) : format === "markdown" ? markdownToText(decoded.text) : { text: decoded.text };
  if (page.text.trim() === "") {
    return { ok: false, reason: decoded.text.trim() === "" ? "empty file (whitespace only)" : `no text in the ${format === "html" ? "page" : "file"} (markup only)` };
  }
  return { ok: true, article: { ...page, format, encoding: decoded.encoding, ...(decoded.note ? { note: decoded.note } : {}) } };
}
