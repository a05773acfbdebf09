// The pinned list as the popup shows it: newest activity first, filtered by status and by text.
import type { Status, TrackingEvent } from '../shipments/types';
import type { PinnedShipment } from '../watchlist';
import { eventTime, sortEventsNewestFirst } from './event-dates';

export type StatusFilter = Status | 'all';

export function statusOf(p: PinnedShipment): Status {
  return p.shipment?.status ?? 'pending';
}

// Pinned entries are replaced, never mutated, when the watchlist changes, so per-object caches are safe
// and keep filtering and re-rendering 200 rows cheap.
const lastEventCache = new WeakMap<PinnedShipment, TrackingEvent | null>();
const activityCache = new WeakMap<PinnedShipment, number>();

export function lastEventOf(p: PinnedShipment): TrackingEvent | null {
  let last = lastEventCache.get(p);
  if (last === undefined) {
    const events = p.shipment?.events ?? [];
    last = events.length ? sortEventsNewestFirst(events)[0]! : null;
    lastEventCache.set(p, last);
  }
  return last;
}

/** Latest of: the newest event, the pin time. */
export function activityTime(p: PinnedShipment): number {
  let time = activityCache.get(p);
  if (time === undefined) {
    const last = lastEventOf(p);
    const t = last ? eventTime(last.date) : Number.NaN;
    time = Math.max(Number.isNaN(t) ? 0 : t, p.pinnedAt || 0);
    activityCache.set(p, time);
  }
  return time;
}

export function sortByActivity(list: readonly PinnedShipment[]): PinnedShipment[] {
  return list
    .map((p) => ({ p, t: activityTime(p) }))
    .sort((a, b) => b.t - a.t || a.p.key.localeCompare(b.p.key))
    .map((x) => x.p);
}

/** Count per status over the visible (not archived) entries, plus 'all'. */
export function statusCounts(list: readonly PinnedShipment[]): Record<StatusFilter, number> {
  const counts = { all: 0 } as Record<StatusFilter, number>;
  for (const p of list) {
    if (p.archived) continue;
    counts.all++;
    const s = statusOf(p);
    counts[s] = (counts[s] ?? 0) + 1;
  }
  return counts;
}

function normaliseText(s: string): string {
  return s.toLowerCase().replace(/[\s-]+/g, '');
}

export function matchesQuery(p: PinnedShipment, query: string): boolean {
  const q = normaliseText(query);
  if (!q) return true;
  const hay = [p.number, p.title ?? '', p.notes ?? '', p.carrier, p.shipment?.carrier.name ?? '', lastEventOf(p)?.description ?? '']
    .map(normaliseText)
    .join('\n');
  return hay.includes(q);
}

export function filterPinned(list: readonly PinnedShipment[], status: StatusFilter, query: string): PinnedShipment[] {
  return sortByActivity(list.filter((p) => !p.archived && (status === 'all' || statusOf(p) === status) && matchesQuery(p, query)));
}
