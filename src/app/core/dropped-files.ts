// What files dropped on the page (or picked) are for: one graph file to open, or articles
// to add. Decided by the file names' extensions only. Pure.
import { ARTICLE_EXTENSIONS } from "../../articles/formats.ts";
import { LEXICON_PARTS } from "../../graph/curation/lexicon-file.ts";
import { GRAPH_EXTENSIONS, graphFileFormatByName } from "../../graph/formats/extensions.ts";

/** What "Open graph" accepts. */
export const GRAPH_ACCEPT = Object.keys(GRAPH_EXTENSIONS).join(",");
/** What "Add articles" accepts. */
export const ARTICLE_ACCEPT = Object.keys(ARTICLE_EXTENSIONS).join(",");

const isGraphFile = (name: string): boolean => graphFileFormatByName(name) !== undefined;

export type DropIntent = { kind: "open"; index: number } | { kind: "add" } | { kind: "error"; message: string };

export function dropIntent(names: readonly string[]): DropIntent {
  const graphs = names.filter(isGraphFile);
  if (graphs.length === 0) return { kind: "add" };
  if (names.length === 1) return { kind: "open", index: 0 };
  const listed = names.length > 6 ? `${names.slice(0, 5).join(", ")} and ${names.length - 5} more` : names.join(", ");
  return { kind: "error", message: `${listed}: drop one graph file (${Object.keys(GRAPH_EXTENSIONS).join(", ")}) or articles, not several graph files or both` };
}

/** What a .json file is, by its first key: a curation file, a lexicon extension, or a graph. */
export type JsonFileKind = "curation" | "lexicon" | "graph";

const LEXICON_KEYS = new Set<string>(["_doc", ...LEXICON_PARTS]);

/** The kind of a .json file from its first characters (a graph file is only read in full by its worker). */
export function jsonFileKind(head: string): JsonFileKind {
  const first = /^\uFEFF?\s*\{\s*"([^"]*)"/.exec(head)?.[1];
  if (first === "curation") return "curation";
  return first !== undefined && LEXICON_KEYS.has(first) ? "lexicon" : "graph";
}
