// @vitest-environment node
// Pins in storage.sync: the merge rule (newest change per key wins, unpins are tombstones, ties go to the
// unpin), its determinism, the quota (chunked under every limit; beyond it the newest are synced and the
// count says so), and two browsers sharing one sync area through the background's sync run.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyDoc, emptyDoc, localDoc, mergeDocs, prune, TOMBSTONE_MS, type SyncDoc, type SyncPin } from '@/utils/watchlist/sync';
import { decodeDoc, encodeDoc, SYNC_QUOTA } from '@/utils/watchlist/sync-chunks';
import { newPin, type Watchlist } from '@/utils/watchlist/model';
import { readWatchlist } from '@/utils/watchlist/store';
import { readSyncStatus, syncRun, SYNC_WRITES_PER_MINUTE } from '@/utils/background/sync';
import { updateWatchlist } from '@/utils/background/transaction';
import { edit, unpin } from '@/utils/background/pins';
import { useBackgroundHarness } from '../harness';

const T0 = Date.parse('2026-12-01T10:00:00Z');
const sp = (t: number, title: string | null = null, partial: Partial<SyncPin> = {}): SyncPin => ({ kind: 'parcel', title, notes: null, archived: false, pinnedAt: T0, t, ...partial });
const doc = (pins: Record<string, SyncPin> = {}, gone: Record<string, number> = {}): SyncDoc => ({ pins, gone });
const watchlistOf = (n: number, prefix = 'TPS'): Watchlist =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => {
      const p = newPin({ number: `${prefix}${String(i).padStart(7, '0')}`, carrier: 'dhl', kind: 'parcel', title: `Order ${i}` }, T0 + i * 1000);
      return [p.key, p];
    }),
  );
const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v)).length;

describe('sync merge rule', () => {
  it('keeps the newest change per pin, whichever side it is on', () => {
    const a = doc({ 'dhl:1': sp(T0 + 5, 'new title'), 'dhl:2': sp(T0, 'old') });
    const b = doc({ 'dhl:1': sp(T0, 'old title'), 'dhl:2': sp(T0 + 9, 'edited elsewhere'), 'ups:3': sp(T0) });
    const m = mergeDocs(a, b);
    expect(m.pins['dhl:1']!.title).toBe('new title');
    expect(m.pins['dhl:2']!.title).toBe('edited elsewhere');
    expect(Object.keys(m.pins).sort()).toEqual(['dhl:1', 'dhl:2', 'ups:3']);
  });

  it('an unpin (tombstone) beats older versions and loses to a later re-pin; a tie goes to the unpin', () => {
    expect(mergeDocs(doc({ 'dhl:1': sp(T0) }), doc({}, { 'dhl:1': T0 + 1 })).pins['dhl:1']).toBeUndefined();
    expect(mergeDocs(doc({ 'dhl:1': sp(T0 + 2, 'again') }), doc({}, { 'dhl:1': T0 + 1 })).pins['dhl:1']!.title).toBe('again');
    expect(mergeDocs(doc({ 'dhl:1': sp(T0) }), doc({}, { 'dhl:1': T0 })).pins['dhl:1']).toBeUndefined();
  });

  it('is commutative, associative and idempotent, so every browser ends with the same list', () => {
    const key = fc.constantFrom('dhl:1', 'dhl:2', 'ups:3');
    const pin = fc.record({ kind: fc.constantFrom('parcel' as const, 'awb' as const), title: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }), notes: fc.constant(null), archived: fc.boolean(), pinnedAt: fc.constant(T0), t: fc.integer({ min: 0, max: 5 }) });
    const aDoc = fc.record({ pins: fc.dictionary(key, pin), gone: fc.dictionary(key, fc.integer({ min: 0, max: 5 })) });
    fc.assert(
      fc.property(aDoc, aDoc, aDoc, (a, b, c) => {
        expect(mergeDocs(a, b)).toEqual(mergeDocs(b, a));
        expect(mergeDocs(mergeDocs(a, b), c)).toEqual(mergeDocs(a, mergeDocs(b, c)));
        expect(mergeDocs(mergeDocs(a, b), b)).toEqual(mergeDocs(a, b));
      }),
    );
  });

  it('stamps only what changed since the last merge, and unpins become tombstones that expire after 30 days', () => {
    const list = watchlistOf(2);
    const [k0, k1] = Object.keys(list) as [string, string];
    const base = localDoc(list, emptyDoc(), T0);
    list[k0] = { ...list[k0]!, notes: 'ring twice' };
    delete list[k1];
    const next = localDoc(list, base, T0 + 60_000);
    expect(next.pins[k0]).toMatchObject({ notes: 'ring twice', t: T0 + 60_000 });
    expect(next.gone).toEqual({ [k1]: T0 + 60_000 });
    expect(localDoc(list, next, T0 + 120_000).pins[k0]!.t).toBe(T0 + 60_000); // unchanged: same stamp
    expect(prune(next, T0 + 60_000 + TOMBSTONE_MS).gone).toEqual({});
  });

  it('applies a merged list: adds pins without data (the next poll fetches them), updates titles and archive, removes tombstoned', () => {
    const list = watchlistOf(2);
    const [k0, k1] = Object.keys(list) as [string, string];
    const merged = doc({ [k0]: sp(T0 + 1, 'Renamed', { archived: true }), 'ups:1Z999AA10123456784': sp(T0 + 2, 'Keyboard') }, { [k1]: T0 + 3 });
    expect(applyDoc(list, merged, T0 + 10)).toBe(3);
    expect(list[k0]).toMatchObject({ title: 'Renamed', archived: true, archivedAt: T0 + 10 });
    expect(list[k1]).toBeUndefined();
    expect(list['ups:1Z999AA10123456784']).toMatchObject({ number: '1Z999AA10123456784', carrier: 'ups', title: 'Keyboard', shipment: null, lastCheckedAt: null });
  });
});

describe('sync items and quota', () => {
  it('round-trips through items, each under QUOTA_BYTES_PER_ITEM, tombstones included', () => {
    const d = localDoc(watchlistOf(50), emptyDoc(), T0);
    d.gone['dhl:GONE0001'] = T0;
    const enc = encodeDoc(d);
    expect(enc).toMatchObject({ synced: 50, total: 50 });
    for (const [k, v] of Object.entries(enc.items)) expect(k.length + bytes(v)).toBeLessThanOrEqual(SYNC_QUOTA.QUOTA_BYTES_PER_ITEM);
    expect(decodeDoc(enc.items)).toEqual(d);
  });

  it('beyond the quota syncs the newest pins, says how many of how many, and stays under every limit', () => {
    const list = watchlistOf(2000);
    for (const p of Object.values(list)) p.notes = 'Leave it with the neighbour at number 12 if nobody is home.';
    const enc = encodeDoc(localDoc(list, emptyDoc(), T0));
    expect(enc.total).toBe(2000);
    expect(enc.synced).toBeGreaterThan(500);
    expect(enc.synced).toBeLessThan(2000);
    const total = Object.entries(enc.items).reduce((n, [k, v]) => n + k.length + bytes(v), 0);
    expect(total).toBeLessThanOrEqual(SYNC_QUOTA.QUOTA_BYTES);
    expect(Object.keys(enc.items).length).toBeLessThanOrEqual(SYNC_QUOTA.MAX_ITEMS);
    for (const [k, v] of Object.entries(enc.items)) expect(k.length + bytes(v)).toBeLessThanOrEqual(SYNC_QUOTA.QUOTA_BYTES_PER_ITEM);
    // The newest pins (highest pin time) are the synced ones.
    const synced = Object.values(decodeDoc(enc.items).pins).map((p) => p.pinnedAt);
    expect(Math.min(...synced)).toBe(T0 + (2000 - enc.synced) * 1000);
  });

  it('a small quota keeps tombstones before pins', () => {
    const d = localDoc(watchlistOf(30), emptyDoc(), T0);
    d.gone['dhl:UNPINNED1'] = T0 + 5;
    const enc = encodeDoc(d, { QUOTA_BYTES: 1500, QUOTA_BYTES_PER_ITEM: 600, MAX_ITEMS: 10 });
    const back = decodeDoc(enc.items);
    expect(back.gone).toEqual({ 'dhl:UNPINNED1': T0 + 5 });
    expect(enc.synced).toBeLessThan(30);
    expect(Object.keys(back.pins)).toHaveLength(enc.synced);
  });

  it('reads damaged or foreign items as nothing rather than failing', () => {
    expect(decodeDoc({ 'tp.sync': { v: 1, n: 2 }, 'tp.sync.0': { p: [['no-colon', 'p', null, null, 0, 1, 1], 'junk'], g: [[5, 'x']] }, 'tp.sync.1': 'oops' })).toEqual(emptyDoc());
    expect(decodeDoc({ 'tp.sync': { v: 99, n: 1 } })).toEqual(emptyDoc());
  });
});

describe('two browsers on one account (background sync runs)', () => {
  useBackgroundHarness();

  /** Another browser: its own storage.local (empty), the same storage.sync. */
  async function switchBrowser(): Promise<Record<string, unknown>> {
    const local = await fakeBrowser.storage.local.get(null);
    const settings = local.settings;
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.local.set({ settings });
    return local;
  }

  it('a pin, its title edit and an unpin on one browser arrive on the other; tracking data and the key never enter sync', async () => {
    const pins = watchlistOf(3);
    await updateWatchlist((w) => Object.assign(w, pins));
    const [k0, k1] = Object.keys(pins) as [string, string];
    expect(await syncRun(T0)).toMatchObject({ synced: 3, total: 3, error: null });
    const synced = JSON.stringify(await fakeBrowser.storage.sync.get(null));
    expect(synced).not.toContain('tm-demo'); // no key
    expect(synced).not.toContain('events'); // no tracking data

    const browserA = await switchBrowser();
    await syncRun(T0 + 1000);
    expect(Object.keys(await readWatchlist()).sort()).toEqual(Object.keys(pins).sort());
    // Browser B renames one and unpins another.
    await edit({ key: k0, title: 'Gift for Ana' });
    await unpin([k1], { keepInAccount: true });
    await syncRun(T0 + 2000);

    // Back on A: the change arrives, the unpinned one goes.
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.local.set(browserA);
    await syncRun(T0 + 3000);
    const onA = await readWatchlist();
    expect(onA[k0]?.title).toBe('Gift for Ana');
    expect(onA[k1]).toBeUndefined();
    expect(Object.keys(onA)).toHaveLength(2);
    expect(await readSyncStatus()).toMatchObject({ synced: 2, total: 2 });
  });

  it('the options page counts the list as it is now, before the next sync run', async () => {
    await syncRun(T0);
    await updateWatchlist((w) => Object.assign(w, watchlistOf(4)));
    expect(await readSyncStatus(T0 + 1)).toMatchObject({ synced: 4, total: 4, at: T0 });
  });

  it('writes nothing when nothing changed, and caps its writes per minute', async () => {
    await updateWatchlist((w) => Object.assign(w, watchlistOf(2)));
    await syncRun(T0);
    const before = JSON.stringify(await fakeBrowser.storage.sync.get(null));
    await syncRun(T0 + 1);
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).toBe(before);
    // A burst of edits within one minute: the writes stop at the cap and an alarm picks up the rest.
    const key = Object.keys(await readWatchlist())[0]!;
    for (let i = 0; i < SYNC_WRITES_PER_MINUTE + 5; i++) {
      await updateWatchlist((w) => void (w[key] = { ...w[key]!, notes: `edit ${i}` }));
      await syncRun(T0 + 10 + i);
    }
    const state = (await fakeBrowser.storage.local.get('syncState')).syncState as { writes: number[] };
    expect(state.writes.length).toBeLessThanOrEqual(SYNC_WRITES_PER_MINUTE);
    expect(await fakeBrowser.alarms.get('trackpin-sync')).toBeDefined();
    expect(decodeDoc(await fakeBrowser.storage.sync.get(null)).pins[key]!.notes).not.toBe(`edit ${SYNC_WRITES_PER_MINUTE + 4}`);
  });
});
