// Read-modify-write of the background's durable state. Every change to the watchlist goes through
// `changeState`, which serialises writers and writes the watchlist together with poll or bulk progress in
// one storage.local.set, so a worker killed at any point leaves a consistent pair.
import { storage } from 'wxt/utils/storage';
import {
  bulkProgressItem,
  bulkQueueItem,
  pollStateItem,
  readBulk,
  readPollState,
  readWatchlist,
  watchlistWrite,
  type BulkQueue,
  type PollState,
  type Watchlist,
} from '../storage';
import type { BulkProgress } from '../messages/background-api';
import { withLock } from './lock';
import { showUnread } from './badge';

export interface StateDraft {
  watchlist: Watchlist;
  poll: PollState;
  bulk: { progress: BulkProgress | null; queue: BulkQueue | null };
}

/**
 * Runs `change` on a fresh copy of the state and saves whatever it touched. Returns the change's result.
 * `parts` says which items to load (and therefore which may be saved).
 */
export async function changeState<T>(
  parts: { watchlist?: boolean; poll?: boolean; bulk?: boolean },
  change: (draft: StateDraft) => T | Promise<T>,
): Promise<T> {
  return withLock('state', async () => {
    const draft: StateDraft = {
      watchlist: parts.watchlist ? await readWatchlist() : {},
      poll: parts.poll ? await readPollState() : (undefined as unknown as PollState),
      bulk: parts.bulk ? await readBulk() : { progress: null, queue: null },
    };
    const result = await change(draft);
    const writes: Parameters<typeof storage.setItems>[0] = [];
    if (parts.watchlist) writes.push(...watchlistWrite(draft.watchlist));
    if (parts.poll) writes.push({ item: pollStateItem, value: draft.poll });
    if (parts.bulk) {
      writes.push({ item: bulkProgressItem, value: draft.bulk.progress });
      writes.push({ item: bulkQueueItem, value: draft.bulk.queue });
    }
    if (writes.length) await storage.setItems(writes);
    if (parts.watchlist) await showUnread(draft.watchlist).catch(() => undefined);
    return result;
  });
}
