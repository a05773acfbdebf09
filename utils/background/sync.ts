// Keeps the pinned list in storage.sync (the document and merge rule: utils/watchlist/sync.ts; its items:
// sync-chunks.ts). A run reads the synced copy, merges it with this device's watchlist, applies the result
// here and writes what changed back. Runs come on every worker start, when another device's change arrives
// (storage.onChanged 'sync'), and ~30 s after a local watchlist change (one alarm, so a burst of poll writes
// is one sync write); writes are also capped per minute, far under MAX_WRITE_OPERATIONS_PER_MINUTE (120).
// All state is in storage.local: what was last merged (to tell local changes and unpins apart) and status.
import { browser } from 'wxt/browser';
import { lazyItem, readCopy } from '../storage/lazy-item';
import { readWatchlist, WATCHLIST_KEYS } from '../watchlist/store';
import { applyDoc, emptyDoc, localDoc, mergeDocs, prune, type SyncDoc, type SyncStatus } from '../watchlist/sync';
import { decodeDoc, encodeDoc, META_KEY, staleKeys } from '../watchlist/sync-chunks';
import { withLock } from './lock';
import { updateWatchlist } from './transaction';

export const SYNC_ALARM = 'trackpin-sync';
const SYNC_LOCK = 'sync';
/** Our own cap on sync writes in any minute (each run makes at most two: set and remove). */
export const SYNC_WRITES_PER_MINUTE = 20;
const PUSH_DELAY_MS = 30_000;

interface SyncState {
  base: SyncDoc;
  status: SyncStatus;
  /** Times of our recent sync writes, for the per-minute cap. */
  writes: number[];
}

const NO_STATUS: SyncStatus = { synced: 0, total: 0, at: null, error: null };

export const syncStateItem = lazyItem<SyncState | null>('local:syncState', { fallback: null, version: 1, migrations: {} });

async function readState(): Promise<SyncState> {
  const s = (await readCopy(syncStateItem)) as Partial<SyncState> | null;
  const base = s?.base && typeof s.base === 'object' && s.base.pins && s.base.gone ? s.base : emptyDoc();
  return { base, status: s?.status ?? NO_STATUS, writes: Array.isArray(s?.writes) ? s.writes.filter((t) => typeof t === 'number') : [] };
}

/**
 * The options page's figures for the list as it is now (a change waits up to ~30 s for its sync run), with
 * the last run's time and error; computed, nothing written.
 */
export async function readSyncStatus(now = Date.now()): Promise<SyncStatus> {
  const state = await readState();
  const { synced, total } = encodeDoc(localDoc(await readWatchlist(), state.base, now));
  return { ...state.status, synced, total };
}

const ours = (items: Record<string, unknown>) => Object.fromEntries(Object.entries(items).filter(([k]) => k === META_KEY || k.startsWith(`${META_KEY}.`)));

/** One sync run: merge, apply here, write back what changed. Serialised; resolves with the new status. */
export function syncRun(now = Date.now()): Promise<SyncStatus> {
  return withLock(SYNC_LOCK, async () => {
    const state = await readState();
    let stored: Record<string, unknown>;
    try {
      stored = ours(await browser.storage.sync.get(null));
    } catch (error) {
      // Sync storage off (policy, or a browser without it): pins stay local, the options page says why.
      const status = { ...state.status, error: error instanceof Error ? error.message : String(error) };
      await syncStateItem.setValue({ ...state, status });
      return status;
    }
    const remote = decodeDoc(stored);
    const merged = await updateWatchlist((watchlist) => {
      const doc = prune(mergeDocs(localDoc(watchlist, state.base, now), remote), now);
      applyDoc(watchlist, doc, now);
      return doc;
    });
    const encoded = encodeDoc(merged);
    const changed = Object.fromEntries(Object.entries(encoded.items).filter(([k, v]) => JSON.stringify(stored[k]) !== JSON.stringify(v)));
    const stale = staleKeys(stored, encoded.items);
    const writes = state.writes.filter((t) => now - t < 60_000);
    let error: string | null = null;
    if (Object.keys(changed).length || stale.length) {
      if (writes.length + 2 > SYNC_WRITES_PER_MINUTE) await scheduleSync(writes[0]! + 60_000, now);
      else {
        try {
          if (Object.keys(changed).length) {
            await browser.storage.sync.set(changed);
            writes.push(now);
          }
          if (stale.length) {
            await browser.storage.sync.remove(stale);
            writes.push(now);
          }
        } catch (e) {
          // Over a quota we did not foresee, or the browser's own write limit: try again later.
          error = e instanceof Error ? e.message : String(e);
          await scheduleSync(now + 60_000, now);
        }
      }
    }
    const status: SyncStatus = { synced: encoded.synced, total: encoded.total, at: now, error };
    await syncStateItem.setValue({ base: merged, status, writes });
    return status;
  });
}

/** A sync run at `at` (not sooner than Chrome's 30 s); an earlier one already set is kept. */
async function scheduleSync(at: number, now = Date.now()): Promise<void> {
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (existing && existing.scheduledTime <= at) return;
  await browser.alarms.create(SYNC_ALARM, { when: Math.max(at, now + PUSH_DELAY_MS) });
}

/** Registers the storage listeners (synchronously, on every worker start). */
export function watchForSyncChanges(onError: (e: unknown) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && Object.keys(changes).some((k) => k.startsWith(META_KEY))) void syncRun().catch(onError);
    else if (area === 'local' && WATCHLIST_KEYS.watchlist in changes) void scheduleSync(Date.now() + PUSH_DELAY_MS).catch(onError);
  });
}
