// The CLI's curation and lexicon extension files (--curation, --lexicon, and their defaults
// beside the default corpus): read, checked (a bad file is refused, naming the file and the
// entry), and what the summary says of the curation.
import { existsSync, readFileSync } from "node:fs";
import { DEFAULT_LEXICON, type Lexicon } from "../extract/lexicon.ts";
import { extendLexiconWith } from "../extract/lexicon-extension.ts";
import type { SourceDocument } from "../extract/types.ts";
import { staleMessage } from "../graph/curation/describe.ts";
import { readCuration } from "../graph/curation/file.ts";
import { readLexiconFile } from "../graph/curation/lexicon-file.ts";
import type { Operation, StaleOperation } from "../graph/curation/types.ts";
import { int, plural, printable } from "./format.ts";
import { errorReason } from "./fs-errors.ts";

/** Applied to the default corpus (graph-data/articles) when present and no flag names another. */
export const DEFAULT_CURATION = "graph-data/curation.json";
export const DEFAULT_LEXICON_FILE = "graph-data/lexicon.json";

/** A file the run cannot use; its message names the file and the problem. */
export class CurationFileError extends Error {}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new CurationFileError(`cannot read ${printable(file)}: ${errorReason(e)}`);
  }
}

/** `given`, else `fallback` when it exists and the default corpus is extracted. */
export function fileToUse(given: string | undefined, fallback: string, defaultCorpus: boolean): string | undefined {
  if (given !== undefined) return given;
  return defaultCorpus && existsSync(fallback) ? fallback : undefined;
}

/** The built-in lexicon extended by each file, in order. */
export function lexiconFrom(files: readonly string[]): Lexicon {
  let lexicon = DEFAULT_LEXICON;
  for (const file of files) {
    const read = readLexiconFile(readText(file), printable(file));
    if ("error" in read) throw new CurationFileError(read.error);
    lexicon = extendLexiconWith(lexicon, read.additions);
  }
  return lexicon;
}

/** The curation file's operations, checked against the documents read (added edges' evidence). */
export function curationFrom(file: string, documents: readonly SourceDocument[]): Operation[] {
  const read = readCuration(readText(file), printable(file), documents);
  if ("error" in read) throw new CurationFileError(read.error);
  return read.operations;
}

/** The summary's lines on a curation: how many operations applied, and each stale one by name. */
export function curationSummary(file: string, operations: readonly Operation[], stale: readonly StaleOperation[]): string[] {
  const applied = operations.length - stale.length;
  return [
    `curation: ${printable(file)}: ${int(applied)} of ${plural(operations.length, "operation")} applied${stale.length ? `, ${int(stale.length)} stale (no longer apply)` : ""}`,
    ...stale.map((s) => `  stale operations[${s.index}]: ${printable(staleMessage(s))}`),
  ];
}
