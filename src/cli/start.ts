// `npm start`: makes sure graph-data/graph.json is up to date with graph-data/articles
// and, when present, graph-data/curation.json and graph-data/lexicon.json (re-extracting
// when it is missing or older than one of them), prints a summary of the
// graph, then builds the explorer (vite, into dist/) and serves it on localhost until
// interrupted. `--port N` (or PORT) picks the port (default 5173, the next free one if taken);
// `--no-serve` stops after the summary.
// Exit codes: 0 graph ready (or server stopped); otherwise the extractor's code (1 no document,
// 2 usage), or 1 when there is neither a graph nor articles to extract it from, or the
// explorer cannot be built or served.
import { existsSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ACTION_FAMILIES, NODE_TYPES } from "../extract/types.ts";
import { fromJSON } from "../graph/formats/json/write.ts";
import type { NewsGraph } from "../graph/types.ts";
import { DEFAULT_CURATION, DEFAULT_LEXICON_FILE } from "./curation-files.ts";
import { runExtract } from "./extract.ts";
import { breakdown, int, printable } from "./format.ts";
import { collectInputFiles } from "./read-inputs.ts";
import { EXIT, runMain, UsageError } from "./run-main.ts";
import { errorMessage } from "../graph/error-message.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** Relative to the project root, as `npm run extract` writes them (document paths in graph.json depend on it). */
const ARTICLES = "graph-data/articles";
const OUT = "graph-data";
const GRAPH = `${OUT}/graph.json`;

/**
 * Why the graph must be (re-)extracted, or null when it is up to date: it is missing, or
 * older (mtime) than an article, than the articles folder itself (an article removed), or
 * than one of `alsoFrom` (the curation and lexicon files) that exists.
 */
export function staleReason(graphFile: string, articlesDir: string, alsoFrom: readonly string[] = []): string | null {
  if (!existsSync(graphFile)) return `${graphFile} is missing`;
  if (!existsSync(articlesDir)) return null;
  const built = statSync(graphFile).mtimeMs;
  const edited = alsoFrom.find((f) => existsSync(f) && statSync(f).mtimeMs > built);
  if (edited) return `${edited} is newer than ${graphFile}`;
  const { files } = collectInputFiles([articlesDir]);
  const newer = files.find((f) => statSync(f).mtimeMs > built);
  if (newer) return `${printable(newer)} is newer than ${graphFile}`; // printed: a name may hold control characters
  if (statSync(articlesDir).mtimeMs > built) return `${articlesDir} changed after ${graphFile} was written`;
  return null;
}

/** The summary printed by `npm start`: documents, nodes per type, edges per action (by family). */
export function summarize(graph: NewsGraph, file: string): string {
  const documents = graph.getAttribute("documents");
  const dates = documents
    .map((d) => d.date)
    .filter(Boolean)
    .sort();
  const byType = new Map<string, number>();
  graph.forEachNode((_k, a) => byType.set(a.type, (byType.get(a.type) ?? 0) + 1));
  const byAction = new Map<string, number>();
  graph.forEachEdge((_k, a) => byAction.set(a.action, (byAction.get(a.action) ?? 0) + 1));
  const span = dates.length ? ` (dated ${dates[0]}${dates.length > 1 && dates.at(-1) !== dates[0] ? ` to ${dates.at(-1)}` : ""})` : "";
  const nodes = breakdown(NODE_TYPES, byType);
  const lines = [`graph ${file}`, `  documents: ${int(documents.length)}${span}`, `  nodes: ${int(graph.order)}${nodes ? ` (${nodes})` : ""}`, `  edges: ${int(graph.size)}`];
  for (const [family, actions] of Object.entries(ACTION_FAMILIES)) {
    const counts = breakdown(actions, byAction);
    if (counts) lines.push(`    ${family}: ${counts}`);
  }
  return lines.join("\n");
}

/** Builds the explorer into dist/ and serves it with graph.json; resolves with the URL. */
async function serveExplorer(port: number): Promise<string> {
  // Imported here: the summary alone should not need vite.
  const { build, preview } = await import("vite");
  await build({ root: PROJECT_ROOT, logLevel: "warn", mode: "production" });
  const server = await preview({ root: PROJECT_ROOT, logLevel: "warn", preview: { host: "127.0.0.1", port, strictPort: false } });
  return server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
}

const USAGE = `Usage: npm start [-- --port N] [-- --no-serve]

Extracts graph-data/articles into graph-data/graph.json and graph.gexf when the graph is
missing or older than an article, graph-data/curation.json or graph-data/lexicon.json,
prints a summary of the graph, then builds the explorer and serves it on localhost.

  --port N      the port (default: PORT, else 5173; the next free one if taken)
  --no-serve    stop after the summary
  -h, --help    print this help

Exit status: ${EXIT.ok} graph ready (or server stopped); otherwise the extractor's code
(${EXIT.nothing} nothing to extract, ${EXIT.usage} usage error), or ${EXIT.nothing} when there is neither a graph nor
articles to extract it from, or the explorer cannot be built or served.`;

function parseCommandLine(argv: string[]): { serve: boolean; port: number; help: boolean } {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { port: { type: "string" }, "no-serve": { type: "boolean" }, help: { type: "boolean", short: "h" } }, strict: true }));
  } catch (e) {
    throw new UsageError(errorMessage(e).split("\n")[0]);
  }
  const port = Number(values.port ?? process.env.PORT ?? 5173);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got ${values.port ?? process.env.PORT}`);
  return { serve: values["no-serve"] !== true, port, help: values.help === true };
}

async function main(argv: string[]): Promise<number> {
  const options = parseCommandLine(argv);
  if (options.help) {
    process.stdout.write(USAGE + "\n");
    return EXIT.ok;
  }
  process.chdir(PROJECT_ROOT);
  const reason = staleReason(GRAPH, ARTICLES, [DEFAULT_CURATION, DEFAULT_LEXICON_FILE]);
  if (reason) {
    if (!existsSync(ARTICLES)) {
      process.stderr.write(`start: ${reason} and there is no ${ARTICLES} folder to extract it from\n`);
      return EXIT.nothing;
    }
    process.stdout.write(`start: ${reason}: extracting ${ARTICLES} -> ${OUT}\n`);
    // No input named: the default corpus, with its curation and lexicon files when present.
    const code = await runExtract(["--out", OUT]);
    if (code !== 0) {
      process.stderr.write(`start: extraction failed (exit ${code})\n`);
      return code;
    }
    process.stdout.write("\n");
  } else {
    process.stdout.write(`start: ${GRAPH} is up to date with ${ARTICLES}\n`);
  }
  const graph = fromJSON(readFileSync(GRAPH, "utf8"), GRAPH);
  process.stdout.write(summarize(graph, GRAPH) + "\n\n");
  if (!options.serve) return EXIT.ok;
  process.stdout.write("start: building the explorer...\n");
  const url = await serveExplorer(options.port);
  process.stdout.write(`\nExplorer: ${url}\n(Ctrl+C to stop; ${OUT}/graph.gexf opens in Gephi)\n`);
  // The preview server keeps the process alive until interrupted.
  return EXIT.ok;
}

await runMain("start", import.meta.url, main);
