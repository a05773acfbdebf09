// What changed between two snapshots of one shipment that a user should hear about. Pure: the poller
// stores `after` and diffs against it next time, so nothing may be reported twice for the same data.
import { wallClockMs } from './dates';
import { eventKey } from './normalize-tracking';
import type { Shipment, Status, TrackingEvent } from './types';

export type Headline = 'delivered' | 'out-for-delivery' | 'exception';

export type ShipmentChange =
  /** The moments users wait for; `event` is the checkpoint that says so, when there is one. */
  | { type: Headline; status: Status; event: TrackingEvent | null }
  | { type: 'status'; from: Status | null; to: Status }
  | { type: 'event'; event: TrackingEvent }
  /** No news for `days` days (reported once, when the threshold is crossed). */
  | { type: 'stale'; days: number };

export interface DiffOptions {
  /** Days without a new event before a shipment counts as stale; default 7. */
  staleAfterDays?: number;
}

const DEFAULT_STALE_DAYS = 7;
const FINISHED: ReadonlySet<Status> = new Set(['delivered', 'expired']);

function statusHeadline(status: Status): Headline | null {
  if (status === 'delivered') return 'delivered';
  if (status === 'pickup') return 'out-for-delivery';
  if (status === 'exception' || status === 'undelivered') return 'exception';
  return null;
}

function eventHeadline(e: TrackingEvent): Headline | null {
  if (e.milestone === 'delivered' || e.status === 'delivered') return 'delivered';
  if (e.milestone === 'out-for-delivery' || e.status === 'pickup') return 'out-for-delivery';
  if (e.status === 'exception' || e.status === 'undelivered') return 'exception';
  return null;
}

function isStale(s: Shipment, days: number): boolean {
  return !FINISHED.has(s.status) && s.daysSinceLastEvent !== null && s.daysSinceLastEvent >= days;
}

/** Events of `after` that `before` did not have and that are not older than its newest one. */
function freshEvents(before: Shipment, after: Shipment): TrackingEvent[] {
  const known = new Set(before.events.map(eventKey));
  const newestKnown = Math.max(-Infinity, ...before.events.map((e) => wallClockMs(e.date) ?? -Infinity));
  return after.events.filter((e) => !known.has(eventKey(e)) && (wallClockMs(e.date) ?? -Infinity) >= newestKnown);
}

/**
 * Changes from `before` to `after`, most important first. With no `before` (first sight) only the
 * status is reported: the history so far is not news.
 */
export function diffShipments(before: Shipment | null, after: Shipment, options: DiffOptions = {}): ShipmentChange[] {
  if (!before) return [{ type: 'status', from: null, to: after.status }];
  const staleDays = options.staleAfterDays ?? DEFAULT_STALE_DAYS;
  const previous = before.events[0];
  const alreadyKnown = (h: Headline) =>
    statusHeadline(before.status) === h || (previous !== undefined && eventHeadline(previous) === h);

  const headlines: ShipmentChange[] = [];
  const events: ShipmentChange[] = [];
  const fresh = freshEvents(before, after);
  // Only the newest headline event is news: "delivered" makes an older "out for delivery" moot.
  let headlineTaken = false;
  for (const event of fresh) {
    const h = eventHeadline(event);
    if (h && !headlineTaken && !alreadyKnown(h)) {
      headlines.push({ type: h, status: after.status, event });
      headlineTaken = true;
    } else {
      events.push({ type: 'event', event });
    }
  }

  const status: ShipmentChange[] = [];
  if (before.status !== after.status) {
    const h = statusHeadline(after.status);
    if (!h) status.push({ type: 'status', from: before.status, to: after.status });
    else if (!alreadyKnown(h) && !headlines.some((c) => c.type === h)) {
      headlines.unshift({ type: h, status: after.status, event: null });
    }
  }

  const stale: ShipmentChange[] =
    fresh.length === 0 && isStale(after, staleDays) && !isStale(before, staleDays)
      ? [{ type: 'stale', days: after.daysSinceLastEvent ?? staleDays }]
      : [];

  return [...headlines, ...status, ...events, ...stale];
}
