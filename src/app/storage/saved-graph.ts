// The working graph, kept in IndexedDB so that it survives a reload: one record, the
// graph's graphology export (structured-cloned, no JSON round trip) and where it came from;
// a second, small one, the person's edits to it (rewritten on every edit without the graph).
// A localStorage flag says whether one is kept: the first use of IndexedDB in a browser
// profile takes a tenth of a second (measured: opening, even listing, the databases), which
// a visitor who never kept a graph should not wait for before the first frame.
import type { SerializedGraph } from "graphology-types";
import type { Edits } from "../core/edits.ts";

const DATABASE = "news-graph-explorer";
const STORE = "working-graph";
const KEY = "current";
const EDITS_KEY = "edits";
const KEPT_FLAG = "news-graph-explorer:kept";

export interface SavedGraph {
  /** Where the graph came from, as shown in the toolbar ("graph.gexf", "default articles + 2"). */
  origin: string;
  data: SerializedGraph;
  /** A lexicon extension file the graph was extracted with (opened in the explorer). */
  lexicon?: { name: string; text: string };
}

/** The kept graph with the edits kept for it. */
export type SavedWork = SavedGraph & { edits?: Edits };

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB: cannot open the database"));
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = action(transaction.objectStore(STORE));
      // Resolved when the transaction commits: a reload right after sees the write.
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = transaction.onabort = () => reject(transaction.error ?? new Error("IndexedDB: transaction failed"));
    });
  } finally {
    db.close();
  }
}

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

/** The kept graph, if any, and its edits, from IndexedDB (the flag is set from what it says). */
export async function readSavedGraph(): Promise<SavedWork | undefined> {
  let saved: SavedGraph | undefined;
  const edits = await run("readonly", (s) => {
    const graph = s.get(KEY) as IDBRequest<SavedGraph | undefined>;
    graph.onsuccess = () => (saved = graph.result);
    return s.get(EDITS_KEY) as IDBRequest<Edits | undefined>;
  });
  setFlag(saved !== undefined);
  return saved && { ...saved, edits };
}

/** Keeps the edits of the kept graph. */
export async function writeSavedEdits(edits: Edits): Promise<void> {
  await run("readwrite", (s) => s.put(edits, EDITS_KEY));
}

export async function writeSavedGraph(saved: SavedGraph): Promise<void> {
  await run("readwrite", (s) => s.put(saved, KEY));
  setFlag(true);
}

export async function clearSavedGraph(): Promise<void> {
  // First: even if the record cannot be deleted, the next visit opens on the default graph.
  setFlag(false);
  await run("readwrite", (s) => (s.delete(EDITS_KEY), s.delete(KEY)));
}
