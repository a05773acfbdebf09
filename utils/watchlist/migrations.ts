// The watchlist's stored shapes, oldest first. v1 is the `PinnedShipment[]` array the first release
// stored; v2 is a record keyed by `pinKey`, which lets the poller update one entry in place and cannot hold
// duplicates; v3 gives every pin its `kind` (parcel or air waybill), which the poller routes by; v4 gives
// every pin `remote`, the provider's id for it (TrackingMore v4 addresses trackings by id). WXT runs
// v5 gives every pin its lifecycle times (deliveredSeenAt, archivedAt, restoredAt: auto-archive). WXT runs
// these when the item is first used; readers also fill what older entries lack (./validate.ts).
import type { Watchlist, PinnedShipment } from './model';
import { normalisePinned, pinKind } from './validate';

export const WATCHLIST_VERSION = 5;

export function migrateWatchlistToV2(old: unknown): Watchlist {
  // Idempotent: a value already in the v2 shape (written without version meta) passes through.
  const list: unknown[] = Array.isArray(old) ? old : old && typeof old === 'object' ? Object.values(old) : [];
  const out: Watchlist = {};
  for (const raw of list) {
    const entry = normalisePinned(raw);
    // Entries that cannot be read are kept in the record under their own key when they have one, so
    // nothing a user pinned disappears silently; readWatchlist reports them.
    if (entry) out[entry.key] = entry;
    else if (raw && typeof raw === 'object' && typeof (raw as { key?: unknown }).key === 'string') {
      out[(raw as { key: string }).key] = raw as PinnedShipment;
    }
  }
  return out;
}

/**
 * Adds `kind` to each pin, leaving everything else as stored (shipments stay packed). Entries that are
 * not pins are left for readWatchlist to report. Idempotent.
 */
export function migrateWatchlistToV3(old: unknown): unknown {
  if (!old || typeof old !== 'object' || Array.isArray(old)) return old;
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(old)) {
    out[key] = raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...raw, kind: pinKind(raw) } : raw;
  }
  return out;
}

/**
 * Adds `remote: null` to each pin: no id is known yet (pins made before v4 never stored one; v2 addresses by
 * number). The first call that needs one finds it by number. Idempotent; a valid stored id is kept.
 */
export function migrateWatchlistToV4(old: unknown): unknown {
  if (!old || typeof old !== 'object' || Array.isArray(old)) return old;
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(old)) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      out[key] = raw;
      continue;
    }
    const remote = (raw as { remote?: unknown }).remote;
    out[key] = { ...raw, remote: remote && typeof remote === 'object' ? remote : null };
  }
  return out;
}

/**
 * Adds the lifecycle times, unknown (null) for every pin: auto-archive then counts from the delivery date
 * in the pin's data, or from the first sweep that sees it delivered. Idempotent; valid stored times are kept.
 */
export function migrateWatchlistToV5(old: unknown): unknown {
  if (!old || typeof old !== 'object' || Array.isArray(old)) return old;
  const out: Record<string, unknown> = {};
  const time = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : null);
  for (const [key, raw] of Object.entries(old)) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      out[key] = raw;
      continue;
    }
    const r = raw as Record<string, unknown>;
    out[key] = { ...r, deliveredSeenAt: time(r.deliveredSeenAt), archivedAt: time(r.archivedAt), restoredAt: time(r.restoredAt) };
  }
  return out;
}

export const watchlistMigrations = {
  2: (old: unknown) => migrateWatchlistToV2(old),
  3: (old: unknown) => migrateWatchlistToV3(old),
  4: (old: unknown) => migrateWatchlistToV4(old),
  5: (old: unknown) => migrateWatchlistToV5(old),
};
