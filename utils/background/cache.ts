// Lookup cache in storage.local: short TTL for normal lookups, 2 hours for realtime results (the provider
// allows one realtime query per shipment per 2 hours, so within that window the cached answer is served).
import { storage } from 'wxt/utils/storage';
import type { Shipment } from '../shipments/types';
import { lazyItem, readCopy } from '../storage/lazy-item';
import { pinKey } from '../watchlist/model';
import { withLock } from './lock';

export interface CachedLookup {
  shipment: Shipment;
  fetchedAt: number;
  /** Served until then without asking the API again. */
  expiresAt: number;
  /** Came from the realtime endpoint, which allows one query per shipment per 2 hours. */
  realtime: boolean;
}
export type LookupCache = Record<string, CachedLookup>;

export const lookupCacheItem = lazyItem<LookupCache>('local:lookupCache', {
  fallback: {},
  version: 1,
  migrations: {},
});

export async function readLookupCache(): Promise<LookupCache> {
  const raw: unknown = await readCopy(lookupCacheItem);
  // The cache is disposable: a corrupt one is simply replaced.
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as LookupCache) : {};
}

export const LOOKUP_TTL_MS = 10 * 60_000;
export const REALTIME_WINDOW_MS = 2 * 60 * 60_000;
/** Keeps the cache small: oldest entries go first. */
const MAX_ENTRIES = 200;

export async function cachedFor(carrier: string | undefined, number: string, now: number): Promise<{ key: string; entry: CachedLookup } | null> {
  const cache = await readLookupCache();
  if (carrier) {
    const key = pinKey(carrier, number);
    const entry = cache[key];
    return entry && entry.expiresAt > now ? { key, entry } : null;
  }
  // Without a carrier, any fresh entry for the number will do (the carrier was resolved when it was cached).
  let best: { key: string; entry: CachedLookup } | null = null;
  for (const [key, entry] of Object.entries(cache)) {
    if (entry.shipment?.number !== number || entry.expiresAt <= now) continue;
    if (!best || entry.fetchedAt > best.entry.fetchedAt) best = { key, entry };
  }
  return best;
}

/** Any entry for this key, even expired (for pinning with the last data). */
export async function lastKnown(key: string): Promise<CachedLookup | null> {
  const cache = await readLookupCache();
  return cache[key] ?? null;
}

export async function remember(key: string, shipment: Shipment, now: number, realtime: boolean): Promise<CachedLookup> {
  const entry: CachedLookup = {
    shipment,
    fetchedAt: now,
    expiresAt: now + (realtime ? REALTIME_WINDOW_MS : LOOKUP_TTL_MS),
    realtime,
  };
  await withLock('cache', async () => {
    const cache = await readLookupCache();
    cache[key] = entry;
    const live = Object.entries(cache)
      .filter(([, e]) => e && typeof e.expiresAt === 'number' && e.expiresAt > now - REALTIME_WINDOW_MS)
      .sort((a, b) => b[1].fetchedAt - a[1].fetchedAt)
      .slice(0, MAX_ENTRIES);
    await storage.setItems([{ item: lookupCacheItem, value: Object.fromEntries(live) }]);
  });
  return entry;
}
