// The scorer (src/cli/score.ts): semantics on hand-made graphs, gold validation, agreement
// with the reference scorer (tests/tools/score.mjs) on synthetic graphs, and the eval CLI.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ACTIONS } from "../src/extract/types.ts";
import { checkGraphExport, headline, loadGold, score, type ExportEdge, type ExportNode, type GoldFile, type GraphExport, type ScoreReport } from "../src/cli/score.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const REFERENCE = join(ROOT, "tests/tools/score.mjs");
const tmp = mkdtempSync(join(tmpdir(), "score-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// ---- builders ----

const node = (key: string, label: string, type: string, extra: Record<string, unknown> = {}): ExportNode => ({
  key,
  attributes: { label, type, aliases: [], mentions: [], ...extra },
});
const edge = (source: string, action: string, target: string, extra: Record<string, unknown> = {}): ExportEdge => ({
  source,
  target,
  attributes: { action, evidence: [], ...extra },
});
const graph = (nodes: ExportNode[], edges: ExportEdge[] = [], documents: { id: string; text: string }[] = []): GraphExport => ({
  attributes: { documents },
  nodes,
  edges,
});
type Ent = { id: string; type: string; names: string[]; optional?: boolean };
type Rel = { source: string[]; action: string[]; target: string[]; date?: string; evidence?: string; optional?: boolean };
const goldFile = (name: string, entities: Ent[], relations: Rel[] = []): GoldFile => ({
  name,
  json: { file: name.replace(/json$/, "txt"), entities, relations: relations.map((r) => ({ evidence: "Some sentence.", ...r })) },
});

const JAPAN: Ent = { id: "japan", type: "country", names: ["Japan", "Tokyo", "Japanese government"] };
const KOREA: Ent = { id: "south-korea", type: "country", names: ["South Korea", "Seoul"] };
const CURBS: Ent = { id: "curbs", type: "measure", names: ["Japan's export restrictions", "export curbs"] };
const MOTEGI: Ent = { id: "motegi", type: "person", names: ["Toshimitsu Motegi", "Motegi"] };
const GSOMIA: Ent = { id: "gsomia", type: "agreement", names: ["GSOMIA"] };
const WHITELIST: Ent = { id: "whitelist", type: "measure", names: ["export whitelist"], optional: true };
const basicGold = (relations: Rel[] = []) => loadGold([goldFile("a.json", [JAPAN, KOREA, CURBS, MOTEGI, GSOMIA, WHITELIST], relations)]);

// ---- entities ----

describe("entity scoring", () => {
  it("finds an exact name, ignoring case, punctuation and a leading 'the'", () => {
    const r = score(graph([node("j", "the JAPANESE Government.", "country"), node("k", "South Korea", "country")]), basicGold());
    expect(r.entity).toMatchObject({ truePositives: 2, falsePositives: 0, precision: 1, found: 2, required: 5 });
    expect(r.entity.recall).toBe(0.4);
    expect(r.missedEntities.map((e) => e.id)).toEqual(["curbs", "motegi", "gsomia"]);
    expect(r.missedEntities[0]).toMatchObject({ type: "measure", files: ["a.json"] });
  });

  it("matches through aliases and through mention text in the documents", () => {
    const docs = [{ id: "d1", text: "Yesterday Seoul said no." }];
    const r = score(
      graph([node("j", "Nippon", "country", { aliases: ["Tokyo"] }), node("k", "Korea (the south one)", "country", { mentions: [{ doc: "d1", start: 10, end: 15 }] })], [], docs),
      basicGold(),
    );
    expect(r.entity).toMatchObject({ truePositives: 2, falsePositives: 0, found: 2 });
  });

  it("maps a close label of the same type by token overlap (jaccard >= 0.5), never across types", () => {
    // {japan, export, restrictions, new} vs {japan, export, restrictions}: 3/4
    const right = score(graph([node("m", "Japan's new export restrictions", "measure")]), basicGold());
    expect(right.entity).toMatchObject({ truePositives: 1, falsePositives: 0 });
    const otherType = score(graph([node("m", "Japan's new export restrictions", "organization")]), basicGold());
    expect(otherType.entity).toMatchObject({ truePositives: 0, falsePositives: 1 });
    expect(otherType.wrongNodes[0]).toMatchObject({ reason: "unmatched", goldIds: [] });
    // {minister, motegi, trade} vs {motegi}: 1/3
    const far = score(graph([node("p", "Trade Minister Motegi", "person")]), basicGold());
    expect(far.entity.falsePositives).toBe(1);
  });

  it("matches a node only against the gold of the articles it is mentioned in", () => {
    const docs = [
      { id: "a", text: "The deal was signed." },
      { id: "b", text: "The deal collapsed." },
    ];
    const gold = loadGold([goldFile("a.json", [{ id: "deal-a", type: "agreement", names: ["the deal"] }]), goldFile("b.json", [{ id: "deal-b", type: "agreement", names: ["the deal"] }])]);
    const inB = score(graph([node("d", "deal", "agreement", { mentions: [{ doc: "b", start: 0, end: 8 }] })], [], docs), gold);
    expect(inB.missedEntities.map((e) => e.id)).toEqual(["deal-a"]);
    // Mentioned in no article with gold: matched against all of it (both entities found).
    const nowhere = score(graph([node("d", "deal", "agreement")], [], docs), gold);
    expect(nowhere.missedEntities).toEqual([]);
  });

  it("treats optional entities as neither right nor wrong, and not required", () => {
    const r = score(graph([node("j", "Japan", "country"), node("w", "export whitelist", "measure")]), basicGold());
    expect(r.entity).toMatchObject({ truePositives: 1, falsePositives: 0, neutral: 1, precision: 1, required: 5 });
    expect(r.missedEntities.map((e) => e.id)).not.toContain("whitelist");
  });

  it("counts a second node for the same entity as a wrong duplicate", () => {
    const r = score(graph([node("j1", "Japan", "country"), node("j2", "Tokyo", "country")]), basicGold());
    expect(r.entity).toMatchObject({ truePositives: 1, falsePositives: 1, duplicates: 1, precision: 0.5 });
    expect(r.wrongNodes).toHaveLength(1);
    expect(r.wrongNodes[0]).toMatchObject({ key: "j2", reason: "duplicate", goldIds: ["japan"], goldFiles: ["a.json"], line: "Tokyo [dup of japan]" });
  });

  it("counts a known name with the wrong type as wrong and the entity as missed", () => {
    const docs = [{ id: "d1", text: "Intro. Then Japan acted. End" }];
    const r = score(graph([node("j", "Japan", "organization", { mentions: [{ doc: "d1", start: 12, end: 17 }] })], [], docs), basicGold());
    expect(r.entity).toMatchObject({ truePositives: 0, falsePositives: 1, found: 0 });
    expect(r.wrongNodes[0]).toMatchObject({ reason: "wrong-type", goldIds: ["japan"], line: "Japan [organization] ~japan" });
    expect(r.wrongNodes[0].evidence).toEqual({ doc: "d1", start: 12, end: 17, text: "Then Japan acted." });
    expect(r.missedEntities.map((e) => e.id)).toContain("japan");
  });

  it("merges an entity listed in several files and keeps it required if any file requires it", () => {
    const gold = loadGold([goldFile("b.json", [{ ...JAPAN, names: ["Nippon"], optional: true }]), goldFile("a.json", [JAPAN])]);
    expect(gold.entities.get("japan")).toMatchObject({ optional: false, files: ["a.json", "b.json"], names: ["Japan", "Tokyo", "Japanese government", "Nippon"] });
    expect(score(graph([node("j", "Nippon", "country")]), gold).entity).toMatchObject({ truePositives: 1, found: 1, required: 1 });
  });
});

// ---- relations ----

describe("relation scoring", () => {
  const nodes = [
    node("j", "Japan", "country"),
    node("k", "Seoul", "country"),
    node("m", "Motegi", "person"),
    node("g", "GSOMIA", "agreement"),
    node("c", "export curbs", "measure"),
    node("x", "Acme Corp", "organization"),
  ];

  it("accepts any of the gold source ids, target ids and actions", () => {
    const gold = basicGold([
      { source: ["south-korea"], action: ["suspended", "extended"], target: ["gsomia"] },
      { source: ["motegi", "japan"], action: ["criticized"], target: ["south-korea"] },
    ]);
    const r = score(graph(nodes, [edge("k", "extended", "g"), edge("m", "criticized", "k"), edge("j", "criticized", "k")]), gold);
    expect(r.relation).toMatchObject({ truePositives: 3, falsePositives: 0, found: 2, required: 2, precision: 1, recall: 1, f1: 1 });
  });

  it("counts a wrong action, a wrong direction and an unmapped node as wrong edges", () => {
    const gold = basicGold([{ source: ["japan"], action: ["imposed"], target: ["curbs"], evidence: "Japan imposed export curbs in July." }]);
    const r = score(graph(nodes, [edge("j", "lifted", "c"), edge("c", "imposed", "j"), edge("x", "imposed", "c")]), gold);
    expect(r.relation).toMatchObject({ truePositives: 0, falsePositives: 3, found: 0, required: 1, precision: 0, recall: 0 });
    expect(r.wrongEdges.map((e) => e.line)).toEqual(["Japan -lifted-> export curbs", "export curbs -imposed-> Japan", "Acme Corp -imposed-> export curbs"]);
    expect(r.wrongEdges[0].near).toEqual([{ file: "a.json", index: 0, source: ["japan"], action: ["imposed"], target: ["curbs"], evidence: "Japan imposed export curbs in July." }]);
    expect(r.wrongEdges[1].near).toHaveLength(1);
    expect(r.wrongEdges[2].near).toEqual([]);
    expect(r.missedRelations).toEqual([
      expect.objectContaining({
        file: "a.json",
        index: 0,
        evidence: "Japan imposed export curbs in July.",
        line: "a.json: japan -imposed-> curbs  | Japan imposed export curbs in July.",
      }),
    ]);
  });

  it("scores each source-action-target triple once, however many edges carry it", () => {
    const gold = basicGold([{ source: ["japan"], action: ["imposed"], target: ["curbs"] }]);
    const r = score(graph(nodes, [edge("j", "imposed", "c"), edge("j", "imposed", "c"), edge("j", "met", "k"), edge("j", "met", "k")]), gold);
    expect(r).toMatchObject({ edges: 4, uniqueTriples: 2 });
    expect(r.relation).toMatchObject({ truePositives: 1, falsePositives: 1, precision: 0.5 });
  });

  it("treats optional relations as neither right nor wrong, and not required", () => {
    const gold = basicGold([
      { source: ["japan"], action: ["imposed"], target: ["curbs"] },
      { source: ["japan"], action: ["met"], target: ["south-korea"], optional: true },
    ]);
    const r = score(graph(nodes, [edge("j", "met", "k")]), gold);
    expect(r.relation).toMatchObject({ truePositives: 0, falsePositives: 0, neutral: 1, required: 1, found: 0 });
    expect(r.missedRelations).toHaveLength(1);
  });

  it("asks a date only of found relations and accepts any date of the triple that starts with it", () => {
    const gold = basicGold([
      { source: ["japan"], action: ["imposed"], target: ["curbs"], date: "2019-07" },
      { source: ["south-korea"], action: ["terminated"], target: ["gsomia"], date: "2019-08-22" },
      { source: ["south-korea"], action: ["suspended"], target: ["gsomia"], date: "2019-11" },
      { source: ["japan"], action: ["criticized"], target: ["south-korea"], date: "2020" },
      { source: ["motegi"], action: ["member_of"], target: ["japan"], date: "2020-06" },
    ]);
    const r = score(
      graph(nodes, [
        edge("j", "imposed", "c", { date: "2019-08", evidence: [{ doc: "d", start: 0, end: 1, date: "2019-07-04" }] }), // right: evidence
        edge("k", "terminated", "g", { date: "2019-08" }), // wrong: less precise than asked
        edge("k", "suspended", "g", { date: "2019-10" }),
        edge("k", "suspended", "g", { date: "2019-11-22" }), // right: another edge of the triple
        edge("j", "criticized", "k", { dates: ["2020-06-02"] }), // right: `dates` list
      ]),
      gold,
    );
    expect(r.dates).toEqual({ right: 3, asked: 4 });
  });
});

// ---- input validation ----

describe("gold and graph validation", () => {
  const bad =
    (json: unknown, others: GoldFile[] = []) =>
    () =>
      loadGold([{ name: "bad.json", json }, ...others]);
  it("names the file and the problem", () => {
    expect(() => loadGold([])).toThrow(/no gold files/);
    expect(bad([1, 2])).toThrow(/gold bad\.json: not a JSON object/);
    expect(bad({ entities: [] })).toThrow(/bad\.json: "relations" must be an array/);
    expect(bad({ entities: [{ id: "x", type: "company", names: ["X"] }], relations: [] })).toThrow(/bad\.json: entities\[0\] \("x"\): type "company" is not one of person/);
    expect(bad({ entities: [{ id: "x", type: "country", names: [] }], relations: [] })).toThrow(/bad\.json: entities\[0\] \("x"\): "names" must be/);
    expect(bad({ entities: [JAPAN], relations: [{ source: ["japan"], action: ["sanctioned"], target: ["japan"], evidence: "E." }] })).toThrow(
      /bad\.json: relations\[0\]: action "sanctioned" is not one of/,
    );
    expect(bad({ entities: [JAPAN], relations: [{ source: ["japan"], action: ["met"], target: ["korea"], evidence: "E." }] })).toThrow(/bad\.json: relations\[0\]: unknown entity id "korea"/);
    expect(bad({ entities: [JAPAN], relations: [{ source: ["japan"], action: ["met"], target: ["japan"], date: "July 2019", evidence: "E." }] })).toThrow(
      /bad\.json: relations\[0\]: date "July 2019" is not YYYY/,
    );
    expect(bad({ entities: [JAPAN], relations: [{ source: ["japan"], action: ["met"], target: ["japan"] }] })).toThrow(/bad\.json: relations\[0\]: "evidence" must be/);
    expect(bad({ entities: [{ ...JAPAN, type: "organization" }], relations: [] }, [goldFile("a.json", [JAPAN])])).toThrow(
      /gold bad\.json: entities\[0\] \("japan"\): type "organization" conflicts with "country" in a\.json/,
    );
  });

  it("accepts the gold in the repository", () => {
    for (const dir of ["tests/gold", "tests/dev/gold"]) expect(() => loadGold(readGoldDir(dir))).not.toThrow();
  });

  it("checks the graph export shape", () => {
    expect(() => checkGraphExport({ nodes: [] }, "g.json")).toThrow(/graph g\.json: "edges" must be an array/);
    expect(() => checkGraphExport({ nodes: [{ attributes: {} }], edges: [] }, "g.json")).toThrow(/g\.json: nodes\[0\] has no string "key"/);
    expect(checkGraphExport({ nodes: [], edges: [], attributes: {} }, "g.json").nodes).toEqual([]);
  });
});

// ---- cross-check with the reference scorer ----

function readGoldDir(dir: string): GoldFile[] {
  return readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(".json"))
    .map((name) => ({ name, json: JSON.parse(readFileSync(join(ROOT, dir, name), "utf8")) }));
}

type Headline = { precision: number; recall: number; f1: number; found: number; required: number };
interface ReferenceOutput {
  figures: Pick<ScoreReport, "nodes" | "edges" | "uniqueTriples" | "dates"> & { entity: Headline & { duplicates: number }; relation: Headline };
  sections: Record<string, string[]>;
  headline: string;
}
let runs = 0;
function runReference(g: GraphExport, goldDir: string): ReferenceOutput {
  const path = join(tmp, `graph-${runs++}.json`);
  writeFileSync(path, JSON.stringify(g));
  const out = execFileSync(process.execPath, [REFERENCE, path, join(ROOT, goldDir), "--json", "--verbose"], { encoding: "utf8" });
  const lines = out.trimEnd().split("\n");
  const jsonEnd = lines.indexOf("}");
  const sections: Record<string, string[]> = {};
  let current: string[] = [];
  for (const line of lines.slice(jsonEnd + 1, -1)) {
    const title = /^-- (.*):$/.exec(line)?.[1];
    if (title) sections[title] = current = [];
    else if (line.slice(2).trim()) current.push(line.slice(2));
  }
  return { figures: JSON.parse(lines.slice(0, jsonEnd + 1).join("\n")), sections, headline: lines[lines.length - 1] };
}

function expectSameAsReference(g: GraphExport, goldDir: string): ScoreReport {
  const mine = score(g, loadGold(readGoldDir(goldDir)));
  const ref = runReference(g, goldDir);
  const pick = ({ precision, recall, f1, found, required }: Headline) => ({ precision, recall, f1, found, required });
  expect(pick(mine.entity)).toEqual(pick(ref.figures.entity));
  expect(mine.entity.duplicates).toBe(ref.figures.entity.duplicates);
  expect(pick(mine.relation)).toEqual(pick(ref.figures.relation));
  expect(mine.dates).toEqual(ref.figures.dates);
  expect([mine.nodes, mine.edges, mine.uniqueTriples]).toEqual([ref.figures.nodes, ref.figures.edges, ref.figures.uniqueTriples]);
  expect(mine.wrongNodes.map((n) => n.line)).toEqual(ref.sections["wrong or duplicate nodes"]);
  expect(mine.wrongEdges.map((e) => e.line)).toEqual(ref.sections["wrong edges"]);
  expect(mine.missedRelations.map((m) => m.line)).toEqual(ref.sections["missed relations"]);
  expect(headline(mine)).toBe(ref.headline);
  return mine;
}

/** Deterministic pseudo-random numbers (mulberry32), so a failing seed can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  return { next, pick };
}

const TYPES = ["person", "country", "ministry", "organization", "agreement", "measure"];

/** A graph made from the gold itself: some entities right, some by alias, mention or a near name,
 *  some with the wrong type, duplicated or missing, plus junk; edges from the gold relations with
 *  right, alternative or wrong actions and dates, plus junk edges. */
function syntheticGraph(goldDir: string, seed: number): GraphExport {
  const { next, pick } = rng(seed);
  const gold = loadGold(readGoldDir(goldDir));
  const nodes: ExportNode[] = [];
  const keysOf = new Map<string, string[]>();
  const names = [...gold.entities.values()].flatMap((e) => e.names);
  const docText = names.join(". ");
  const offsets = new Map<string, number>();
  let at = 0;
  for (const n of names) {
    if (!offsets.has(n)) offsets.set(n, at);
    at += n.length + 2;
  }
  const add = (id: string | null, label: string, type: string, extra: Record<string, unknown> = {}) => {
    const key = `n${nodes.length}`;
    nodes.push(node(key, label, type, extra));
    if (id) keysOf.set(id, [...(keysOf.get(id) ?? []), key]);
  };
  for (const e of gold.entities.values()) {
    const x = next();
    const name = pick(e.names);
    if (x < 0.35) add(e.id, name, e.type, { aliases: e.names.filter(() => next() < 0.3) });
    else if (x < 0.45) add(e.id, `${name} ${pick(["officials", "side", "authorities", "Inc"])}`, e.type);
    else if (x < 0.5) add(e.id, name.split(" ").slice(1).join(" ") || name, e.type);
    else if (x < 0.58) {
      const start = offsets.get(name)!;
      add(e.id, `Entity ${nodes.length}`, e.type, { mentions: [{ doc: "d1", start, end: start + name.length }] });
    } else if (x < 0.68) add(e.id, name, pick(TYPES.filter((t) => t !== e.type)));
    else if (x < 0.78) {
      add(e.id, name, e.type);
      add(e.id, pick(e.names), e.type);
    } else if (x < 0.85) add(e.id, name.toUpperCase() + "!", e.type, { aliases: ["", "  "] });
    // else: missing
  }
  for (let i = 0; i < 6; i++) {
    const words = pick(names).split(" ");
    add(null, `${pick(words)} ${pick(["Group", "Council", "Trade", "Daily"])}`, pick(TYPES));
  }
  const keys = nodes.map((n) => n.key);

  const edges: ExportEdge[] = [];
  const someKey = (ids: string[]) => {
    const withNodes = ids.filter((id) => keysOf.has(id));
    return withNodes.length ? pick(keysOf.get(pick(withNodes))!) : null;
  };
  const withDate = (date: string | undefined): Record<string, unknown> => {
    const x = next();
    const d = !date ? (next() < 0.3 ? "2019-09-09" : undefined) : x < 0.35 ? date : x < 0.55 ? (date.length === 10 ? date : `${date}-15`.slice(0, 10)) : x < 0.75 ? "2001-01" : undefined;
    if (!d) return {};
    return next() < 0.5 ? { date: d } : { evidence: [{ doc: "d1", start: 0, end: 5, date: d }] };
  };
  for (const r of gold.relations) {
    if (next() < 0.3) continue;
    const s = someKey(r.source),
      t = someKey(r.target);
    if (!s || !t) continue;
    const x = next();
    const action = x < 0.75 ? pick(r.action) : pick(ACTIONS);
    const [from, to] = next() < 0.1 ? [t, s] : [s, t];
    edges.push(edge(from, action, to, withDate(r.date)));
    if (next() < 0.15) edges.push(edge(from, action, to, withDate(r.date)));
  }
  for (let i = 0; i < 8; i++) edges.push(edge(pick(keys), pick(ACTIONS), pick(keys)));
  return graph(nodes, edges, [{ id: "d1", text: docText }]);
}

describe("agreement with the reference scorer", () => {
  it("agrees on an empty graph", () => {
    expectSameAsReference(graph([]), "tests/gold");
  });

  it("agrees on the hand-made graphs above", () => {
    const docs = [{ id: "d1", text: "Yesterday Seoul said no." }];
    expectSameAsReference(
      graph(
        [
          node("j1", "Japan", "country"),
          node("j2", "Tokyo", "country"),
          node("k", "x", "country", { mentions: [{ doc: "d1", start: 10, end: 15 }] }),
          node("o", "Japan", "organization"),
          node("m", "Japan's new export restrictions", "measure"),
          node("p", "Trade Minister Motegi", "person"),
        ],
        [edge("j1", "imposed", "m"), edge("k", "filed", "o"), edge("j1", "removed", "k", { date: "2019-08-02" })],
        docs,
      ),
      "tests/gold",
    );
  });

  for (const goldDir of ["tests/gold", "tests/dev/gold"])
    for (const seed of [1, 2, 3, 4, 5])
      it(`agrees on a synthetic graph from ${goldDir} (seed ${seed})`, () => {
        const r = expectSameAsReference(syntheticGraph(goldDir, seed), goldDir);
        // the synthetic graphs are meant to be partly right and partly wrong
        expect(r.entity.truePositives).toBeGreaterThan(0);
        expect(r.entity.falsePositives).toBeGreaterThan(0);
        expect(r.relation.truePositives).toBeGreaterThan(0);
        expect(r.relation.falsePositives).toBeGreaterThan(0);
      });

  it("agrees when mentions scope nodes to their articles (names of one article's gold, mentioned in another)", () => {
    const files = readGoldDir("tests/dev/gold");
    const gold = loadGold(files);
    const docs = files.map((f) => ({ id: f.name.replace(/\.json$/, ""), text: "x".repeat(100) }));
    const nodes = [...gold.entities.values()].map((e, i) => node(`n${i}`, e.names[0], e.type, { mentions: [{ doc: docs[i % docs.length].id, start: 0, end: 1 }] }));
    const r = expectSameAsReference(graph(nodes, [], docs), "tests/dev/gold");
    expect(r.entity.truePositives).toBeGreaterThan(0);
    expect(r.entity.falsePositives).toBeGreaterThan(0);
  });

  it("agrees when every gold entity and required relation is extracted as annotated", () => {
    const gold = loadGold(readGoldDir("tests/gold"));
    const nodes = [...gold.entities.values()].map((e) => node(e.id, e.names[0], e.type));
    const edges = gold.relations.filter((r) => !r.optional).map((r) => edge(r.source[0], r.action[0], r.target[0], r.date ? { date: r.date } : {}));
    const r = expectSameAsReference(graph(nodes, edges), "tests/gold");
    expect(r.entity.recall).toBe(1);
    expect(r.relation.recall).toBe(1);
    expect(r.dates.right).toBe(r.dates.asked);
  });
});

// ---- the CLI ----

describe("npm run eval", () => {
  const TSX = join(ROOT, "node_modules/.bin/tsx");
  const evalCli = (...args: string[]) => spawnSync(TSX, ["src/cli/eval.ts", ...args], { cwd: ROOT, encoding: "utf8" });

  it("prints the table and the reference headline, or the report as JSON", () => {
    const g = syntheticGraph("tests/gold", 1);
    const path = join(tmp, "cli-graph.json");
    writeFileSync(path, JSON.stringify(g));
    const text = evalCli("--gold", "tests/gold", "--graph", path, "--verbose");
    expect(text.status).toBe(0);
    const expected = score(g, loadGold(readGoldDir("tests/gold")));
    expect(text.stdout.trimEnd().split("\n").at(-1)).toBe(headline(expected));
    expect(text.stdout).toContain("-- missed entities");
    const json = evalCli("--gold", "tests/gold", "--graph", path, "--json");
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("exits 2 with a message naming the file on bad input", () => {
    const missing = evalCli("--gold", "tests/gold", "--graph", join(tmp, "nope.json"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("nope.json not found");
    const badJson = join(tmp, "bad.json");
    writeFileSync(badJson, "{ nodes: ");
    const bad = evalCli("--gold", "tests/gold", "--graph", badJson);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/bad\.json is not valid JSON/);
    const goldDir = mkdtempSync(join(tmp, "gold-"));
    writeFileSync(join(goldDir, "x.json"), JSON.stringify({ entities: [{ id: "a", type: "thing", names: ["A"] }], relations: [] }));
    const badGold = evalCli("--gold", goldDir, "--graph", badJson);
    expect(badGold.status).toBe(2);
    expect(badGold.stderr).toMatch(/gold x\.json: entities\[0\] \("a"\): type "thing"/);
    expect(evalCli("--graph", badJson).status).toBe(2);
  });
});
