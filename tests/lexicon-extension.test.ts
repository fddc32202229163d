// Lexicon extension files: read and checked (src/graph/curation/lexicon-file.ts), added to
// the built-in lexicon (src/extract/lexicon-extension.ts), written by "Add to lexicon".
import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON, extract } from "../src/extract/index.ts";
import { extendLexiconWith } from "../src/extract/lexicon-extension.ts";
import { buildGraph } from "../src/graph/build.ts";
import { lexiconEntryOf, readLexiconFile } from "../src/graph/curation/lexicon-file.ts";

const doc = (text: string) => [{ id: "a", path: "a.txt", text }];
const keys = (text: string, lexicon = DEFAULT_LEXICON) => extract(doc(text), lexicon).nodes.map((n) => `${n.key}:${n.type}`);

describe("lexicon extension", () => {
  it("adds a new actor, an alias to a known actor, and an alias to a known country", () => {
    const read = readLexiconFile(
      JSON.stringify({
        _doc: "a note",
        actors: [
          { label: "FIFA", type: "organization", aliases: ["Federation of Football"] },
          { label: "World Trade Organization", type: "organization", aliases: ["the Geneva trade body"] },
          { label: "South Korea", type: "country", aliases: ["Hanguk"] },
        ],
      }),
      "lex.json",
    );
    if ("error" in read) throw new Error(read.error);
    const lexicon = extendLexiconWith(DEFAULT_LEXICON, read.additions);
    expect(DEFAULT_LEXICON.actors.find((a) => a.label === "World Trade Organization")!.aliases).not.toContain("the Geneva trade body");
    const text = "The Federation of Football suspended Russia on Monday. Hanguk criticized Russia. The Geneva trade body said nothing.";
    const found = keys(text, lexicon);
    expect(found).toEqual(expect.arrayContaining(["fifa:organization", "south-korea:country", "world-trade-organization:organization"]));
    expect(keys(text)).not.toContain("south-korea:country");
  });

  it.each([
    ["[1, 2]", /^lex\.json: expected an object/],
    ["{ nope", /^lex\.json: not valid JSON/],
    [JSON.stringify({ organizations: [] }), /^lex\.json: organizations: unknown part/],
    [JSON.stringify({ actors: [{ label: "FIFA", type: "club" }] }), /^lex\.json: actors\[0\] \("FIFA"\)\.type: unknown type "club"/],
    [JSON.stringify({ verbs: [{ form: "slapped", action: "slapped" }] }), /^lex\.json: verbs\[0\] \("slapped"\)\.action: unknown action "slapped"/],
    [JSON.stringify({ countries: { Korea: { aliases: [] } } }), /^lex\.json: countries\.Korea: expected an ISO 3166-1 alpha-2 code/],
    [JSON.stringify({ actors: [{ label: "FIFA", type: "organization", aliases: [3] }] }), /^lex\.json: actors\[0\] \("FIFA"\)\.aliases\[0\]: expected a non-empty string/],
  ])("refuses %s naming the file and the entry", (text, message) => {
    const read = readLexiconFile(text, "lex.json");
    expect("error" in read && read.error).toMatch(message);
  });

  it("Add to lexicon writes a node as an entry the reader takes back", () => {
    const graph = buildGraph(
      {
        documents: [{ id: "a", title: "", date: "", path: "a.txt", text: "FIFA met." }],
        nodes: [{ key: "fifa", label: "FIFA", type: "person", aliases: ["FIFA", "Fifa"], mentions: [] }],
        edges: [],
      },
      { layout: false },
    );
    graph.setNodeAttribute("fifa", "type", "organization");
    const text = lexiconEntryOf(graph, "fifa");
    expect(readLexiconFile(text, "fifa.json")).toEqual({ additions: { actors: [{ label: "FIFA", type: "organization", aliases: ["Fifa"] }] } });
  });
});
