// Keeps the popup's list index (utils/list-index.ts) in step with the watchlist. Every watchlist write
// by the background already writes the index with it (changeState → watchlistWrite); this covers the rest:
// the first start after an upgrade (no index yet), a WXT migration rewriting the watchlist, and anything
// else that writes the watchlist alone.
import { browser } from 'wxt/browser';
import { ensureListIndex } from '../storage';
import { withLock } from './lock';

/** Rebuilds the index if it is missing or stale; serialised with changeState's writes. */
export function repairListIndex(): Promise<boolean> {
  return withLock('state', ensureListIndex);
}

/** Registers the storage listener (synchronously, on every worker start). */
export function watchForForeignWatchlistWrites(onError: (e: unknown) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    // Our own writes change both keys in one event.
    if (area === 'local' && 'watchlist' in changes && !('listIndex' in changes)) void repairListIndex().catch(onError);
  });
}
