// The pinned list as the popup shows it: newest activity first, filtered by status and by text.
import type { Status } from '../shipments/types';
import type { PinnedShipment } from './model';
import { summarisePin, type PinSummary } from './summary';
import { wallClockMs, wallClockOf } from '../shipments/dates';

export type StatusFilter = Status | 'all';

/** The list works on summaries (from the list index); full pins are summarised once each. */
export type Listable = PinSummary | PinnedShipment;

// Pinned entries are replaced, never mutated, when the watchlist changes, so per-object caches are safe
// and keep filtering and re-rendering 200 rows cheap.
const summaryCache = new WeakMap<PinnedShipment, PinSummary>();
const activityCache = new WeakMap<object, number>();

export function summaryOf(p: Listable): PinSummary {
  if (!('shipment' in p)) return p;
  let s = summaryCache.get(p);
  if (!s) summaryCache.set(p, (s = summarisePin(p)));
  return s;
}

export function statusOf(p: Listable): Status {
  return summaryOf(p).status;
}

export function lastEventOf(p: Listable): PinSummary['lastEvent'] {
  return summaryOf(p).lastEvent;
}

/** Latest of: the newest event, the pin time (both on the viewer's wall clock). */
export function activityTime(p: Listable): number {
  let time = activityCache.get(p);
  if (time === undefined) {
    const last = lastEventOf(p);
    const t = last ? wallClockMs(last.date) : null;
    time = Math.max(t ?? 0, p.pinnedAt ? wallClockOf(p.pinnedAt) : 0);
    activityCache.set(p, time);
  }
  return time;
}

export function sortByActivity<T extends Listable>(list: readonly T[]): T[] {
  return list
    .map((p) => ({ p, t: activityTime(p) }))
    .sort((a, b) => b.t - a.t || a.p.key.localeCompare(b.p.key))
    .map((x) => x.p);
}

/** Count per status over the visible (not archived) entries, plus 'all'. */
export function statusCounts(list: readonly Listable[]): Record<StatusFilter, number> {
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

export function matchesQuery(p: Listable, query: string): boolean {
  const q = normaliseText(query);
  if (!q) return true;
  const s = summaryOf(p);
  const hay = [s.number, s.title ?? '', s.notes ?? '', s.carrier, s.carrierName ?? '', s.lastEvent?.description ?? '']
    .map(normaliseText)
    .join('\n');
  return hay.includes(q);
}

export function filterPinned<T extends Listable>(list: readonly T[], status: StatusFilter, query: string): T[] {
  return sortByActivity(list.filter((p) => !p.archived && (status === 'all' || statusOf(p) === status) && matchesQuery(p, query)));
}
