// @vitest-environment node
// Storage at scale and under corruption: a 2,000-shipment watchlist fits Chrome's storage.local quota and
// loads quickly (figures printed, not asserted against time); corrupt values are reported and set aside
// without touching the rest; export then import gives back the same watchlist.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SEED } from '@/sandbox/seed-data';
import type { Shipment, TrackingEvent } from '@/utils/shipments/types';
import type { PinnedShipment } from '@/utils/watchlist/model';
import { pinKey } from '@/utils/watchlist/model';
import { lookup } from '@/utils/background/lookup';
import { pollRun } from '@/utils/background/poll/poller';
import { runBulk, startBulk } from '@/utils/background/bulk/bulk';
import { status } from '@/utils/background/status-reply';
import { transaction } from '@/utils/background/transaction';
import { commit } from '@/utils/storage/commit';
import { quarantineItem, storageProblemsItem } from '@/utils/storage/problems';
import { readPollState } from '@/utils/background/poll/poll-state';
import { readSettings } from '@/utils/settings/store';
import { readWatchlist, watchlistWrite } from '@/utils/watchlist/store';
import { sortedWatchlist, type Watchlist } from '@/utils/watchlist/model';
import { storage } from 'wxt/utils/storage';
import { buildCsv } from '@/utils/ui/export-build';
import { parseImport } from '@/utils/ui/import-parse';
import { configure, DEMO_KEYS, pinnedWatchlist, stubMissingApis } from '../background/helpers';
import { useBackgroundHarness } from '../harness';

const sb = useBackgroundHarness();

/** Chrome's storage.local quota without the unlimitedStorage permission (chrome.storage.local.QUOTA_BYTES). */
const CHROME_QUOTA_BYTES = 10 * 1024 * 1024;

/** Chrome counts each item as the JSON of its value plus the length of its key. */
function storedBytes(items: Record<string, unknown>): number {
  return Object.entries(items).reduce((n, [k, v]) => n + k.length + Buffer.byteLength(JSON.stringify(v)), 0);
}

/** A realistic shipment: the sandbox's own reply for a long international parcel, grown to `events` events. */
async function realisticShipment(events: number): Promise<Shipment> {
  await startBulk([{ number: 'TPS0000001', carrier: 'dhl' }]);
  await runBulk();
  sb.advance(24 * 6); // the generated history has reached delivery: all its steps are there
  const base = (await lookup({ number: 'TPS0000001', carrier: 'dhl', refresh: true })).shipment;
  expect(base.events.length).toBeGreaterThanOrEqual(8);
  const grown: TrackingEvent[] = [];
  for (let i = 0; i < events; i++) {
    const e = base.events[i % base.events.length]!;
    grown.push({ ...e, date: `2026-11-${String(10 + Math.floor(i / 2)).padStart(2, '0')} ${String(8 + i).padStart(2, '0')}:15`, description: `${e.description} (${i + 1})` });
  }
  const origin = base.origin ? { ...base.origin, events: grown.filter((e) => e.leg === 'origin') } : null;
  const destination = base.destination ? { ...base.destination, events: grown.filter((e) => e.leg === 'destination') } : null;
  return { ...base, events: grown, origin, destination, title: 'Winter jacket, size M — order 4471-2209' };
}

function pinsFrom(template: Shipment, count: number): Watchlist {
  const list: Watchlist = {};
  for (let i = 0; i < count; i++) {
    const number = `JD${String(1000000000000000 + i * 7919).slice(0, 16)}`;
    const key = pinKey('dhl', number);
    list[key] = {
      key,
      number,
      carrier: 'dhl',
      kind: 'parcel',
      pinnedAt: 1_790_000_000_000 + i * 60_000,
      title: i % 3 === 0 ? `Order #${10_000 + i} — headphones` : null,
      notes: i % 10 === 0 ? 'Leave with the neighbour at no. 12 if nobody is home.' : null,
      shipment: { ...template, id: `9eee8f3e${i.toString(16).padStart(8, '0')}`, number },
      lastCheckedAt: 1_790_000_500_000,
      lastError: null,
      unread: i % 7 === 0,
      archived: false,
    };
  }
  return list;
}

describe('a 2,000-shipment watchlist', () => {
  it('stays within storage.local limits and loads quickly', async () => {
    const template = await realisticShipment(10);
    expect(template.events).toHaveLength(10);
    const list = pinsFrom(template, 2000);
    await commit(watchlistWrite(list));

    const all = (await fakeBrowser.storage.local.get(null)) as Record<string, unknown>;
    const bytes = storedBytes(all);
    const perShipment = bytes / 2000;
    const t0 = performance.now();
    const loaded = await readWatchlist();
    const readMs = performance.now() - t0;
    const t1 = performance.now();
    const sorted = sortedWatchlist(loaded);
    const sortMs = performance.now() - t1;
    console.info(
      `[storage] 2000 pinned shipments x 10 events: ${(bytes / 1024 / 1024).toFixed(2)} MiB of ${(CHROME_QUOTA_BYTES / 1024 / 1024).toFixed(0)} MiB ` +
        `(${(perShipment / 1024).toFixed(1)} KiB each as stored); readWatchlist ${readMs.toFixed(0)} ms, sort ${sortMs.toFixed(1)} ms`,
    );
    expect(bytes).toBeLessThan(CHROME_QUOTA_BYTES);
    // Room for the rest (cache, poll run, bulk queue) and for growth.
    expect(bytes).toBeLessThan(CHROME_QUOTA_BYTES * 0.8);
    expect(Object.keys(loaded)).toHaveLength(2000);
    expect(sorted[0]?.pinnedAt).toBeGreaterThan(sorted[1999]!.pinnedAt);
    expect(loaded[Object.keys(list)[5]!]).toEqual(list[Object.keys(list)[5]!]);
  });
});

describe('the stored form of a shipment', () => {
  it('restores exactly what was saved, including leg events missing from the merged list and air waybills', async () => {
    const template = await realisticShipment(6);
    const odd = { ...template.events[0]!, description: 'Only on the origin leg' };
    const shipment: Shipment = { ...template, origin: { ...template.origin!, events: [odd, ...template.origin!.events] } };
    const awb = (await lookup({ number: SEED.awb })).shipment;
    const list = pinsFrom(shipment, 2);
    const awbKey = pinKey('172', SEED.awb);
    list[awbKey] = { ...Object.values(list)[0]!, key: awbKey, number: SEED.awb, carrier: '172', kind: 'awb', shipment: awb };
    await commit(watchlistWrite(list));
    expect(await readWatchlist()).toEqual(list);
    expect(await storageProblemsItem.getValue()).toEqual([]);
  });
});

describe('corrupt stored values', () => {
  it('a corrupt pinned entry is reported and set aside; the others survive a poll and later writes', async () => {
    const before = await pinnedWatchlist(sb, 5);
    const raw = (await fakeBrowser.storage.local.get('watchlist')) as { watchlist: Record<string, unknown> };
    raw.watchlist['dhl:BROKEN'] = { key: 'dhl:BROKEN', number: 42, carrier: null };
    await fakeBrowser.storage.local.set({ watchlist: raw.watchlist });

    expect(await pollRun()).toBe('done');
    const after = await readWatchlist();
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    const problems = await storageProblemsItem.getValue();
    expect(problems.map((p) => p.message)).toContain('Pinned shipment "dhl:BROKEN" was unreadable; it was set aside.');
    const quarantined = Object.entries(await quarantineItem.getValue());
    expect(quarantined.some(([k, v]) => k.startsWith('watchlist@') && JSON.stringify(v).includes('"number":42'))).toBe(true);
    expect((await status()).pinned).toBe(6);
  });

  it('a pinned entry whose shipment data is damaged keeps polling working for everyone', async () => {
    await pinnedWatchlist(sb, 5);
    sb.advance(7);
    const raw = (await fakeBrowser.storage.local.get('watchlist')) as { watchlist: Record<string, PinnedShipment> };
    const ups = `ups:${SEED.ups}`;
    // Half-written or hand-edited: the shipment has no events list and no carrier object.
    (raw.watchlist[ups] as unknown as { shipment: object }).shipment = { number: SEED.ups, status: 'transit', events: 'oops' };
    await fakeBrowser.storage.local.set({ watchlist: raw.watchlist });

    expect(await pollRun()).toBe('done');
    const after = await readWatchlist();
    expect(Object.keys(after)).toHaveLength(6);
    // The damaged entry got fresh, whole data; the damage was reported.
    expect(after[ups]?.shipment?.status).toBe('pickup');
    expect(Array.isArray(after[ups]?.shipment?.events)).toBe(true);
    expect((await storageProblemsItem.getValue()).some((p) => p.message.includes(ups))).toBe(true);
    expect((await readPollState()).lastPollError).toBeNull();
  });

  it('corrupt settings, poll state and bulk progress are reported or reset without wiping the watchlist', async () => {
    const before = await pinnedWatchlist(sb, 3);
    await fakeBrowser.storage.local.set({ settings: { ...(await readSettings()), pollMinutes: 'often', notify: 7 }, pollState: 'garbage', bulkProgress: 12, bulkQueue: { pending: 'x' } });
    const s = await readSettings();
    expect(s.apiKey).toBe(DEMO_KEYS.trackingmore); // the good fields are kept
    expect(s.pollMinutes).toBe(30);
    expect(await pollRun()).toBe('done');
    expect(Object.keys(await readWatchlist()).sort()).toEqual(Object.keys(before).sort());
    const messages = (await storageProblemsItem.getValue()).map((p) => p.message);
    expect(messages).toEqual(expect.arrayContaining([
      'Setting "pollMinutes" was invalid; its default is used.',
      'Setting "notify" was invalid; its default is used.',
      'The polling state was unreadable; it was reset.',
    ]));
    // A new import starts despite the unreadable old progress.
    await configure(sb, { apiKey: DEMO_KEYS.empty });
    await startBulk([{ number: 'TPC0000001', carrier: 'dhl' }]);
    await runBulk();
    expect(Object.keys(await readWatchlist())).toHaveLength(5);
  });
});

describe('export then import', () => {
  it('the exported CSV, imported again into an empty profile, gives back the same keys and titles', async () => {
    await configure(sb, { apiKey: DEMO_KEYS.empty });
    const entries = [
      { number: SEED.ups, carrier: 'ups', title: 'Mechanical keyboard' },
      { number: 'TPE0000001', carrier: 'dhl', title: 'Zimowa kurtka, rozmiar M' },
      { number: 'TPE0000002', carrier: 'dhl', title: 'Наушники "Pro", чёрные' },
      { number: 'TPE0000003', carrier: 'dhl', title: 'Comma, "quotes"; and\nnewline' },
      { number: 'TPE0000004', carrier: 'dhl' },
      { number: SEED.awb, carrier: '172', title: 'Air freight' },
    ];
    await startBulk(entries);
    await runBulk();
    const original = await readWatchlist();
    expect(Object.keys(original)).toHaveLength(entries.length);

    const csv = buildCsv(sortedWatchlist(original));
    fakeBrowser.reset();
    stubMissingApis();
    sb.reset();
    await configure(sb, { apiKey: DEMO_KEYS.empty });
    const parsed = parseImport(csv);
    expect(parsed.rejected).toEqual([]);
    await startBulk(parsed.entries);
    await runBulk();
    const restored = await readWatchlist();
    const view = (l: Watchlist) => Object.values(l).map((p) => [p.key, p.title]).sort();
    expect(view(restored)).toEqual(view(original));
  });
});

describe('writes are all-or-nothing', () => {
  it('a change that throws halfway saves nothing', async () => {
    const before = await pinnedWatchlist(sb, 3);
    await expect(
      transaction({ watchlist: 'write', poll: 'write' }, ({ watchlist, poll }) => {
        delete watchlist[Object.keys(watchlist)[0]!];
        poll.failures = 99;
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(Object.keys(await readWatchlist())).toHaveLength(Object.keys(before).length);
    expect((await readPollState()).failures).toBe(0);
  });
});
