// The API key lives in the extension origin's IndexedDB (utils/settings/secret.ts). Node and happy-dom have
// none: every test gets a fresh in-memory one, as fakeBrowser gives it fresh storage.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
