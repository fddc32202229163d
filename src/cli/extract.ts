// `npm run extract -- [FILES_OR_FOLDERS...] [--out DIR] [--strict] [--curation FILE]
// [--lexicon FILE]`: reads articles, extracts the entity-relationship graph (with the
// lexicon extended), lays it out, applies the curation and writes DIR/graph.json and
// DIR/graph.gexf. Exit codes: see EXIT below (and README "Your own articles").
import { availableParallelism } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { ACTIONS, NODE_TYPES } from "../extract/types.ts";
import { buildGraph } from "../graph/build.ts";
import { toGEXF } from "../graph/formats/gexf/write.ts";
import { toJSON } from "../graph/formats/json/write.ts";
import { applyOperations } from "../graph/curation/apply.ts";
import type { Operation } from "../graph/curation/types.ts";
import { ARTICLE_EXTENSIONS } from "../articles/article.ts";
import { CurationFileError, curationFrom, curationSummary, DEFAULT_CURATION, DEFAULT_LEXICON_FILE, fileToUse, lexiconFrom } from "./curation-files.ts";
import { breakdown, int, plural, printable } from "./format.ts";
import { EXIT, runMain, UsageError } from "./run-main.ts";
import { errorReason } from "./fs-errors.ts";
import { OutputError, OutputFolder, releaseOnSignals } from "./output-folder.ts";
import { autoThreads, extractParallel } from "./parallel.ts";
import { collectInputFiles, readInputFiles, type SkippedFile } from "./read-inputs.ts";

const DEFAULT_INPUT = "graph-data/articles";
const DEFAULT_OUT = "graph-data";
const OUTPUT_FILES = ["graph.json", "graph.gexf"] as const;
/** The summary names at most this many skipped files (the warnings name them all). */
const SUMMARY_MAX_SKIPPED = 20;
/** A progress bar is drawn (on a terminal) from this many files on. */
const PROGRESS_MIN_FILES = 21;

/** Exit codes (documented in USAGE and the README). */
/** ".txt, .text, .md, ..." */
const EXTENSIONS = Object.keys(ARTICLE_EXTENSIONS).join(", ");

const USAGE = `Usage: npm run extract -- [FILES_OR_FOLDERS...] [--out DIR] [--strict] [--workers N]
                           [--curation FILE] [--lexicon FILE]...

Extracts who-did-what-to-whom from news articles and writes DIR/graph.json (graphology
export, read by the explorer) and DIR/graph.gexf (GEXF 1.3).

Arguments:
  FILES_OR_FOLDERS  article files, or folders searched recursively for them:
                    ${EXTENSIONS}
                    (default: ${DEFAULT_INPUT})
Options:
  -o, --out DIR     output folder, created if needed (default: ${DEFAULT_OUT}); one run
                    at a time writes there (a second is refused), and both files are
                    replaced together or not at all
      --strict      fail if any file is skipped (nothing is written)
      --workers N   parse articles on N threads, at most one per core (default "auto":
                    one per 2.5 million characters of text; below 5 million a
                    second thread would not pay for its start-up); the output is
                    the same whatever N
      --curation FILE  apply this curation file (README "Curation") to the graph;
                    operations that no longer apply are listed in the summary
                    (default with the default articles: ${DEFAULT_CURATION}, if present)
      --lexicon FILE   extend the built-in lexicons with this file (README "Lexicon
                    extension"); may be given several times (default with the
                    default articles: ${DEFAULT_LEXICON_FILE}, if present)
  -h, --help        print this help

Encodings: UTF-8 (with or without BOM), UTF-16 (with a BOM, or Western text without),
Windows-1252/Latin-1, the charset an HTML page declares. A few broken bytes in UTF-8 are
replaced, with a note. Empty, binary, undecodable, duplicate and unreadable files, and
unreadable folders, are skipped with a warning.
Exit status:
  ${EXIT.ok}  graph written (skipped files, if any, are listed)
  ${EXIT.nothing}  nothing to extract (no article file, or every file skipped), the files could
     not be written (the folder is left as it was), or an internal error
  ${EXIT.usage}  usage error: unknown option, missing input path, unusable --out folder
     (not writable, or another run writing there), a curation or lexicon file that
     cannot be read or is refused (the message names the file and the entry)
  ${EXIT.strict}  --strict and at least one file was skipped (nothing written)
  130, 143  stopped by SIGINT (Ctrl+C) or SIGTERM (nothing half-written is left)`;

/** Ends a run with an exit code (the message is already on stderr). */
class ExitError extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

function fail(message: string, code: number): never {
  process.stderr.write(`extract: ${message}\n`);
  throw new ExitError(code);
}

interface CommandLine {
  inputs: string[];
  out: string;
  help: boolean;
  strict: boolean;
  workers: number | "auto";
  curation?: string;
  lexicons: string[];
}

function parseCommandLine(argv: string[]): CommandLine {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        out: { type: "string", short: "o" },
        help: { type: "boolean", short: "h" },
        strict: { type: "boolean" },
        workers: { type: "string" },
        curation: { type: "string" },
        lexicon: { type: "string", multiple: true },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const option = /'([^']+)'/.exec(err.message)?.[1];
      throw new UsageError(`unknown option ${option ?? ""}`.trim());
    }
    throw new UsageError(err.message.split("\n")[0]);
  }
  const { values, positionals } = parsed;
  if (values.out === "") throw new UsageError("--out needs a folder name");
  if (values.curation === "") throw new UsageError("--curation needs a file name");
  if (values.lexicon?.includes("")) throw new UsageError("--lexicon needs a file name");
  // The default corpus comes with its own curation and lexicon files, when present.
  const defaultCorpus = positionals.length === 0;
  const lexicon = fileToUse(undefined, DEFAULT_LEXICON_FILE, defaultCorpus);
  return {
    curation: fileToUse(values.curation, DEFAULT_CURATION, defaultCorpus),
    lexicons: values.lexicon ?? (lexicon ? [lexicon] : []),
    inputs: positionals.length ? positionals : [DEFAULT_INPUT],
    out: values.out ?? DEFAULT_OUT,
    help: values.help === true,
    strict: values.strict === true,
    workers: parseWorkers(values.workers),
  };
}

/** Digits only: Number() would take "1e1", "0x2" or " 2". */
function parseWorkers(value: string | undefined): number | "auto" {
  if (value === undefined || value === "auto") return "auto";
  if (!/^[1-9][0-9]*$/.test(value)) throw new UsageError(`--workers takes a positive whole number or "auto" (got "${printable(value)}")`);
  return Number(value);
}

function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

const seconds = (ms: number): string => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`);
const kilobytes = (n: number): string => (n < 10_000 ? `${int(n)} B` : `${int(Math.round(n / 1000))} kB`);
/** "utf-8 3, windows-1252 1", most frequent first (ties by name, for stable output). */
const tally = (counts: Map<string, number>): string =>
  [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => `${k} ${int(n)}`)
    .join(", ");

/** Draws a one-line progress bar on stderr (only used when stderr is a terminal). */
function progressBar(done: number, total: number, label: string): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const name = label.length > 40 ? "..." + label.slice(-37) : label;
  process.stderr.write(`\r\x1b[K[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${name}`);
}
const clearLine = (): void => void process.stderr.write("\r\x1b[K");

const warn = (message: string): void => void process.stderr.write(`extract: ${message}\n`);
/**
 * Lets a pending SIGINT or SIGTERM be handled (see releaseOnSignals) before the next step.
 * Twice: signals are read when the event loop polls, and the first callback may run before that.
 */
async function turnEventLoop(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Runs the extract command with `argv` (the arguments after `npm run extract --`): prints
 * progress and warnings on stderr, the summary on stdout, and resolves to the exit code.
 * Internal errors are thrown.
 */
export async function runExtract(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (e) {
    if (e instanceof ExitError) return e.code;
    throw e;
  }
}

async function main(argv: string[]): Promise<number> {
  const t0 = performance.now();
  let args;
  try {
    args = parseCommandLine(argv);
  } catch (e) {
    if (e instanceof UsageError) fail(`${e.message}\nRun with --help for usage.`, EXIT.usage);
    throw e;
  }
  if (args.help) {
    process.stdout.write(USAGE + "\n");
    return EXIT.ok;
  }
  // Each thread holds the language model and its share of parses: more threads than cores
  // only cost memory (64 on 2 cores took 8.7 GB).
  const cores = availableParallelism();
  if (args.workers !== "auto" && args.workers > cores) {
    warn(`--workers ${args.workers}: this machine has ${plural(cores, "core")}, using ${plural(cores, "thread")}`);
    args.workers = cores;
  }

  // 1. Find the files.
  const found = collectInputFiles(args.inputs);
  if (found.missing.length) {
    for (const m of found.missing) warn(`no such file or directory: ${printable(m)}`);
    return EXIT.usage;
  }
  for (const u of found.unreadable) warn(`skipped ${printable(u.name)}: ${printable(u.reason)}`);
  if (found.files.length === 0) {
    const ignored = found.ignored ? ` (${plural(found.ignored, "other file")} ignored)` : "";
    fail(`no article files (${EXTENSIONS}) found in ${args.inputs.map(printable).join(", ")}${ignored}`, EXIT.nothing);
  }

  // 2. The output folder, checked and locked before the long part.
  let out: OutputFolder;
  try {
    out = OutputFolder.open(args.out, OUTPUT_FILES, warn);
  } catch (e) {
    if (e instanceof OutputError) fail(`--out ${printable(args.out)}: ${e.message}`, EXIT.usage);
    throw e;
  }
  const stopHandlingSignals = releaseOnSignals(out, warn);
  try {
    return await extractInto(out, found.files, found.unreadable, found.ignored, args, t0);
  } finally {
    out.release();
    stopHandlingSignals();
  }
}

/** Reads, extracts and writes (steps 3 to 6): the exit code. */
async function extractInto(out: OutputFolder, files: string[], unreadable: SkippedFile[], ignored: number, args: CommandLine, t0: number): Promise<number> {
  // 3. Read them.
  const tty = process.stderr.isTTY === true && files.length >= PROGRESS_MIN_FILES;
  let lastDraw = -Infinity;
  const read = readInputFiles(files, {
    onFile: (done, total, file, skip) => {
      if (skip) {
        if (tty) clearLine();
        warn(`skipped ${printable(skip.name)}: ${printable(skip.reason)}`);
      }
      // Redraw at most every 50 ms (and for the last file).
      if (tty && (done === total || performance.now() - lastDraw >= 50)) {
        progressBar(done, total, printable(file));
        lastDraw = performance.now();
      }
    },
  });
  const { documents, repaired, formats, encodings } = read;
  const skipped = [...unreadable, ...read.skipped];
  if (tty) clearLine();
  for (const r of repaired) warn(`repaired ${printable(r.name)}: ${r.note}`);
  const tRead = performance.now();
  if (args.strict && skipped.length) {
    fail(`--strict: ${plural(skipped.length, "file")} skipped, nothing written`, EXIT.strict);
  }
  if (documents.length === 0) {
    fail(`no documents to extract (${plural(skipped.length, "file")} skipped)`, EXIT.nothing);
  }
  const words = documents.reduce((sum, d) => sum + countWords(d.text), 0);
  // Both files are checked before the long part: a refused one stops the run, nothing written.
  let lexicon, operations: Operation[] | undefined;
  try {
    lexicon = lexiconFrom(args.lexicons);
    operations = args.curation === undefined ? undefined : curationFrom(args.curation, documents);
  } catch (e) {
    if (e instanceof CurationFileError) fail(`${e.message}; nothing written`, EXIT.usage);
    throw e;
  }

  // 4. Extract, build, lay out.
  if (tty) process.stderr.write(`extracting ${int(documents.length)} documents...`);
  const threads = args.workers === "auto" ? autoThreads(documents, availableParallelism()) : args.workers;
  const extraction = await extractParallel(documents, threads, lexicon);
  if (tty) clearLine();
  const tExtract = performance.now();
  const graph = buildGraph(extraction);
  // After the layout, as the explorer applies edits: a curated node stays where it was drawn.
  const stale = operations && applyOperations(graph, operations);
  const tLayout = performance.now();

  // 5. Write both files under temporary names, then rename both.
  const bytes = new Map<string, number>();
  for (const [name, serialize] of [
    ["graph.json", toJSON],
    ["graph.gexf", toGEXF],
  ] as const) {
    await turnEventLoop();
    const content = serialize(graph);
    try {
      bytes.set(name, out.write(name, content));
    } catch (e) {
      fail(`cannot write ${printable(path.join(out.dir, name))}: ${errorReason(e)}; ${printable(out.dir)} is left as it was`, EXIT.nothing);
    }
  }
  await turnEventLoop();
  try {
    out.commit();
  } catch (e) {
    fail(`cannot move the new files into place in ${printable(out.dir)}: ${errorReason(e)}`, EXIT.nothing);
  }
  const tEnd = performance.now();

  // 6. Summary.
  const byType = new Map<string, number>();
  graph.forEachNode((_k, a) => byType.set(a.type, (byType.get(a.type) ?? 0) + 1));
  const byAction = new Map<string, number>();
  graph.forEachEdge((_k, a) => byAction.set(a.action, (byAction.get(a.action) ?? 0) + 1));
  const counted = (order: readonly string[], counts: Map<string, number>): string => {
    const parts = breakdown(order, counts);
    return parts ? ` (${parts})` : "";
  };
  const shown = (s: SkippedFile): string => `${printable(s.name)}: ${printable(s.reason)}`;
  const total = tEnd - t0;
  const [jsonFile, gexfFile] = OUTPUT_FILES.map((name) => printable(path.join(out.dir, name)));
  const lines = [
    `documents: ${int(documents.length)} read (${int(words)} words), ${int(skipped.length)} skipped${ignored ? `, ${plural(ignored, "other file")} in folders ignored` : ""}`,
    `  formats: ${tally(formats)}; encodings: ${tally(encodings)}`,
    ...skipped.slice(0, SUMMARY_MAX_SKIPPED).map((s) => `  skipped ${shown(s)}`),
    ...(skipped.length > SUMMARY_MAX_SKIPPED ? [`  ... and ${int(skipped.length - SUMMARY_MAX_SKIPPED)} more skipped (each named above)`] : []),
    ...repaired.map((r) => `  repaired ${printable(r.name)}: ${r.note}`),
    ...args.lexicons.map((file) => `lexicon: extended with ${printable(file)}`),
    ...(operations && args.curation ? curationSummary(args.curation, operations, stale!) : []),
    `nodes: ${int(graph.order)}${counted(NODE_TYPES, byType)}`,
    `edges: ${int(graph.size)}${counted(ACTIONS, byAction)}`,
    `wrote ${jsonFile} (${kilobytes(bytes.get("graph.json")!)}) and ${gexfFile} (${kilobytes(bytes.get("graph.gexf")!)})`,
    `time: ${seconds(total)} (read ${seconds(tRead - t0)}, extract ${seconds(tExtract - tRead)} on ${plural(threads, "thread")}, layout ${seconds(tLayout - tExtract)}, write ${seconds(tEnd - tLayout)}); ${int(Math.round(words / Math.max(total / 1000, 1e-3)))} words/s`,
  ];
  process.stdout.write(lines.join("\n") + "\n");
  return EXIT.ok;
}

await runMain("extract", import.meta.url, runExtract);
