// Node-only: finds and reads the article files given on the command line (files, or
// folders searched recursively for .txt files), in a deterministic order, and decodes
// them strictly as UTF-8. Reusable by every CLI that reads articles.
import { readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import type { SourceDocument } from "../extract/types.ts";

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
  /** Files met in folders and not read because they do not end in .txt. */
  ignored: number;
}

export interface ReadResult {
  /** Successfully decoded documents, in file order, with unique ids. */
  documents: SourceDocument[];
  /** Files that could not be used, in file order. */
  skipped: SkippedFile[];
}

/** Code-unit string order (locale-independent). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Path as shown to the user and stored in documents: forward slashes. */
function displayPath(p: string): string {
  return p.split(path.sep).join("/");
}

/**
 * Expands the inputs: a file is taken as it is (whatever its extension), a folder is
 * searched recursively for `*.txt` files (case-insensitive; hidden entries skipped).
 * Missing inputs are reported, not thrown.
 */
export function collectInputFiles(inputs: readonly string[]): CollectedInputs {
  const files = new Map<string, string>(); // real path -> display path
  const missing: string[] = [];
  let ignored = 0;
  const visitedDirs = new Set<string>();

  const addFile = (p: string): void => {
    let real: string;
    try {
      real = realpathSync(p);
    } catch {
      real = path.resolve(p);
    }
    if (!files.has(real)) files.set(real, displayPath(p));
  };

  const walk = (dir: string): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (visitedDirs.has(real)) return; // symlink loop or folder given twice
    visitedDirs.add(real);
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => compare(a.name, b.name));
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
        } catch {
          continue; // dangling link
        }
      }
      if (isDir) walk(p);
      else if (isFile && entry.name.toLowerCase().endsWith(".txt")) addFile(p);
      else if (isFile) ignored++;
    }
  };

  for (const input of inputs) {
    let stats;
    try {
      stats = statSync(input);
    } catch {
      missing.push(input);
      continue;
    }
    if (stats.isDirectory()) walk(input);
    else addFile(input);
  }

  return { files: [...files.values()].sort(compare), missing, ignored };
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return i;
    if (i + need >= bytes.length) return i; // truncated sequence at the end
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Decodes a file's bytes as strict UTF-8 (TextDecoder with fatal: true), strips a UTF-8
 * BOM and turns CRLF (and lone CR) line ends into LF. Empty, binary (NUL byte) and
 * undecodable contents give a reason instead.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: "UTF-16 text (only UTF-8 is read; convert the file to UTF-8)" };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `binary content (NUL byte at offset ${nul})` };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = invalidUtf8Offset(bytes);
    return { ok: false, reason: at >= 0 ? `not valid UTF-8 (byte 0x${bytes[at].toString(16).toUpperCase().padStart(2, "0")} at offset ${at})` : "not valid UTF-8" };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") return { ok: false, reason: "empty file (whitespace only)" };
  return { ok: true, text };
}

/**
 * Document ids from file paths: the base name without its extension. When several files
 * share a base name, the first (in the given order) keeps it and the others get "-2",
 * "-3", ... (skipping ids that another file has as its own base name).
 */
export function documentIds(paths: readonly string[]): string[] {
  const bases = paths.map((p) => {
    const name = p.split("/").pop() ?? p;
    const ext = path.extname(name);
    return ext ? name.slice(0, -ext.length) : name;
  });
  const taken = new Set(bases);
  const used = new Set<string>();
  return bases.map((base) => {
    if (!used.has(base)) {
      used.add(base);
      return base;
    }
    let n = 2;
    while (taken.has(`${base}-${n}`) || used.has(`${base}-${n}`)) n++;
    const id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

export interface ReadOptions {
  /** Called after each file (read or skipped). */
  onFile?: (done: number, total: number, file: string, skipped?: SkippedFile) => void;
}

/** Reads and decodes `files` (as returned by collectInputFiles). Never throws for a bad file. */
export function readInputFiles(files: readonly string[], options: ReadOptions = {}): ReadResult {
  const read: { path: string; text: string }[] = [];
  const skipped: SkippedFile[] = [];
  files.forEach((file, i) => {
    let decoded: Decoded;
    try {
      decoded = decodeText(readFileSync(file));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      decoded = { ok: false, reason: `unreadable (${code ?? (e as Error).message})` };
    }
    let skip: SkippedFile | undefined;
    if (decoded.ok) read.push({ path: file, text: decoded.text });
    else skipped.push((skip = { path: file, reason: decoded.reason }));
    options.onFile?.(i + 1, files.length, file, skip);
  });
  const ids = documentIds(read.map((r) => r.path));
  return { documents: read.map((r, i) => ({ id: ids[i], path: r.path, text: r.text })), skipped };
}
