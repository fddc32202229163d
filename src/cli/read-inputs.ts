// Node-only: finds and reads the article files given on the command line (files, or
// folders searched recursively for article files), in a deterministic order, one file at a
// time; decoding and conversion are the pure src/graph/input/article.ts. Reusable by every
// CLI that reads articles.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import type { SourceDocument } from "../extract/types.ts";
import { isArticleFile, readArticle, type ArticleFormat } from "../graph/input/article.ts";
import { documentIds } from "../graph/input/document-ids.ts";
import { errorCode, errorReason } from "./fs-errors.ts";

export { documentIds };

export interface SkippedFile {
  /** The file as shown to the user (the input path, joined with the path inside a folder). */
  path: string;
  reason: string;
}

export interface CollectedInputs {
  /** Files to read, sorted, de-duplicated (by real path). */
  files: string[];
  /** Inputs that do not exist, in the order given. */
  missing: string[];
  /** Folders (and inputs) that could not be read, with the reason: skipped, the rest is read. */
  unreadable: SkippedFile[];
  /** Files met in folders and not read: not articles by their extension, or a saved page's resources. */
  ignored: number;
}

export interface ReadResult {
  /** Successfully decoded documents, in file order, with unique ids. */
  documents: SourceDocument[];
  /** Files that could not be used, in file order. */
  skipped: SkippedFile[];
  /** Documents whose decoding repaired something (invalid bytes replaced), and what. */
  repaired: { path: string; note: string }[];
  /** How many documents were read in each format and from each encoding. */
  formats: Map<ArticleFormat, number>;
  encodings: Map<string, number>;
}

/** Code-unit string order (locale-independent). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Path as shown to the user and stored in documents: normalized ("./a//b" -> "a/b"), forward slashes. */
function displayPath(p: string): string {
  return path.normalize(p).split(path.sep).join("/");
}

/** "Page_files" beside "Page.html": a saved page's images, scripts and frames, not articles. */
function isSavedPageResources(dir: string, names: Set<string>): boolean {
  const m = /^(.*)_files$/.exec(path.basename(dir));
  return m !== null && [".html", ".htm"].some((ext) => names.has(m[1] + ext));
}

/**
 * Expands the inputs: a file is taken as it is (whatever its extension), a folder is
 * searched recursively for article files (.txt, .md, .html, ... by extension,
 * case-insensitive; hidden entries and saved pages' `NAME_files` folders skipped).
 * Missing inputs and unreadable folders are reported, not thrown.
 */
export function collectInputFiles(inputs: readonly string[]): CollectedInputs {
  const files = new Map<string, string>(); // real path -> display path
  const missing: string[] = [];
  const unreadable: SkippedFile[] = [];
  let ignored = 0;
  const visitedDirs = new Set<string>(); // "device:inode"

  const addFile = (p: string): void => {
    let real: string;
    try {
      real = realpathSync.native(p);
    } catch {
      real = path.resolve(p);
    }
    if (!files.has(real)) files.set(real, displayPath(p));
  };

  const walk = (dir: string): void => {
    let entries;
    try {
      // Folders are told apart by device and inode, one stat each: resolving every folder's
      // real path costs time in its depth, and a 2,500-level tree took minutes.
      const { dev, ino } = statSync(dir);
      if (visitedDirs.has(`${dev}:${ino}`)) return; // symlink loop or folder given twice
      visitedDirs.add(`${dev}:${ino}`);
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => compare(a.name, b.name));
    } catch (e) {
      unreadable.push({ path: displayPath(dir), reason: `unreadable folder: ${errorReason(e)}` });
      return;
    }
    const names = new Set(entries.map((e) => e.name));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const p = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const s = statSync(p);
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch (e) {
          if (errorCode(e) !== "ENOENT") unreadable.push({ path: displayPath(p), reason: `unreadable: ${errorReason(e)}` });
          continue; // a dangling link (ENOENT) is no article
        }
      }
      if (isDir && isSavedPageResources(p, names)) ignored++;
      else if (isDir) walk(p);
      else if (isFile && isArticleFile(entry.name)) addFile(p);
      else if (isFile) ignored++;
    }
  };

  for (const input of inputs) {
    let stats;
    try {
      stats = statSync(input);
    } catch (e) {
      if (errorCode(e) === "ENOENT" || errorCode(e) === "ENOTDIR") missing.push(input);
      else unreadable.push({ path: displayPath(input), reason: `unreadable: ${errorReason(e)}` });
      continue;
    }
    if (stats.isDirectory()) walk(input);
    else addFile(input);
  }

  return { files: [...files.values()].sort(compare), missing, unreadable, ignored };
}

export interface ReadOptions {
  /** Called after each file (read or skipped). */
  onFile?: (done: number, total: number, file: string, skipped?: SkippedFile) => void;
}

/**
 * Reads, decodes and converts `files` (as returned by collectInputFiles), one at a time so
 * that only the texts stay in memory. A file whose bytes equal an earlier document's is
 * skipped as its duplicate. Never throws for a bad file.
 */
export function readInputFiles(files: readonly string[], options: ReadOptions = {}): ReadResult {
  const read: { path: string; text: string; title?: string; date?: string }[] = [];
  const skipped: SkippedFile[] = [];
  const repaired: { path: string; note: string }[] = [];
  const formats = new Map<ArticleFormat, number>();
  const encodings = new Map<string, number>();
  const firstWithHash = new Map<string, string>(); // sha-256 of the bytes -> path of the document
  const count = <K>(map: Map<K, number>, key: K): void => void map.set(key, (map.get(key) ?? 0) + 1);

  const readOne = (file: string): string | undefined => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      return `unreadable: ${errorReason(e)}`;
    }
    if (bytes.length === 0) return "empty file";
    const hash = createHash("sha256").update(bytes).digest("hex");
    const original = firstWithHash.get(hash);
    if (original !== undefined) return `duplicate of ${original} (same content)`;
    const result = readArticle(bytes, file);
    if (!result.ok) return result.reason;
    const { text, title, date, format, encoding, note } = result.article;
    firstWithHash.set(hash, file);
    if (note) repaired.push({ path: file, note });
    count(formats, format);
    count(encodings, encoding);
    read.push({ path: file, text, ...(title ? { title } : {}), ...(date ? { date } : {}) });
    return undefined;
  };

  files.forEach((file, i) => {
    const reason = readOne(file);
    const skip = reason === undefined ? undefined : { path: file, reason };
    if (skip) skipped.push(skip);
    options.onFile?.(i + 1, files.length, file, skip);
  });
  const ids = documentIds(read.map((r) => r.path));
  return { documents: read.map((r, i) => ({ id: ids[i], ...r })), skipped, repaired, formats, encodings };
}
