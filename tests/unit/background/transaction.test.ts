// @vitest-environment node
// The background's state transaction: a handler sees only the parts it asked for, parts opened for reading
// are never written, and a part opened for writing is written only when the handler changed it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { transaction, updatePoll, updateWatchlist } from '@/utils/background/transaction';
import { readPollState } from '@/utils/background/poll/poll-state';
import { readWatchlist } from '@/utils/watchlist/store';
import { parcel, pinned } from '../components/fixtures';

let sets: Record<string, unknown>[];

beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ pollState: { pausedUntil: null, lastPollAt: 1, lastPollError: null, failures: 0, run: null } });
  await updateWatchlist((w) => {
    const a = pinned(parcel());
    w[a.key] = a;
  });
  sets = [];
  const real = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
    sets.push(items as Record<string, unknown>);
    return real(items);
  });
});

const keysWritten = () => sets.flatMap((s) => Object.keys(s)).sort();

describe('background transaction', () => {
  it('writes nothing when the handler changed nothing, and returns its result', async () => {
    expect(await updateWatchlist((w) => Object.keys(w).length)).toBe(1);
    expect(await updatePoll((p) => p.lastPollAt)).toBe(1);
    expect(sets).toEqual([]);
  });

  it('never writes a part opened for reading', async () => {
    await transaction({ watchlist: 'read', poll: 'write' }, ({ watchlist, poll }) => {
      // Read-only parts are typed Readonly; a cast gets past that, and the change is still not saved.
      delete (watchlist as Record<string, unknown>)[Object.keys(watchlist)[0]!];
      poll.failures = 3;
    });
    expect(keysWritten()).toEqual(['pollState']);
    expect(Object.keys(await readWatchlist())).toHaveLength(1);
    expect((await readPollState()).failures).toBe(3);
  });

  it('writes a changed watchlist once with its index, after the revision meta', async () => {
    await transaction({ watchlist: 'write', poll: 'write', bulk: 'read' }, ({ watchlist }) => {
      for (const p of Object.values(watchlist)) p.unread = true;
    });
    expect(sets.map((s) => Object.keys(s).sort())).toEqual([['listHead$', 'listIndex$', 'watchlist$'], ['listHead', 'listIndex', 'watchlist']]);
  });

  it('gives the handler only the parts it loaded', async () => {
    await transaction({ poll: 'read' }, (draft) => {
      // @ts-expect-error the watchlist was not loaded
      expect(draft.watchlist).toBeUndefined();
      // @ts-expect-error opened for reading
      draft.poll.failures = 1;
    });
    expect(sets).toEqual([]);
  });
});
