// @vitest-environment node
// Pins stored before they had a `kind` get one on upgrade (watchlist v3): from their stored shipment, else
// from the detection engine; the poller routes them by it.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SEED } from '@/sandbox/seed-data';
import { packShipment } from '@/utils/shipments/pack';
import { migrateWatchlistToV3, migrateWatchlistToV4, migrateWatchlistToV5, WATCHLIST_VERSION } from '@/utils/watchlist/migrations';
import { readWatchlist, watchlistItem } from '@/utils/watchlist/store';
import { planChunks } from '@/utils/background/poll/plan';
import { awb, parcel } from '../components/fixtures';

beforeEach(() => {
  fakeBrowser.reset();
});

/** What watchlist v5 adds to every pin it migrates: no lifecycle time known yet. */
const NO_LIFECYCLE = { deliveredSeenAt: null, archivedAt: null, restoredAt: null };

const stored = async () => (await fakeBrowser.storage.local.get(['watchlist', 'watchlist$'])) as Record<string, any>;

/** What versions 1 and 2 stored: no `kind` on the pin. */
function oldPin(number: string, carrier: string, shipment: unknown = null, pinnedAt = 1000) {
  return { key: `${carrier}:${number}`, number, carrier, pinnedAt, title: null, shipment };
}

describe('watchlist migration to v3 (pin kind)', () => {
  it('fills the kind of every pin of a v1 watchlist from its shipment, else from the number', async () => {
    const v1 = [
      oldPin(SEED.ups, 'ups', parcel({ number: SEED.ups }), 1),
      oldPin('17228891936', '172', awb(), 2), // shipment says air waybill
      oldPin(SEED.awb, '172', null, 3), // no data yet: the engine recognises the AWB
      oldPin(SEED.dhl, 'dhl', null, 4), // no data yet: a parcel number
      oldPin('TPX0000001', 'dhl', null, 5), // the engine cannot tell: a parcel
    ];
    await fakeBrowser.storage.local.set({ watchlist: v1 }); // no meta: version 1
    await watchlistItem.migrate();
    const raw = await stored();
    expect(raw['watchlist$']).toEqual({ v: WATCHLIST_VERSION });
    expect(WATCHLIST_VERSION).toBe(5);
    const kinds = Object.fromEntries(Object.entries(raw.watchlist as Record<string, { kind: string }>).map(([k, p]) => [k, p.kind]));
    expect(kinds).toEqual({
      [`ups:${SEED.ups}`]: 'parcel',
      '172:17228891936': 'awb',
      [`172:${SEED.awb}`]: 'awb',
      [`dhl:${SEED.dhl}`]: 'parcel',
      'dhl:TPX0000001': 'parcel',
    });
    // The poller routes by the stored kind: parcels first, then the air waybills in a chunk of their own.
    const plan = planChunks(await readWatchlist());
    expect(plan.awbFrom).toBe(1);
    expect(plan.chunks[1]!.sort()).toEqual(['172:17228891936', `172:${SEED.awb}`].sort());
  });

  it('adds the kind to a v2 watchlist and leaves the rest as stored (packed shipments stay packed)', async () => {
    const base = parcel({ number: SEED.ups });
    const shipment = packShipment({ ...base, destination: { ...base.origin!, events: base.events } });
    expect(shipment.destination && 'eventRefs' in shipment.destination).toBe(true);
    const pin = { ...oldPin(SEED.ups, 'ups', shipment), unread: true, notes: 'n' };
    const v2 = { [`ups:${SEED.ups}`]: pin, broken: 42 };
    await fakeBrowser.storage.local.set({ watchlist: v2, 'watchlist$': { v: 2, rev: 'r1' } });
    await watchlistItem.migrate();
    const raw = await stored();
    expect(raw['watchlist$']).toEqual({ v: WATCHLIST_VERSION, rev: 'r1' });
    expect(raw.watchlist).toEqual({ [`ups:${SEED.ups}`]: { ...pin, kind: 'parcel', remote: null, ...NO_LIFECYCLE }, broken: 42 });
  });

  it('is idempotent and keeps a kind already stored', () => {
    const list = { a: { ...oldPin('X1', 'dhl'), kind: 'awb' } };
    expect(migrateWatchlistToV3(migrateWatchlistToV3(list))).toEqual(list);
  });
});

describe('watchlist migration to v4 (provider ids)', () => {
  it('gives every pin of a v3 watchlist remote: null and loses nothing else', async () => {
    const pin = { ...oldPin(SEED.ups, 'ups', parcel({ number: SEED.ups })), kind: 'parcel', unread: true, notes: 'n', archived: false };
    await fakeBrowser.storage.local.set({ watchlist: { [pin.key]: pin, broken: 'x' }, 'watchlist$': { v: 3, rev: 'r9' } });
    await watchlistItem.migrate();
    const raw = await stored();
    expect(raw['watchlist$']).toEqual({ v: WATCHLIST_VERSION, rev: 'r9' });
    expect(raw.watchlist).toEqual({ [pin.key]: { ...pin, remote: null, ...NO_LIFECYCLE }, broken: 'x' });
    const read = await readWatchlist();
    expect(read[pin.key]).toMatchObject({ number: SEED.ups, notes: 'n', unread: true, remote: null });
  });

  it('keeps a stored id, is idempotent, and a damaged id is read as none', async () => {
    const remote = { provider: 'trackingmore-v4', id: '9a73b452e03c2c724414f3859fad1c2c' };
    const list = { a: { ...oldPin('X1', 'dhl'), kind: 'parcel', remote } };
    expect(migrateWatchlistToV4(migrateWatchlistToV4(list))).toEqual(list);
    await fakeBrowser.storage.local.set({ watchlist: { 'dhl:X2': { ...oldPin('X2', 'dhl'), kind: 'parcel', remote: { provider: 'nope', id: 1 } } }, 'watchlist$': { v: 4 } });
    expect((await readWatchlist())['dhl:X2']).toMatchObject({ number: 'X2', remote: null });
  });
});

describe('watchlist migration to v5 (lifecycle times)', () => {
  it('gives every pin of a v4 watchlist unknown lifecycle times, keeps archived pins archived, and loses nothing else', async () => {
    const delivered = { ...oldPin(SEED.fourPx, '4px', parcel({ number: SEED.fourPx, status: 'delivered' })), kind: 'parcel', unread: false, notes: 'n', archived: false, remote: null };
    const archived = { ...oldPin(SEED.dhl, 'dhl', null, 2), kind: 'parcel', title: 'Camera lens', archived: true, remote: null };
    await fakeBrowser.storage.local.set({ watchlist: { [delivered.key]: delivered, [archived.key]: archived, broken: 7 }, 'watchlist$': { v: 4, rev: 'r4' } });
    await watchlistItem.migrate();
    const raw = await stored();
    expect(raw['watchlist$']).toEqual({ v: 5, rev: 'r4' });
    expect(raw.watchlist).toEqual({ [delivered.key]: { ...delivered, ...NO_LIFECYCLE }, [archived.key]: { ...archived, ...NO_LIFECYCLE }, broken: 7 });
    const read = await readWatchlist();
    expect(read[archived.key]).toMatchObject({ archived: true, title: 'Camera lens', archivedAt: null });
    expect(read[delivered.key]).toMatchObject({ notes: 'n', deliveredSeenAt: null, restoredAt: null });
  });

  it('keeps valid stored times, is idempotent, and reads a damaged time as unknown', async () => {
    const list = { a: { ...oldPin('X1', 'dhl'), kind: 'parcel', remote: null, deliveredSeenAt: 5, archivedAt: 6, restoredAt: null } };
    expect(migrateWatchlistToV5(migrateWatchlistToV5(list))).toEqual(list);
    await fakeBrowser.storage.local.set({ watchlist: { 'dhl:X2': { ...oldPin('X2', 'dhl'), kind: 'parcel', archived: true, archivedAt: 'yesterday' } }, 'watchlist$': { v: 5 } });
    expect((await readWatchlist())['dhl:X2']).toMatchObject({ number: 'X2', archived: true, archivedAt: null });
  });
});
