// When each pinned shipment is next worth asking about, by its status. Pure: the poller passes the clock,
// the last check and the status streak (poll-state `streak`), so a fake clock tests every rule.
// TrackingMore refreshes a tracking from the carrier only every 3–6 h (its help pages; contract §5.1), so
// asking more often than that reads the same data again and spends quota for nothing.
// Due times sit on a grid: the multiples of each interval counted from midnight UTC. The intervals nest
// (1 h, 3 h, 6 h, 12 h, a day), so shipments of different statuses fall due at the same ticks and share
// calls of 40, instead of each costing its own call at its own odd time.
import type { Status } from '../../shipments/types';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** Out for delivery: the provider's fastest refresh, the one state worth asking at it. (2 h measured 0.113 of
 *  a fixed 30-minute poll in the bench: off the 3 h grid, it made calls of its own; 3 h: 0.079.) */
export const OUT_FOR_DELIVERY_MS = 3 * HOUR;
/** In transit: the provider's slowest refresh, so every refresh is seen within one refresh window. */
export const PROVIDER_REFRESH_MS = 6 * HOUR;
/** Exception or failed attempt: someone acts within hours; the provider shows it at its next refresh. */
export const EXCEPTION_MS = 6 * HOUR;
/** Delivered: one more check at least this long after it was first seen (a late correction), then none. */
export const DELIVERED_RECHECK_MS = 6 * HOUR;
/** Pending / not found: asked less and less often the longer it stays so… */
export const BACKOFF: readonly { until: number; every: number }[] = [
  { until: 3 * HOUR, every: HOUR },
  { until: DAY, every: 3 * HOUR },
  { until: 3 * DAY, every: 12 * HOUR },
];
export const BACKOFF_LAST_MS = DAY;
/** …and given up after this long (the list says so; Check now still asks). */
export const GIVE_UP_AFTER_MS = 7 * DAY;
/** Below 5% of the quota every interval is this many times longer. */
export const SLOW_FACTOR = 4;
/** A tick this close before a due time counts it as due (alarms fire a little early or late); a check this
 *  close before a grid point counts as that point's, so the next is not asked again one tick later. */
export const DUE_SLACK_MS = 2 * MIN;

export interface ScheduleInput {
  /** Status of the stored data; null when nothing was fetched yet. */
  status: Status | null;
  /** When it was last checked (`lastCheckOf`); null = never. */
  checkedAt: number | null;
  /** Since when it has had this status (first poll that saw it); null = unknown (counts from checkedAt). */
  since: number | null;
  /** The user's "check every": no interval is shorter. */
  pollMinutes: number;
  /** Quota below 5%: poll slower. */
  slow?: boolean;
}

/** How long to wait after a check, or null when the schedule has stopped (delivered, given up, expired). */
export function intervalMs(input: ScheduleInput, now: number): number | null {
  const age = Math.max(0, now - (input.since ?? input.checkedAt ?? now));
  let every: number | null;
  switch (input.status) {
    case null:
      return 0;
    case 'pickup':
      every = OUT_FOR_DELIVERY_MS;
      break;
    case 'transit':
      every = PROVIDER_REFRESH_MS;
      break;
    case 'exception':
    case 'undelivered':
      every = EXCEPTION_MS;
      break;
    case 'pending':
    case 'notfound':
      every = age >= GIVE_UP_AFTER_MS ? null : (BACKOFF.find((b) => age < b.until)?.every ?? BACKOFF_LAST_MS);
      break;
    case 'delivered':
      every = DELIVERED_RECHECK_MS;
      break;
    case 'expired':
      every = null;
      break;
  }
  if (every === null) return null;
  return Math.max(every, input.pollMinutes * MIN) * (input.slow ? SLOW_FACTOR : 1);
}

/** The first point of `every`'s grid (multiples from midnight UTC) after a check at `checkedAt`. */
export function gridAfter(checkedAt: number, every: number): number {
  return (Math.floor((checkedAt + DUE_SLACK_MS) / every) + 1) * every;
}

/** The next time it is due, or null if never. */
export function nextCheckAt(input: ScheduleInput, now: number): number | null {
  if (input.checkedAt === null || input.status === null) return now;
  const every = intervalMs(input, now);
  if (every === null) return null;
  if (input.status === 'delivered') {
    // Checked once more, at the first grid point at least an interval after delivery was first seen; stopped
    // once a check came that late.
    const seen = input.since ?? input.checkedAt;
    if (input.checkedAt + DUE_SLACK_MS >= seen + every) return null;
    return Math.ceil((seen + every) / every) * every;
  }
  // A first check off the grid is followed sooner (at the next grid point), never later than the interval.
  return gridAfter(input.checkedAt, every);
}

export function isDueAt(input: ScheduleInput, now: number): boolean {
  const at = nextCheckAt(input, now);
  return at !== null && at <= now + DUE_SLACK_MS;
}

/** Pending or not found for so long that the schedule gave up: the list shows a note. */
export function isGivenUp(input: Pick<ScheduleInput, 'status' | 'since'>, now: number): boolean {
  return (input.status === 'pending' || input.status === 'notfound') && input.since !== null && now - input.since >= GIVE_UP_AFTER_MS;
}

/**
 * Calls a day a schedule makes for shipments polled at these intervals (the quota forecast): at each grid
 * point the shipments whose grid it is on are due together and share calls of `perCall`; a stopped one
 * (null) costs nothing. Counted over a day, or over the longest interval when that is longer.
 */
export function callsPerDay(intervals: readonly (number | null)[], perCall = 40): number {
  const groups = new Map<number, number>();
  for (const every of intervals) if (every) groups.set(every, (groups.get(every) ?? 0) + 1);
  if (!groups.size) return 0;
  const span = Math.max(DAY, ...groups.keys());
  const points = new Set<number>();
  for (const every of groups.keys()) for (let t = 0; t < span; t += every) points.add(t);
  let calls = 0;
  for (const t of points) {
    let due = 0;
    for (const [every, count] of groups) if (t % every === 0) due += count;
    calls += Math.ceil(due / perCall);
  }
  return (calls * DAY) / span;
}
