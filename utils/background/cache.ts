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
  /** Last served (least recently used goes first when the cache is over its size). */
  usedAt?: number;
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
/** Keeps the cache small: least recently used entries go first. */
const MAX_ENTRIES = 200;
/** The cache's share of storage.local (10 MiB in all): the watchlist and settings need the rest. */
export const MAX_CACHE_BYTES = 2 * 1024 * 1024;
/** A hit re-marks its entry as used at most this often (each mark is a write). */
const USE_MARK_MS = 10 * 60_000;

const recency = (e: CachedLookup) => Math.max(e.usedAt ?? 0, e.fetchedAt);

/**
 * The entries kept: live ones, most recently used first, within MAX_ENTRIES and MAX_CACHE_BYTES (an entry
 * larger than the whole budget is not kept at all; the caller still gets its data).
 */
export function boundCache(cache: LookupCache, now: number, maxBytes = MAX_CACHE_BYTES): LookupCache {
  const live = Object.entries(cache)
    .filter(([, e]) => e && typeof e.expiresAt === 'number' && e.expiresAt > now - REALTIME_WINDOW_MS)
    .sort((a, b) => recency(b[1]) - recency(a[1]))
    .slice(0, MAX_ENTRIES);
  const kept: LookupCache = {};
  let bytes = 2;
  for (const [key, entry] of live) {
    const size = key.length + JSON.stringify(entry).length + 4;
    if (bytes + size > maxBytes) continue;
    bytes += size;
    kept[key] = entry;
  }
  return kept;
}

/** Writes the cache; a full storage empties it instead (it is disposable, and pins need the room). */
async function saveCache(cache: LookupCache): Promise<void> {
  try {
    await storage.setItems([{ item: lookupCacheItem, value: cache }]);
  } catch {
    await evictCache();
  }
}

/** Frees the cache's room (on a full storage: the cache goes before anything the user made). */
export async function evictCache(): Promise<void> {
  await lookupCacheItem.removeValue().catch(() => undefined);
}

export async function cachedFor(carrier: string | undefined, number: string, now: number): Promise<{ key: string; entry: CachedLookup } | null> {
  const cache = await readLookupCache();
  if (carrier) {
    const key = pinKey(carrier, number);
    const entry = cache[key];
    return entry && entry.expiresAt > now ? markUsed({ key, entry }, now) : null;
  }
  // Without a carrier, any fresh entry for the number will do (the carrier was resolved when it was cached).
  let best: { key: string; entry: CachedLookup } | null = null;
  for (const [key, entry] of Object.entries(cache)) {
    if (entry.shipment?.number !== number || entry.expiresAt <= now) continue;
    if (!best || entry.fetchedAt > best.entry.fetchedAt) best = { key, entry };
  }
  return best && markUsed(best, now);
}

function markUsed(hit: { key: string; entry: CachedLookup }, now: number): { key: string; entry: CachedLookup } {
  if (now - recency(hit.entry) >= USE_MARK_MS) {
    // Not awaited: the answer does not wait for bookkeeping.
    void withLock('cache', async () => {
      const current = await readLookupCache();
      if (current[hit.key]) await saveCache({ ...current, [hit.key]: { ...current[hit.key]!, usedAt: now } });
    });
  }
  return hit;
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
    await saveCache(boundCache(cache, now));
  });
  return entry;
}

/**
 * A poll's news for shipments already cached: the entries take the new data, so a lookup served from the
 * cache (details, card, a notification's click) shows what the watchlist and the notification say. The
 * entry's expiry stays: the realtime window is the provider's rule, and a poll is not a realtime query.
 */
export async function refreshCached(fresh: ReadonlyMap<string, Shipment>, now: number): Promise<void> {
  if (fresh.size === 0) return;
  await withLock('cache', async () => {
    const cache = await readLookupCache();
    let changed = false;
    for (const [key, shipment] of fresh) {
      const entry = cache[key];
      if (!entry) continue;
      cache[key] = { ...entry, shipment, fetchedAt: Math.max(entry.fetchedAt, now) };
      changed = true;
    }
    if (changed) await saveCache(boundCache(cache, now));
  });
}
