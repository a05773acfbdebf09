// @vitest-environment node
// Auto-archive with a fake clock: delivered parcels leave the list N days after the delivery the data
// gives (else after Trackpin first saw them delivered), a restored one gets N days afresh, the setting
// 0 means never; the background sweep keeps archived pins out of the poll and restore brings them back.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { autoArchive, DAY_MS, deliveredAtWall } from '@/utils/watchlist/lifecycle';
import type { Watchlist } from '@/utils/watchlist/model';
import { readWatchlist } from '@/utils/watchlist/store';
import { writeSettings, readSettings } from '@/utils/settings/store';
import { ARCHIVE_ALARM, restore, runAutoArchive } from '@/utils/background/archive';
import { isActive } from '@/utils/background/poll/plan';
import { registerBackground } from '@/utils/background/lifecycle';
import { saveSettings } from '@/utils/background/settings-ops';
import { updateWatchlist } from '@/utils/background/transaction';
import { event, parcel, pinned } from '../components/fixtures';
import { useBackgroundHarness } from '../harness';

/** Delivered on 2026-11-20 at 09:15 (zone-less: the carrier's wall clock, read as UTC in tests). */
const deliveredParcel = (number = 'TPD0000001') =>
  parcel({
    number,
    status: 'delivered',
    events: [
      event({ date: '2026-11-20 09:15', description: 'Delivered', status: 'delivered', milestone: 'delivered' }),
      event({ date: '2026-11-19 08:00', description: 'Out for delivery', milestone: 'out-for-delivery' }),
    ],
  });
const at = (iso: string) => Date.parse(iso);
const listOf = (...pins: ReturnType<typeof pinned>[]): Watchlist => Object.fromEntries(pins.map((p) => [p.key, p]));

describe('auto-archive (pure, fake clock)', () => {
  it('reads the delivery time from the newest delivered checkpoint', () => {
    expect(deliveredAtWall(deliveredParcel())).toBe(Date.UTC(2026, 10, 20, 9, 15));
    expect(deliveredAtWall(parcel())).toBeNull();
  });

  it('archives a parcel 7 days after its delivery date, not a minute before, and leaves the others', () => {
    const list = listOf(pinned(deliveredParcel(), { unread: true }), pinned(parcel({ number: 'TPT0000001' })));
    const [key, moving] = Object.keys(list) as [string, string];
    expect(autoArchive(list, at('2026-11-27T09:14:00Z'), 7)).toEqual([]);
    expect(list[key]!.archived).toBe(false);
    expect(autoArchive(list, at('2026-11-27T09:15:00Z'), 7)).toEqual([key]);
    expect(list[key]).toMatchObject({ archived: true, archivedAt: at('2026-11-27T09:15:00Z'), unread: false });
    expect(list[moving]!.archived).toBe(false);
  });

  it('without a delivery date in the data, counts from when a sweep first saw it delivered', () => {
    const shipment = { ...parcel({ number: 'TPM0000001' }), status: 'delivered' as const }; // marked by hand: no delivered event
    const list = listOf(pinned(shipment));
    const key = Object.keys(list)[0]!;
    const first = at('2026-12-01T12:00:00Z');
    expect(autoArchive(list, first, 3)).toEqual([]);
    expect(list[key]!.deliveredSeenAt).toBe(first);
    expect(autoArchive(list, first + 3 * DAY_MS - 60_000, 3)).toEqual([]);
    expect(list[key]!.deliveredSeenAt).toBe(first); // the first sighting stays
    expect(autoArchive(list, first + 3 * DAY_MS, 3)).toEqual([key]);
  });

  it('forgets the first sighting when the parcel is no longer delivered (status reverted)', () => {
    const list = listOf(pinned(parcel({ number: 'TPR0000001' }), { deliveredSeenAt: at('2026-11-01T00:00:00Z') }));
    autoArchive(list, at('2026-12-01T00:00:00Z'), 7);
    expect(Object.values(list)[0]!.deliveredSeenAt).toBeNull();
    expect(Object.values(list)[0]!.archived).toBe(false);
  });

  it('a parcel pinned after its delivery stays N days from the pin', () => {
    const pinnedAt = at('2026-12-01T08:00:00Z'); // 11 days after delivery
    const list = listOf(pinned(deliveredParcel(), { pinnedAt }));
    expect(autoArchive(list, pinnedAt + DAY_MS, 7)).toEqual([]);
    expect(autoArchive(list, pinnedAt + 7 * DAY_MS, 7)).toHaveLength(1);
  });

  it('gives a restored parcel N days afresh, and never archives with the setting at 0', () => {
    const restoredAt = at('2026-12-01T10:00:00Z');
    const list = listOf(pinned(deliveredParcel(), { restoredAt }));
    expect(autoArchive(list, restoredAt + 6 * DAY_MS, 7)).toEqual([]);
    expect(autoArchive(listOf(pinned(deliveredParcel())), at('2027-06-01T00:00:00Z'), 0)).toEqual([]);
    expect(autoArchive(list, restoredAt + 7 * DAY_MS, 7)).toHaveLength(1);
  });
});

describe('auto-archive in the background', () => {
  useBackgroundHarness({ settings: { autoArchiveDays: 7 } });
  afterEach(() => vi.useRealTimers());

  async function seed() {
    const delivered = pinned(deliveredParcel());
    const moving = pinned(parcel({ number: 'TPT0000002' }));
    await updateWatchlist((w) => Object.assign(w, listOf(delivered, moving)));
    return { delivered: delivered.key, moving: moving.key };
  }

  it('archives on the sweep, keeps archived pins out of the poll, and restore brings them back for 7 more days', async () => {
    const keys = await seed();
    expect((await runAutoArchive(at('2026-11-26T00:00:00Z'))).archived).toEqual([]);
    expect((await runAutoArchive(at('2026-11-28T00:00:00Z'))).archived).toEqual([keys.delivered]);
    let list = await readWatchlist();
    expect(list[keys.delivered]?.archived).toBe(true);
    expect(isActive(list[keys.delivered]!)).toBe(false);
    expect(isActive(list[keys.moving]!)).toBe(true);

    expect(await restore([keys.delivered], at('2026-11-29T00:00:00Z'))).toEqual({ restored: 1 });
    list = await readWatchlist();
    expect(list[keys.delivered]).toMatchObject({ archived: false, archivedAt: null, restoredAt: at('2026-11-29T00:00:00Z') });
    // The next daily sweep leaves it alone until 7 days after the restore.
    expect((await runAutoArchive(at('2026-12-05T00:00:00Z'))).archived).toEqual([]);
    expect((await runAutoArchive(at('2026-12-06T00:00:00Z'))).archived).toEqual([keys.delivered]);
  });

  it('runs on every worker start, keeps one daily alarm, and runs again when the setting changes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at('2026-11-25T00:00:00Z')); // 5 days after delivery
    const keys = await seed();
    registerBackground();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(ARCHIVE_ALARM)).toMatchObject({ periodInMinutes: 1440 }));
    expect((await readWatchlist())[keys.delivered]?.archived).toBe(false);
    // The user shortens it to 3 days: the parcel delivered 5 days ago goes at once.
    await saveSettings({ autoArchiveDays: 3 }, async (next, previous) => {
      if (next.autoArchiveDays !== previous.autoArchiveDays) await runAutoArchive();
    });
    expect((await readSettings()).autoArchiveDays).toBe(3);
    expect((await readWatchlist())[keys.delivered]?.archived).toBe(true);
    // Its daily alarm, when it fires, archives what became due since.
    await restore([keys.delivered], Date.now() - 4 * DAY_MS);
    await fakeBrowser.alarms.onAlarm.trigger({ name: ARCHIVE_ALARM, scheduledTime: Date.now() } as never);
    await vi.waitFor(async () => expect((await readWatchlist())[keys.delivered]?.archived).toBe(true));
  });

  it('reads stored settings without the field as 7 days', async () => {
    await fakeBrowser.storage.local.remove('settings');
    await writeSettings({ ...(await readSettings()) });
    const stored = (await fakeBrowser.storage.local.get('settings')).settings as Record<string, unknown>;
    delete stored.autoArchiveDays;
    await fakeBrowser.storage.local.set({ settings: stored });
    expect((await readSettings()).autoArchiveDays).toBe(7);
  });
});
