// Node-only: finds and reads the article files given on the command line (files, or
// folders searched recursively for article files), in a deterministic order, one file at a
// time; reading them is the pure src/articles/batch.ts, as in the explorer. Reusable by every
// CLI that reads articles.
import { readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { isArticleFile } from "../articles/article.ts";
import { ArticleBatch, type BatchResult, type SkippedArticle } from "../articles/batch.ts";
import { documentIds } from "../articles/document-ids.ts";
import { errorCode, errorReason } from "./fs-errors.ts";

export { documentIds };

/** A file or folder not read: its name as shown to the user (the input path, joined with the path inside a folder), and why. */
export type SkippedFile = SkippedArticle;

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
      unreadable.push({ name: displayPath(dir), reason: `unreadable folder: ${errorReason(e)}` });
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
          if (errorCode(e) !== "ENOENT") unreadable.push({ name: displayPath(p), reason: `unreadable: ${errorReason(e)}` });
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
      else unreadable.push({ name: displayPath(input), reason: `unreadable: ${errorReason(e)}` });
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
 * Reads `files` (as returned by collectInputFiles) one at a time, so that only the texts stay
 * in memory, through the article reader the explorer uses too (src/articles/batch.ts): the
 * same files give the same documents, skips and notes on both paths. Never throws for a bad file.
 */
export function readInputFiles(files: readonly string[], options: ReadOptions = {}): BatchResult {
  const batch = new ArticleBatch();
  files.forEach((file, i) => {
    let reason: string | undefined;
    try {
      reason = batch.add({ name: file, bytes: readFileSync(file) });
    } catch (e) {
      reason = `unreadable: ${errorReason(e)}`;
      batch.skip(file, reason);
    }
    options.onFile?.(i + 1, files.length, file, reason === undefined ? undefined : { name: file, reason });
  });
  return batch.finish();
}
