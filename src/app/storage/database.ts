// The explorer's IndexedDB database: one object store for the kept graph, its parts and the
// edits. Used by the page and by the graph-file worker (workers have IndexedDB too).
const DATABASE = "news-graph-explorer";
export const STORE = "working-graph";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB: cannot open the database"));
  });
}

/**
 * Runs `work` in one transaction of the store and resolves with what it returns once the
 * transaction commits (a reload right after sees the writes). `work` may chain more requests
 * from their success handlers; an exception thrown there, or by `work`, aborts it all.
 */
export async function transact<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => () => T): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      transaction.oncomplete = () => resolve(result());
      transaction.onerror = transaction.onabort = () => reject(transaction.error ?? new Error("IndexedDB: transaction failed"));
      let result: () => T;
      try {
        result = work(transaction.objectStore(STORE));
      } catch (e) {
        transaction.abort();
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  } finally {
    db.close();
  }
}

/** One request in its own transaction: its result once committed. */
export function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return transact(mode, (store) => {
    const request = action(store);
    return () => request.result;
  });
}
