// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { quarantineItem, storageProblemsItem } from '@/utils/storage/problems';
import { readSettings } from '@/utils/settings/store';
import { readWatchlist, watchlistItem } from '@/utils/watchlist/store';
import { WATCHLIST_VERSION } from '@/utils/watchlist/migrations';
import { DEFAULT_SETTINGS } from '@/utils/settings/model';
import type { PinnedShipment } from '@/utils/watchlist/model';
import { packShipment } from '@/utils/shipments/pack';
import { deliveryWindow } from '@/utils/ui/eta';
import { parcel, pinned } from '../components/fixtures';

function v1Pin(i: number): Partial<PinnedShipment> {
  // What the first release stored: an array, some fields not yet present.
  return { key: `dhl:TPV${i}`, number: `TPV${i}`, carrier: 'dhl', pinnedAt: 1000 + i, title: i === 0 ? 'Shoes' : null, shipment: null };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('watchlist store', () => {
  it('migrates a version-1 watchlist (array) to the current version keeping every pinned shipment', async () => {
    const v1 = Array.from({ length: 25 }, (_, i) => v1Pin(i));
    await fakeBrowser.storage.local.set({ watchlist: v1 }); // no version meta: version 1
    await watchlistItem.migrate();
    const stored = (await fakeBrowser.storage.local.get(['watchlist', 'watchlist$'])) as Record<string, unknown>;
    expect(stored['watchlist$']).toEqual({ v: WATCHLIST_VERSION });
    const list = await readWatchlist();
    expect(Object.keys(list)).toHaveLength(25);
    expect(list['dhl:TPV0']).toMatchObject({ number: 'TPV0', carrier: 'dhl', title: 'Shoes', unread: false, archived: false, notes: null });
    // Running the migration again changes nothing.
    await fakeBrowser.storage.local.set({ 'watchlist$': { v: 1 } });
    await watchlistItem.migrate();
    expect(Object.keys(await readWatchlist())).toHaveLength(25);
  });

  it('reads a v5 pin stored before the expected delivery day existed as it was (optional field, no migration)', async () => {
    const { expectedDelivery: _, ...before } = parcel();
    const old = pinned(before as ReturnType<typeof parcel>);
    await fakeBrowser.storage.local.set({ watchlist: { [old.key]: { ...old, shipment: packShipment(old.shipment!) } }, 'watchlist$': { v: 5 } });
    await watchlistItem.migrate();
    const read = (await readWatchlist())[old.key]!;
    expect(read.shipment).toEqual(old.shipment);
    expect('expectedDelivery' in read.shipment!).toBe(false);
    expect(deliveryWindow(read.shipment!, null)).toBeNull();
    expect(await quarantineItem.getValue()).toEqual({});
    // A pin saved now keeps its day through the stored (packed) form.
    const now = pinned(parcel({ expectedDelivery: '2026-12-03' }));
    await fakeBrowser.storage.local.set({ watchlist: { [now.key]: { ...now, shipment: packShipment(now.shipment!) } } });
    expect((await readWatchlist())[now.key]!.shipment!.expectedDelivery).toBe('2026-12-03');
  });

  it('sets a corrupt pinned entry aside and reports it, keeping the others', async () => {
    await fakeBrowser.storage.local.set({
      watchlist: { 'dhl:A1': v1Pin(1), broken: { number: 42 }, 'dhl:A2': v1Pin(2) },
      'watchlist$': { v: 2 },
      settings: { ...DEFAULT_SETTINGS, apiKey: 'k' },
    });
    const list = await readWatchlist();
    expect(Object.keys(list).sort()).toEqual(['dhl:TPV1', 'dhl:TPV2']);
    const problems = await storageProblemsItem.getValue();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/broken/);
    expect(Object.values(await quarantineItem.getValue())).toContainEqual({ number: 42 });
    // Other items are untouched.
    expect((await readSettings()).apiKey).toBe('k');
  });
});
