// Read-modify-write of the background's durable state. Every change to the watchlist, the poll state or
// the bulk job goes through `transaction`, which serialises writers and saves what changed in one
// storage.local.set, so a worker killed at any point leaves a consistent set (watchlist with poll or bulk
// progress). A part opened for reading is never written; a part opened for writing is written only when
// the change really changed it, so a poll that finds nothing new does not rewrite the watchlist (and does
// not wake every open popup).
import type { Watchlist } from '../watchlist/model';
import { readWatchlist, watchlistWrite } from '../watchlist/store';
import { commit, type StorageWrites } from '../storage/commit';
import { pollStateItem, readPollState, type PollState } from './poll/poll-state';
import { bulkProgressItem, bulkQueueItem, readBulk, type BulkState } from './bulk/bulk-state';
import { withLock } from './lock';
import { showUnread } from './badge';
import { isQuotaError } from '../storage/quota';
import { evictCache } from './cache';

export interface BackgroundState {
  watchlist: Watchlist;
  poll: PollState;
  bulk: BulkState;
}

type Part = keyof BackgroundState;
export type Access = 'read' | 'write';
export type Parts = { [K in Part]?: Access };

/** Only the parts asked for; those opened for reading are read-only. */
export type Draft<P extends Parts> = {
  -readonly [K in keyof P & Part]-?: NonNullable<P[K]> extends 'write' ? BackgroundState[K] : Readonly<BackgroundState[K]>;
};

/** The lock every writer of these items holds (also the list-index repair). */
export const STATE_LOCK = 'state';

const readers: { [K in Part]: () => Promise<BackgroundState[K]> } = {
  watchlist: readWatchlist,
  poll: readPollState,
  bulk: readBulk,
};

function writesOf<K extends Part>(part: K, value: BackgroundState[K]): StorageWrites {
  switch (part) {
    case 'watchlist':
      return watchlistWrite(value as Watchlist);
    case 'poll':
      return { values: [{ item: pollStateItem, value }], metas: [] };
    default: {
      const bulk = value as BulkState;
      return { values: [{ item: bulkProgressItem, value: bulk.progress }, { item: bulkQueueItem, value: bulk.queue }], metas: [] };
    }
  }
}

/** Runs `change` on fresh copies of the parts in `parts` and saves those it changed. Returns its result. */
export function transaction<const P extends Parts, T>(parts: P, change: (draft: Draft<P>) => T | Promise<T>): Promise<T> {
  return withLock(STATE_LOCK, async () => {
    const names = (Object.keys(parts) as Part[]).filter((k) => parts[k]);
    const draft: Partial<BackgroundState> = {};
    const before = new Map<Part, string>();
    for (const name of names) {
      const value = await readers[name]();
      (draft as Record<Part, unknown>)[name] = value;
      if (parts[name] === 'write') before.set(name, JSON.stringify(value));
    }
    const result = await change(draft as Draft<P>);
    const changed = [...before].filter(([name, json]) => JSON.stringify(draft[name]) !== json).map(([name]) => name);
    const writes: StorageWrites = { values: [], metas: [] };
    for (const name of changed) {
      const w = writesOf(name, draft[name]!);
      writes.values.push(...w.values);
      writes.metas.push(...w.metas);
    }
    await commitWithRoom(writes);
    if (changed.includes('watchlist')) await showUnread(draft.watchlist!).catch(() => undefined);
    return result;
  });
}

/**
 * A full storage first gives up the lookup cache (disposable), then the write is tried once more; if it
 * still does not fit, the caller gets the quota error (to-user-error turns it into 'storage-full'), and
 * what was stored before stays as it was: pins are never lost to a failed write.
 */
async function commitWithRoom(writes: StorageWrites): Promise<void> {
  try {
    await commit(writes);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    await evictCache();
    await commit(writes);
  }
}

export function updateWatchlist<T>(change: (watchlist: Watchlist) => T | Promise<T>): Promise<T> {
  return transaction({ watchlist: 'write' }, (d) => change(d.watchlist));
}

export function updatePoll<T>(change: (poll: PollState) => T | Promise<T>): Promise<T> {
  return transaction({ poll: 'write' }, (d) => change(d.poll));
}

export function updateBulk<T>(change: (bulk: BulkState) => T | Promise<T>): Promise<T> {
  return transaction({ bulk: 'write' }, (d) => change(d.bulk));
}
