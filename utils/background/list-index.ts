// Keeps the popup's list index (utils/watchlist/summary.ts) in step with the watchlist. Every watchlist
// write by the background already writes the index with it (transaction → watchlistWrite); this covers the
// rest: the first start after an upgrade (no index yet), a WXT migration rewriting the watchlist, and
// anything else that writes the watchlist alone.
import { browser } from 'wxt/browser';
import { ensureListIndex, WATCHLIST_KEYS } from '../watchlist/store';
import { withLock } from './lock';
import { STATE_LOCK } from './transaction';

/** Rebuilds the index if it is missing or stale; serialised with the transactions' writes. */
export function repairListIndex(): Promise<boolean> {
  return withLock(STATE_LOCK, ensureListIndex);
}

/** Registers the storage listener (synchronously, on every worker start). */
export function watchForForeignWatchlistWrites(onError: (e: unknown) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    // Our own writes change both keys in one event.
    if (area === 'local' && WATCHLIST_KEYS.watchlist in changes && !(WATCHLIST_KEYS.listIndex in changes)) void repairListIndex().catch(onError);
  });
}
