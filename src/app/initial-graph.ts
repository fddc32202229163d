// The graph the explorer opens with: the one kept in this browser (IndexedDB) if any, else
// the default corpus (graph.json served beside the page). No React here: main.ts draws it
// while React loads.
import type { SerializedGraph } from "graphology-types";
import type { StaleOperation } from "../graph/curation/types.ts";
import type { NewsGraph } from "../graph/types.ts";
import { NO_EDITS, restoreEdits, withEdits, type Edits } from "./core/edits.ts";
import { restoreGraph } from "./core/file-graph.ts";
import { fetchGraphText, GRAPH_URL, loadGraph } from "./load-graph.ts";
import { keptHint, readSavedGraph } from "./storage/saved-graph.ts";

export const DEFAULT_ORIGIN = "default articles";

/**
 * "saved": kept in this browser; "default": nothing kept; "failed": could not be kept;
 * "unreadable": the default graph, shown because the kept one could not be read.
 */
export type Persistence = "default" | "saving" | "saved" | "failed" | "unreadable";

export interface InitialGraph {
  /** The graph shown: `base` with the edits applied. */
  graph: NewsGraph;
  /** The graph as extracted or opened, before the edits. */
  base: NewsGraph;
  edits: Edits;
  /** Applied edits that no longer apply to `base`. */
  stale: StaleOperation[];
  /** The lexicon extension the graph was extracted with, if one was opened. */
  lexicon?: { name: string; text: string };
  /** Where the graph came from, as shown in the toolbar. */
  origin: string;
  persistence: Persistence;
  /** What the page must say when it opens (a kept graph that could not be read, repairs). */
  problems?: string[];
}

export const KEPT_NAME = "the graph kept in this browser";

type Kept = Omit<InitialGraph, "persistence"> | { error: string };

/** The working graph of `base` and `edits` (the graph shown, and the stale edits). */
export function working(base: NewsGraph, edits: Edits, rest: Omit<InitialGraph, "graph" | "base" | "edits" | "stale">): InitialGraph {
  return { ...withEdits(base, edits), base, edits, ...rest };
}

/** The kept graph, read from IndexedDB before the first frame only when the flag says one is kept (or cannot say). */
async function savedGraph(): Promise<Kept | undefined> {
  const hint = keptHint();
  return hint === "kept" || hint === "unavailable" ? keptGraph() : undefined;
}

/**
 * The graph kept in this browser, checked as an opened file is (restoreGraph); undefined
 * when none is kept or IndexedDB cannot be read, `{ error }` when the record is unusable.
 */
export async function keptGraph(): Promise<Kept | undefined> {
  let saved;
  try {
    saved = await readSavedGraph();
  } catch {
    // No IndexedDB (private mode, blocked storage): start from the default.
    return undefined;
  }
  if (!saved) return undefined;
  const unreadable = (error: string) => ({ error: `${error}. The default articles are shown; Reset forgets the kept graph.` });
  if (saved.error !== undefined) return unreadable(`${KEPT_NAME}: ${saved.error}`);
  const result = restoreGraph(saved.data as SerializedGraph, KEPT_NAME);
  if ("error" in result) return unreadable(result.error);
  const { edits, problem } = restoreEdits(saved.edits, KEPT_NAME);
  const lexicon = typeof saved.lexicon?.text === "string" && typeof saved.lexicon.name === "string" ? { name: saved.lexicon.name, text: saved.lexicon.text } : undefined;
  const origin = typeof saved.origin === "string" ? saved.origin : "kept graph";
  return { ...withEdits(result.graph, edits), base: result.graph, edits, lexicon, origin, problems: [...result.warnings, ...(problem ? [problem] : [])] };
}

/**
 * The default graph downloads while the browser is asked for a kept one; it is parsed only
 * if none is (or the kept one cannot be read).
 */
export function loadInitialGraph(): Promise<InitialGraph> {
  const text = fetchGraphText();
  text.catch(() => undefined); // its failure matters only when nothing is kept
  return savedGraph().then(async (kept) => {
    if (kept && !("error" in kept)) return { ...kept, persistence: "saved" as const };
    return withDefault(await loadGraph(GRAPH_URL, text), kept);
  });
}

/** The default graph as the working graph, saying why when a kept one could not be read (it stays until Reset or the next graph). */
export function withDefault(graph: NewsGraph, unreadable?: { error: string }): InitialGraph {
  const fresh = { graph, base: graph, edits: NO_EDITS, stale: [], origin: DEFAULT_ORIGIN };
  return unreadable ? { ...fresh, persistence: "unreadable", problems: [unreadable.error] } : { ...fresh, persistence: "default" };
}
