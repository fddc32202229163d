// The built-in lexicons (src/extract/lexicon/*.json) checked as a user's lexicon file is
// (src/graph/curation/lexicon-file.ts: types, actions, fields, unknown fields refused), and
// as a whole: labels unique, country codes that exist, references that resolve.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import countries from "world-countries";
import { readLexiconFile } from "../src/graph/curation/lexicon-file.ts";
import { ROOT } from "./cli-run.ts";

const lexicon = (name: string) => JSON.parse(readFileSync(path.join(ROOT, "src/extract/lexicon", name), "utf8"));
const actorsFile = lexicon("actors.json");
const peopleFile = lexicon("people.json");
const verbsFile = lexicon("verbs.json");
const ISO = new Set(countries.map((c) => c.cca2));

describe("the built-in lexicons", () => {
  it("read as a lexicon file does: every entry's type, action and fields known", () => {
    for (const [name, part] of [
      ["actors.json", { actors: actorsFile.actors, countries: actorsFile.countries }],
      ["people.json", { people: peopleFile.people }],
      ["verbs.json", { verbs: verbsFile.verbs }],
    ] as const) {
      const read = readLexiconFile(JSON.stringify(part), name);
      expect("error" in read ? read.error : "", name).toBe("");
    }
    // And the check refuses what it should: a misspelt field.
    const typo = readLexiconFile(JSON.stringify({ actors: [{ label: "FIFA", type: "organization", alias: ["x"] }] }), "x.json");
    expect("error" in typo && typo.error).toMatch(/x\.json: actors\[0\] \("FIFA"\)\.alias: unknown field/);
  });

  it("gives every entity one label, and no label twice", () => {
    const labels = [...actorsFile.actors, ...peopleFile.people].map((e: { label: string }) => e.label.toLowerCase());
    expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
  });

  it("names countries by ISO codes that exist", () => {
    const codes = [...Object.keys(actorsFile.countries), ...[...actorsFile.actors, ...peopleFile.people].flatMap((e: { country?: string }) => (e.country ? [e.country] : []))];
    expect(codes.filter((c) => !ISO.has(c))).toEqual([]);
  });

  it("refers only to entities it has: partOf and memberOf are actors' labels", () => {
    const actorLabels = new Set(actorsFile.actors.map((e: { label: string }) => e.label));
    const refs = [...actorsFile.actors.map((e: { partOf?: string }) => e.partOf), ...peopleFile.people.map((e: { memberOf?: string }) => e.memberOf)].filter(Boolean);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((r) => !actorLabels.has(r))).toEqual([]);
  });
});
