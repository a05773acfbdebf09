// @vitest-environment node
// The popup's list index: written in the same storage.local.set as the watchlist, rebuilt when missing
// or stale, and never trusted when it does not match the watchlist's revision.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureListIndex, readListIndex, readWatchlist, watchlistItem } from '@/utils/watchlist/store';
import { updateWatchlist } from '@/utils/background/transaction';
import { summarisePin } from '@/utils/watchlist/summary';
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
    expect(sets.map((w) => Object.keys(w).sort())).toEqual([['listIndex$', 'watchlist$'], ['listIndex', 'watchlist']]);
    expect(sets[1]!.listIndex.rev).toBe(sets[0]!['watchlist$'].rev);

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
