// One background write: item values and item meta. WXT keeps an item's meta under a key of its own and
// has no call that writes values and meta at once, so a write is two storage.local.set calls.
import { storage } from 'wxt/utils/storage';
import { asWriteError } from './quota';

export interface StorageWrites {
  values: Parameters<typeof storage.setItems>[0];
  metas: Parameters<typeof storage.setMetas>[0];
}

/**
 * Meta first: readers trust the list index only when its revision equals the watchlist meta's, so in the
 * moment between the two calls (or after a crash there) they see a stale index and read the watchlist
 * itself. The other order would make every open popup, woken by the values, find the index stale.
 */
export async function commit(writes: StorageWrites): Promise<void> {
  try {
    if (writes.metas.length) await storage.setMetas(writes.metas);
    if (writes.values.length) await storage.setItems(writes.values);
  } catch (error) {
    throw asWriteError(error);
  }
}
