// npm run eval -- --gold DIR [--graph FILE | --articles DIR] [--verbose] [--json]
// Scores an extracted graph against gold files (shared/EXTRACTION.md); the figures are
// those of the reference scorer (tests/tools/score.mjs). Exit 2 on bad input.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { checkGraphExport, headline, loadGold, score, ScoreInputError, type Quote, type ScoreReport } from "./score.ts";
import { errorMessage } from "../graph/error-message.ts";

const USAGE = `usage: npm run eval -- --gold DIR [--graph FILE | --articles DIR] [--verbose] [--json]

  --gold DIR       gold files (*.json), e.g. tests/gold or tests/dev/gold
  --graph FILE     graphology JSON export to score (default graph-data/graph.json)
  --articles DIR   extract these articles first (into a temporary folder) and score that graph
  --verbose        list wrong nodes, wrong edges, missed relations and missed entities
  --json           print the whole report as JSON
  --help           this text

example: npm run eval -- --articles tests/dev/articles --gold tests/dev/gold`;

const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

class UsageError extends Error {}

function readJson(path: string, what: string): unknown {
  if (!existsSync(path)) throw new UsageError(`eval: ${what} ${path} not found`);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new UsageError(`eval: cannot read ${what} ${path}: ${errorMessage(err)}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(`eval: ${what} ${path} is not valid JSON: ${errorMessage(err)}`);
  }
}

function readGold(dir: string) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`eval: gold folder ${dir} not found`);
  const names = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  if (!names.length) throw new UsageError(`eval: gold folder ${dir} has no .json files`);
  return loadGold(names.map((name) => ({ name, json: readJson(join(dir, name), "gold file") })));
}

/** Runs the extractor CLI on `articles` into a temporary folder; returns the graph file and a cleanup. */
function extractTo(articles: string): { graphPath: string; cleanup: () => void } {
  if (!existsSync(articles) || !statSync(articles).isDirectory()) throw new UsageError(`eval: articles folder ${articles} not found`);
  const out = mkdtempSync(join(tmpdir(), "eval-graph-"));
  const cleanup = () => rmSync(out, { recursive: true, force: true });
  // the extractor's stdout goes to our stderr, so that --json output stays parseable
  const run = spawnSync("npx", ["tsx", "src/cli/extract.ts", resolve(articles), "--out", out], {
    cwd: PROJECT_ROOT,
    stdio: ["ignore", 2, 2],
  });
  if (run.error || run.status !== 0) {
    cleanup();
    const why = run.error ? run.error.message : `exit ${run.status ?? run.signal}`;
    throw new UsageError(`eval: extractor failed on ${articles} (${why})`);
  }
  let graphPath = join(out, "graph.json");
  if (!existsSync(graphPath)) {
    const json = readdirSync(out).filter((f) => f.endsWith(".json"));
    if (json.length !== 1) {
      cleanup();
      throw new UsageError(`eval: the extractor wrote no graph.json in ${out} (found: ${readdirSync(out).join(", ") || "nothing"})`);
    }
    graphPath = join(out, json[0]);
  }
  return { graphPath, cleanup };
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const fixed = (x: number) => x.toFixed(3);
const where = (q: Quote | undefined) => (q ? `${q.doc}: ${q.text || `@${q.start}-${q.end}`}` : "no mention");

export function formatReport(r: ScoreReport, verbose: boolean): string {
  const lines = [
    `${pad("", 10)}${pad("P", 8)}${pad("R", 8)}${pad("F1", 8)}found/required`,
    `${pad("entity", 10)}${pad(fixed(r.entity.precision), 8)}${pad(fixed(r.entity.recall), 8)}${pad(fixed(r.entity.f1), 8)}` +
      `${r.entity.found}/${r.entity.required}  (wrong ${r.entity.falsePositives}, of which dups ${r.entity.duplicates})`,
    `${pad("relation", 10)}${pad(fixed(r.relation.precision), 8)}${pad(fixed(r.relation.recall), 8)}${pad(fixed(r.relation.f1), 8)}` +
      `${r.relation.found}/${r.relation.required}  (wrong ${r.relation.falsePositives})`,
    `${pad("dates", 10)}${r.dates.right}/${r.dates.asked} right`,
    `graph: ${r.nodes} nodes, ${r.edges} edges, ${r.uniqueTriples} distinct source-action-target triples`,
  ];
  if (verbose) {
    const section = (title: string, items: string[]) => lines.push("", `-- ${title} (${items.length})`, ...items.map((s) => "  " + s));
    section("wrong or duplicate nodes", r.wrongNodes.map((n) => `${n.line}  [${n.reason}]\n      ${where(n.evidence)}`));
    section("wrong edges", r.wrongEdges.map((e) =>
      [e.line, ...e.evidence.slice(0, 2).map((q) => `    ${where(q)}`),
        ...e.near.slice(0, 3).map((g) => `    gold ${g.file}#${g.index} has ${g.source[0]} -${g.action.join("|")}-> ${g.target[0]}`),
        ...(e.near.length > 3 ? [`    (${e.near.length - 3} more gold relations between these entities)`] : [])].join("\n")));
    section("missed relations", r.missedRelations.map((m) =>
      `${m.file}#${m.index}: ${m.source.join("|")} -${m.action.join("|")}-> ${m.target.join("|")}${m.date ? ` (${m.date})` : ""}\n      ${m.evidence}`));
    section("missed entities", r.missedEntities.map((e) => {
      const files = e.files.length > 2 ? `${e.files.length} files` : e.files.join(", ");
      const names = e.names.slice(0, 4).join(" / ") + (e.names.length > 4 ? ` / (${e.names.length - 4} more)` : "");
      return `${e.id} [${e.type}] in ${files}: ${names}`;
    }));
    lines.push("");
  }
  lines.push(headline(r));
  return lines.join("\n");
}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        gold: { type: "string" },
        graph: { type: "string" },
        articles: { type: "string" },
        verbose: { type: "boolean", short: "v" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (err) {
    throw new UsageError(`eval: ${errorMessage(err)}\n\n${USAGE}`);
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (!args.gold) throw new UsageError(`eval: --gold DIR is required\n\n${USAGE}`);
  if (args.graph && args.articles) throw new UsageError("eval: give either --graph or --articles, not both");

  const gold = readGold(args.gold);
  const run = args.articles ? extractTo(args.articles) : { graphPath: args.graph ?? "graph-data/graph.json", cleanup: () => {} };
  let report: ScoreReport;
  try {
    const name = args.articles ? `extracted from ${args.articles}` : run.graphPath;
    if (!args.articles && !existsSync(run.graphPath))
      throw new UsageError(`eval: graph file ${run.graphPath} not found (run npm run extract first, or pass --graph FILE or --articles DIR)`);
    report = score(checkGraphExport(readJson(run.graphPath, "graph file"), name), gold);
  } finally {
    run.cleanup();
  }
  console.log(args.json ? JSON.stringify(report, null, 2) : formatReport(report, !!args.verbose));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError || err instanceof ScoreInputError)) throw err;
    console.error(err.message);
    process.exitCode = 2;
  }
}
