// npm run eval -- --gold DIR [--graph FILE | --articles DIR] [--verbose] [--json]
// Scores an extracted graph against gold files (shared/EXTRACTION.md); the figures are
// those of the reference scorer (tests/tools/score.mjs). Exit 2 on bad input.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { checkGraphExport, headline, loadGold, score, ScoreInputError, type Quote, type ScoreReport } from "./score.ts";
import { extract } from "../extract/index.ts";
import { buildGraph } from "../graph/build.ts";
import { errorMessage } from "../graph/error-message.ts";
import { toJSON } from "../graph/formats/json/write.ts";
import { collectInputFiles, readInputFiles } from "./read-inputs.ts";
import { runMain, UsageError } from "./run-main.ts";

const USAGE = `usage: npm run eval -- --gold DIR [--graph FILE | --articles DIR] [--verbose] [--json]

  --gold DIR       gold files (*.json), e.g. tests/gold or tests/dev/gold
  --graph FILE     graphology JSON export to score (default graph-data/graph.json)
  --articles DIR   extract these articles first (into a temporary folder) and score that graph
  --verbose        list wrong nodes, wrong edges, missed relations and missed entities
  --json           print the whole report as JSON
  --help           this text

example: npm run eval -- --articles tests/dev/articles --gold tests/dev/gold`;

function readJson(path: string, what: string): unknown {
  if (!existsSync(path)) throw new UsageError(`${what} ${path} not found`);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new UsageError(`cannot read ${what} ${path}: ${errorMessage(err)}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${what} ${path} is not valid JSON: ${errorMessage(err)}`);
  }
}

function readGold(dir: string) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`gold folder ${dir} not found`);
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  if (!names.length) throw new UsageError(`gold folder ${dir} has no .json files`);
  return loadGold(names.map((name) => ({ name, json: readJson(join(dir, name), "gold file") })));
}

/** Extracts `articles` in this process, as `npm run extract` does with these inputs (no layout: scoring needs none). */
function extractFrom(articles: string): unknown {
  if (!existsSync(articles) || !statSync(articles).isDirectory()) throw new UsageError(`articles folder ${articles} not found`);
  const { files } = collectInputFiles([articles]);
  const { documents, skipped } = readInputFiles(files);
  for (const s of skipped) process.stderr.write(`eval: skipped ${s.name}: ${s.reason}\n`);
  if (!documents.length) throw new UsageError(`no article to extract in ${articles}`);
  return JSON.parse(toJSON(buildGraph(extract(documents), { layout: false })));
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
    section(
      "wrong or duplicate nodes",
      r.wrongNodes.map((n) => `${n.line}  [${n.reason}]\n      ${where(n.evidence)}`),
    );
    section(
      "wrong edges",
      r.wrongEdges.map((e) =>
        [
          e.line,
          ...e.evidence.slice(0, 2).map((q) => `    ${where(q)}`),
          ...e.near.slice(0, 3).map((g) => `    gold ${g.file}#${g.index} has ${g.source[0]} -${g.action.join("|")}-> ${g.target[0]}`),
          ...(e.near.length > 3 ? [`    (${e.near.length - 3} more gold relations between these entities)`] : []),
        ].join("\n"),
      ),
    );
    section(
      "missed relations",
      r.missedRelations.map((m) => `${m.file}#${m.index}: ${m.source.join("|")} -${m.action.join("|")}-> ${m.target.join("|")}${m.date ? ` (${m.date})` : ""}\n      ${m.evidence}`),
    );
    section(
      "missed entities",
      r.missedEntities.map((e) => {
        const files = e.files.length > 2 ? `${e.files.length} files` : e.files.join(", ");
        const names = e.names.slice(0, 4).join(" / ") + (e.names.length > 4 ? ` / (${e.names.length - 4} more)` : "");
        return `${e.id} [${e.type}] in ${files}: ${names}`;
      }),
    );
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
    throw new UsageError(`${errorMessage(err)}\n\n${USAGE}`);
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (!args.gold) throw new UsageError(`--gold DIR is required\n\n${USAGE}`);
  if (args.graph && args.articles) throw new UsageError("give either --graph or --articles, not both");

  const gold = readGold(args.gold);
  const graphPath = args.graph ?? "graph-data/graph.json";
  if (!args.articles && !existsSync(graphPath)) throw new UsageError(`graph file ${graphPath} not found (run npm run extract first, or pass --graph FILE or --articles DIR)`);
  const graph = args.articles ? extractFrom(args.articles) : readJson(graphPath, "graph file");
  const report: ScoreReport = score(checkGraphExport(graph, args.articles ? `extracted from ${args.articles}` : graphPath), gold);
  console.log(args.json ? JSON.stringify(report, null, 2) : formatReport(report, !!args.verbose));
  return 0;
}

await runMain("eval", import.meta.url, (argv) => {
  try {
    return main(argv);
  } catch (e) {
    // A gold file or graph the scorer cannot read is the user's to fix, as a usage error.
    throw e instanceof ScoreInputError ? new UsageError(e.message.replace(/^eval: /, "")) : e;
  }
});
