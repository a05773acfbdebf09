// Where the API key lives: the extension origin's IndexedDB, not storage.local. Firefox lets content
// scripts read storage.local (it has no setAccessLevel), but a content script's IndexedDB is the page's
// origin, so this database is reachable only from the background and extension pages, in both browsers.
const DB = 'trackpin-secrets';
const STORE = 'secrets';
const API_KEY = 'apiKey';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      // Resolve on commit, not on the request: a write must be on disk before the old copy is removed.
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

export async function readApiKey(): Promise<string> {
  const value = await run('readonly', (store) => store.get(API_KEY) as IDBRequest<unknown>);
  return typeof value === 'string' ? value : '';
}

export async function writeApiKey(key: string): Promise<void> {
  await run('readwrite', (store) => (key ? store.put(key, API_KEY) : store.delete(API_KEY)) as IDBRequest<unknown>);
}
