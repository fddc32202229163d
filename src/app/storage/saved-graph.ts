// The working graph, kept in IndexedDB so that it survives a reload: one record, the
// graph's graphology export (structured-cloned, no JSON round trip) and where it came from.
import type { SerializedGraph } from "graphology-types";

const DATABASE = "news-graph-explorer";
const STORE = "working-graph";
const KEY = "current";

export interface SavedGraph {
  /** Where the graph came from, as shown in the toolbar ("graph.gexf", "default articles + 2"). */
  origin: string;
  data: SerializedGraph;
}

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

export const readSavedGraph = (): Promise<SavedGraph | undefined> => run("readonly", (s) => s.get(KEY) as IDBRequest<SavedGraph | undefined>);
export const writeSavedGraph = (saved: SavedGraph): Promise<unknown> => run("readwrite", (s) => s.put(saved, KEY));
export const clearSavedGraph = (): Promise<unknown> => run("readwrite", (s) => s.delete(KEY));
