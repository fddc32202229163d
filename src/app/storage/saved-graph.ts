// The working graph, kept in IndexedDB so that it survives a reload: a record saying where it
// came from and what the graph is (its head), the graph itself in parts (graph-parts.ts:
// structured-cloned, no JSON round trip, none too large to store), and a small record of the
// person's edits to it (rewritten on every edit without the graph). A graph opened from a
// file is written by the worker that read it; the page then only points the record at it
// (commitKeptGraph). Graphs kept by earlier versions are one record with the whole export.
// A localStorage flag says whether one is kept: the first use of IndexedDB in a browser
// profile takes a tenth of a second (measured: opening, even listing, the databases), which
// a visitor who never kept a graph should not wait for before the first frame.
import type { SerializedGraph } from "graphology-types";
import type { Edits } from "../core/edits.ts";
import type { NewsGraph } from "../../graph/types.ts";
import { errorMessage } from "../../graph/error-message.ts";
import { run, transact } from "./database.ts";
import { allParts, graphHead, graphParts, idRange, readParts, serialized, writeParts, type GraphHead } from "./graph-parts.ts";

const KEY = "current";
const EDITS_KEY = "edits";
const KEPT_FLAG = "news-graph-explorer:kept";

type Lexicon = { name: string; text: string };

/** The record under KEY. */
interface KeptRecord {
  /** Where the graph came from, as shown in the toolbar ("graph.gexf", "default articles + 2"). */
  origin: string;
  /** A lexicon extension file the graph was extracted with (opened in the explorer). */
  lexicon?: Lexicon;
  /** The graph, in parts. */
  graph?: GraphHead;
  /** The whole graph, as kept by versions before the parts. */
  data?: SerializedGraph;
}

/** The kept record read back (as stored: to be checked): the graph's export, or why it could not be read. */
export interface SavedGraph {
  origin: unknown;
  lexicon?: { name?: unknown; text?: unknown };
  data: unknown;
  error?: string;
}

/** The kept graph with the edits kept for it. */
export type SavedWork = SavedGraph & { edits?: Edits };

/** A name for a graph's parts, new each time it is kept. */
export const newGraphId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * What the flag says: "kept", "none", "unset" (never written: a first visit, or a graph kept
 * by a version without the flag) or "unavailable" (no localStorage: only IndexedDB knows).
 */
export type KeptHint = "kept" | "none" | "unset" | "unavailable";

export function keptHint(): KeptHint {
  try {
    const flag = localStorage.getItem(KEPT_FLAG);
    return flag === null ? "unset" : flag === "1" ? "kept" : "none";
  } catch {
    return "unavailable";
  }
}

function setFlag(kept: boolean): void {
  try {
    localStorage.setItem(KEPT_FLAG, kept ? "1" : "0");
  } catch {
    // No localStorage: IndexedDB is asked on every visit.
  }
}

const isHead = (value: unknown): value is GraphHead => {
  const head = value as Partial<GraphHead> | null;
  const count = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
  return typeof head === "object" && head !== null && typeof head.id === "string" && count(head.nodes) && count(head.edges) && typeof head.options === "object" && head.options !== null;
};

/** The kept graph, if any, and its edits, from IndexedDB (the flag is set from what it says). */
export async function readSavedGraph(): Promise<SavedWork | undefined> {
  // As stored, maybe by an earlier version: checked here and by the caller.
  let record: { [field in keyof KeptRecord]?: unknown } | undefined;
  let data: unknown;
  let error: string | undefined;
  const edits = await transact("readonly", (store) => {
    const current = store.get(KEY) as IDBRequest<typeof record>;
    current.onsuccess = () => {
      record = current.result;
      if (!record || record.data !== undefined || record.graph === undefined) return void (data = record?.data);
      const head = record.graph;
      if (!isHead(head)) return void (error = "its record names no graph");
      readParts(store, head, (parts) => {
        try {
          if (parts instanceof Error) error = parts.message;
          else data = serialized(head, parts);
        } catch (e) {
          error = `a part cannot be read (${errorMessage(e)})`;
        }
      });
    };
    const edits = store.get(EDITS_KEY) as IDBRequest<Edits | undefined>;
    return () => edits.result;
  });
  setFlag(record !== undefined);
  return record && { origin: record.origin, lexicon: record.lexicon as SavedGraph["lexicon"], data, ...(error ? { error } : {}), edits };
}

/** Keeps the edits of the kept graph. */
export async function writeSavedEdits(edits: Edits): Promise<void> {
  await run("readwrite", (s) => s.put(edits, EDITS_KEY));
}

/** Points the record at graph `head` and deletes every other kept graph's parts (in the same transaction). */
function pointAt(store: IDBObjectStore, record: KeptRecord & { graph: GraphHead }): void {
  store.put(record, KEY);
  const id = record.graph.id;
  // Keys sort by id: the parts of the graphs before it, then those after it.
  store.delete(IDBKeyRange.bound(["graph"], ["graph", id], false, true));
  store.delete(IDBKeyRange.bound(["graph", id, []], ["graph", []], true, false));
}

const record = (origin: string, graph: GraphHead, lexicon?: Lexicon): KeptRecord & { graph: GraphHead } => ({ origin, graph, ...(lexicon ? { lexicon } : {}) });

/** Keeps `graph` (made on the page: extracted, edited, with metrics), in parts, then the record, all in one transaction. */
export async function writeSavedGraph(origin: string, graph: NewsGraph, lexicon?: Lexicon): Promise<void> {
  const head = graphHead(graph, newGraphId());
  await writeParts(head, graphParts(graph), (store) => pointAt(store, record(origin, head, lexicon)));
  setFlag(true);
}

/** Makes the graph whose parts the graph-file worker wrote the kept one. */
export async function commitKeptGraph(origin: string, head: GraphHead, lexicon?: Lexicon): Promise<void> {
  await transact("readwrite", (store) => (pointAt(store, record(origin, head, lexicon)), () => undefined));
  setFlag(true);
}

/** Deletes the parts of a graph that was not kept after all (its opening was cancelled or overtaken). */
export async function discardGraphParts(id: string): Promise<void> {
  await run("readwrite", (s) => s.delete(idRange(id)));
}

export async function clearSavedGraph(): Promise<void> {
  // First: even if the record cannot be deleted, the next visit opens on the default graph.
  setFlag(false);
  await transact("readwrite", (s) => (s.delete(EDITS_KEY), s.delete(KEY), s.delete(allParts()), () => undefined));
}
