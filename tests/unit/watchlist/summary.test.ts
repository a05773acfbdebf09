// @vitest-environment node
// The popup's list index: written in the same storage.local.set as the watchlist, rebuilt when missing
// or stale, and never trusted when it does not match the watchlist's revision.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureListIndex, readListHead, readListIndex, readWatchlist, watchlistItem } from '@/utils/watchlist/store';
import { updateWatchlist } from '@/utils/background/transaction';
import { LIST_HEAD_ROWS, summarisePin } from '@/utils/watchlist/summary';
import { filterPinned, statusCounts } from '@/utils/watchlist/view';
import { parcel, pinned } from '../components/fixtures';

beforeEach(() => {
  fakeBrowser.reset();
  // The badge update after a watchlist write needs the action API, which fakeBrowser lacks.
  (fakeBrowser as unknown as { action: object }).action = { setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {} };
});

const stored = async (...keys: string[]) => (await fakeBrowser.storage.local.get(keys)) as Record<string, any>;

describe('list index', () => {
  it('is written in the same storage write as the watchlist, after the revision meta, and matches it', async () => {
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set');
    const a = pinned(parcel({ number: '1Z999AA10123456784', carrier: { code: 'ups', name: 'UPS' }, status: 'delivered' }), { title: 'Shoes', unread: true });
    await updateWatchlist((watchlist) => {
      watchlist[a.key] = a;
    });
    const sets = spy.mock.calls.map(([w]) => w as Record<string, any>);
    spy.mockRestore();
    // The meta (WXT's own key, written through setMetas) first, then watchlist and index in one set.
    expect(sets.map((w) => Object.keys(w).sort())).toEqual([['listHead$', 'listIndex$', 'watchlist$'], ['listHead', 'listIndex', 'watchlist']]);
    expect(sets[1]!.listIndex.rev).toBe(sets[0]!['watchlist$'].rev);
    expect(sets[1]!.listHead.rev).toBe(sets[0]!['watchlist$'].rev);

    const pins = await readListIndex();
    expect(pins).toHaveLength(1);
    expect(pins![0]).toMatchObject({ key: a.key, title: 'Shoes', status: 'delivered', unread: true, carrierName: 'UPS' });
    expect(pins![0]!.lastEvent?.description).toBe('Out for delivery');
    expect(pins).toEqual(Object.values(await readWatchlist()).map(summarisePin));
  });

  it('is not trusted once the watchlist was written without it, and is then rebuilt', async () => {
    const a = pinned(parcel({ number: 'RB10000000CN', carrier: { code: 'china-post', name: 'China Post' } }));
    await updateWatchlist((watchlist) => {
      watchlist[a.key] = a;
    });
    expect(await readListIndex()).toHaveLength(1);
    // Something else (an older version, a restore) rewrites the watchlist alone.
    const raw = (await stored('watchlist')).watchlist;
    const b = pinned(null, { number: 'RR123456785CN', carrier: 'china-post' });
    await fakeBrowser.storage.local.set({ watchlist: { ...raw, [b.key]: b }, 'watchlist$': { v: 2 } });
    expect(await readListIndex()).toBeNull();

    expect(await ensureListIndex()).toBe(true);
    expect((await readListIndex())!.map((p) => p.key).sort()).toEqual([a.key, b.key].sort());
    expect(await ensureListIndex()).toBe(false); // current: nothing to do
  });

  it('is built on upgrade from a version-1 watchlist that never had one', async () => {
    const v1 = Array.from({ length: 5 }, (_, i) => ({ key: `dhl:TPV${i}`, number: `TPV${i}`, carrier: 'dhl', pinnedAt: 1000 + i, title: null, shipment: null }));
    await fakeBrowser.storage.local.set({ watchlist: v1 }); // no meta, no index: version 1
    expect(await readListIndex()).toBeNull();
    await ensureListIndex();
    const pins = await readListIndex();
    expect(pins!.map((p) => p.number)).toEqual(['TPV4', 'TPV3', 'TPV2', 'TPV1', 'TPV0']);
    expect(pins!.every((p) => p.status === 'pending')).toBe(true);
    expect((await stored('watchlist$'))['watchlist$'].v).toBe(5);
  });

  it('rejects a malformed index', async () => {
    await fakeBrowser.storage.local.set({ listIndex: { rev: 'x', pins: [{ key: 1 }] }, 'watchlist$': { v: 2, rev: 'x' } });
    expect(await readListIndex()).toBeNull();
  });
});

describe('list head (the first screen)', () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      pinned(parcel({ number: `RB${10_000_000 + i}CN`, carrier: { code: 'china-post', name: 'China Post' }, status: i % 3 ? 'transit' : 'delivered' }), {
        pinnedAt: 1_700_000_000_000 + i * 60_000,
        archived: i === 5,
      }),
    );

  it('holds the rows and counts the popup shows first, in its order, and follows every write', async () => {
    const pins = many(30);
    await updateWatchlist((watchlist) => {
      for (const p of pins) watchlist[p.key] = p;
    });
    const index = (await readListIndex())!;
    const head = (await readListHead())!;
    expect(head.rows).toEqual(filterPinned(index, 'all', '').slice(0, LIST_HEAD_ROWS));
    expect(head.rows).toHaveLength(LIST_HEAD_ROWS);
    expect(head.counts).toEqual(statusCounts(index));
    expect(head.counts.all).toBe(29); // the archived one is not counted
    await updateWatchlist((watchlist) => {
      delete watchlist[head.rows[0]!.key];
    });
    const next = (await readListHead())!;
    expect(next.rows.map((r) => r.key)).not.toContain(head.rows[0]!.key);
    expect(next.counts.all).toBe(28);
  });

  it('is added on upgrade from a store with an index but no head (list-head v1), keeping every pin', async () => {
    const pins = many(3);
    await updateWatchlist((watchlist) => {
      for (const p of pins) watchlist[p.key] = p;
    });
    // The shape before the head: drop it, as a build without it left storage.
    await fakeBrowser.storage.local.remove(['listHead', 'listHead$']);
    const before = await readWatchlist();
    expect(await readListIndex()).toHaveLength(3);
    expect(await readListHead()).toBeNull();
    expect(await ensureListIndex()).toBe(true);
    expect((await readListHead())!.rows.map((r) => r.key).sort()).toEqual(pins.map((p) => p.key).sort());
    expect(await readWatchlist()).toEqual(before);
    expect(await ensureListIndex()).toBe(false);
  });

  it('is not trusted when stale or malformed', async () => {
    await fakeBrowser.storage.local.set({ listHead: { rev: 'x', rows: [], counts: { all: 0 } }, 'watchlist$': { v: 5, rev: 'y' } });
    expect(await readListHead()).toBeNull();
    await fakeBrowser.storage.local.set({ listHead: { rev: 'y', rows: [{ key: 1 }], counts: { all: 1 } } });
    expect(await readListHead()).toBeNull();
  });
});
