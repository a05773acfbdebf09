// @vitest-environment node
// The lookup cache stays within its byte budget (least recently used out first), gives way on a full
// storage, and follows the poll's news.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boundCache, cachedFor, lastKnown, MAX_CACHE_BYTES, readLookupCache, refreshCached, remember, type LookupCache } from '@/utils/background/cache';
import { updateWatchlist } from '@/utils/background/transaction';
import { readWatchlist } from '@/utils/watchlist/store';
import { newPin } from '@/utils/watchlist/model';
import { normalizeTracking } from '@/utils/shipments/normalize-tracking';
import type { Shipment } from '@/utils/shipments/types';
import { toUserError } from '@/utils/background/to-user-error';
import { limitStorage } from './quota';
import { useBackgroundHarness } from '../harness';

useBackgroundHarness({ settings: false });
afterEach(() => vi.restoreAllMocks());

const NOW = Date.UTC(2026, 10, 20, 12);

function shipment(number: string, pad = 0): Shipment {
  return normalizeTracking({ id: number, tracking_number: number, carrier_code: 'ups', status: 'transit', title: 'x'.repeat(Math.min(pad, 400)), origin_info: { trackinfo: Array.from({ length: Math.ceil(pad / 400) }, (_, i) => ({ Date: `2026-11-${String(10 + (i % 9)).padStart(2, '0')} 10:${String(i % 60).padStart(2, '0')}:00`, StatusDescription: `${i} ${'y'.repeat(390)}`, Details: 'Louisville, KY', checkpoint_status: 'transit' })) }, destination_info: null } as never);
}

const entry = (s: Shipment, at: number, usedAt?: number) => ({ shipment: s, fetchedAt: at, expiresAt: at + 600_000, realtime: false, ...(usedAt ? { usedAt } : {}) });

describe('cache bounds', () => {
  it('drops the least recently used entries first when over the byte budget', () => {
    const cache: LookupCache = {
      'ups:OLD': entry(shipment('OLD', 20_000), NOW - 3000),
      'ups:USED': entry(shipment('USED', 20_000), NOW - 5000, NOW - 10), // older, but served just now
      'ups:NEW': entry(shipment('NEW', 20_000), NOW - 1000),
    };
    const size = JSON.stringify(cache['ups:NEW']).length;
    const kept = boundCache(cache, NOW, Math.floor(size * 2.5));
    expect(Object.keys(kept).sort()).toEqual(['ups:NEW', 'ups:USED']);
  });

  it('a remembered entry never takes the cache over MAX_CACHE_BYTES', async () => {
    for (let i = 0; i < 60; i++) await remember(`ups:N${i}`, shipment(`N${i}`, 40_000), NOW + i, false);
    const bytes = JSON.stringify(await readLookupCache()).length;
    expect(bytes).toBeLessThanOrEqual(MAX_CACHE_BYTES);
    expect(await lastKnown('ups:N59')).not.toBeNull(); // the newest stays
    expect(await lastKnown('ups:N0')).toBeNull(); // the oldest went
  });
});

describe('a full storage', () => {
  it('empties the cache so a pin can be saved, and the pin is kept', async () => {
    for (let i = 0; i < 8; i++) await remember(`ups:F${i}`, shipment(`F${i}`, 40_000), NOW + i, false);
    const cached = JSON.stringify(await readLookupCache()).length;
    limitStorage(cached + 20_000); // room only once the cache gives way
    const big = newPin({ number: 'PIN1', carrier: 'ups', kind: 'parcel', title: 'Keyboard' }, NOW, { shipment: shipment('PIN1', 30_000), fetchedAt: NOW });
    await updateWatchlist((w) => void (w[big.key] = big));
    expect((await readWatchlist())[big.key]?.title).toBe('Keyboard');
    expect(await readLookupCache()).toEqual({});
  });

  it('when even that is not enough, the write fails as storage-full and what was stored stays', async () => {
    const first = newPin({ number: 'PIN1', carrier: 'ups', kind: 'parcel', title: 'Kept' }, NOW);
    await updateWatchlist((w) => void (w[first.key] = first));
    limitStorage(1_000);
    const second = newPin({ number: 'PIN2', carrier: 'ups', kind: 'parcel', title: 'x'.repeat(200) }, NOW, { shipment: shipment('PIN2', 10_000), fetchedAt: NOW });
    const error = await updateWatchlist((w) => void (w[second.key] = second)).then(() => null, (e: unknown) => e);
    const info = toUserError(error);
    expect(info.kind).toBe('storage-full');
    expect(info.message).toMatch(/^Trackpin's storage is full: /);
    expect(Object.keys(await readWatchlist())).toEqual([first.key]);
  });

  it('a lookup whose answer cannot be cached still answers', async () => {
    limitStorage(10);
    await remember('ups:X', shipment('X', 1000), NOW, false); // no throw
    expect(await cachedFor('ups', 'X', NOW)).toBeNull();
  });
});

describe('the poll refreshes cached entries', () => {
  it('replaces the shipment of a cached key, keeps its expiry, leaves others alone', async () => {
    await remember('ups:A', shipment('A'), NOW, true);
    const before = (await readLookupCache())['ups:A']!;
    const next = { ...shipment('A'), status: 'delivered' as const };
    await refreshCached(new Map([['ups:A', next], ['ups:NOT-CACHED', next]]), NOW + 60_000);
    const after = await readLookupCache();
    expect(after['ups:A']!.shipment.status).toBe('delivered');
    expect(after['ups:A']!.expiresAt).toBe(before.expiresAt);
    expect(after['ups:NOT-CACHED']).toBeUndefined();
  });
});
