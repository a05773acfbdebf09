// A pin's lifecycle, as pure functions on the watchlist: delivered parcels move to the archive N days
// after delivery (auto-archive), and come back when the user restores them. The background runs the sweep
// (utils/background/archive.ts); archived pins are not polled.
import type { Shipment } from '../shipments/types';
import { wallClockMs, wallClockOf } from '../shipments/dates';
import type { PinnedShipment, Watchlist } from './model';

export const DAY_MS = 86_400_000;

/**
 * When the data says it was delivered: the newest delivered checkpoint, on the wall clock (utils/shipments/
 * dates.ts); null when no checkpoint says so (a status set by hand, or a provider that sends no events).
 */
export function deliveredAtWall(s: Pick<Shipment, 'events'>): number | null {
  let best: number | null = null;
  for (const e of s.events) {
    if (e.status !== 'delivered' && e.milestone !== 'delivered') continue;
    const t = wallClockMs(e.date);
    if (t !== null && (best === null || t > best)) best = t;
  }
  return best;
}

/**
 * The wall-clock time auto-archive counts from: the delivery date in the data, else when Trackpin first
 * saw the pin delivered; but never before the user pinned or last restored it (a parcel pinned after its
 * delivery stays N days too, instead of vanishing at the next sweep). Null when it is not delivered.
 */
export function archiveClockStart(p: PinnedShipment): number | null {
  if (p.shipment?.status !== 'delivered') return null;
  const delivered = deliveredAtWall(p.shipment) ?? (p.deliveredSeenAt != null ? wallClockOf(p.deliveredSeenAt) : null);
  if (delivered === null) return null;
  const userTimes = [p.pinnedAt, p.restoredAt].filter((t): t is number => typeof t === 'number' && t > 0).map(wallClockOf);
  return Math.max(delivered, ...userTimes);
}

/**
 * One sweep at `now`, in place: remembers when a pin was first seen delivered (and forgets it when it is
 * no longer), and archives those delivered at least `days` days ago (0 = never). Returns the keys archived.
 */
export function autoArchive(list: Watchlist, now: number, days: number): string[] {
  const archived: string[] = [];
  for (const [key, p] of Object.entries(list)) {
    if (p.archived) continue;
    const delivered = p.shipment?.status === 'delivered';
    if (!delivered) {
      if (p.deliveredSeenAt != null) list[key] = { ...p, deliveredSeenAt: null };
      continue;
    }
    const pin = p.deliveredSeenAt != null ? p : { ...p, deliveredSeenAt: now };
    list[key] = pin;
    const start = archiveClockStart(pin);
    if (days > 0 && start !== null && wallClockOf(now) - start >= days * DAY_MS) {
      list[key] = archivedPin(pin, now);
      archived.push(key);
    }
  }
  return archived;
}

export function archivedPin(p: PinnedShipment, now: number): PinnedShipment {
  return { ...p, archived: true, archivedAt: now, unread: false };
}

/** Back to the pinned list; auto-archive counts afresh from `now`. */
export function restoredPin(p: PinnedShipment, now: number): PinnedShipment {
  return { ...p, archived: false, archivedAt: null, restoredAt: now };
}
