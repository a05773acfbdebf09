// @vitest-environment node
// The schedule per status on a fake clock: when each shipment is next asked about, the back-off of
// pending ones and giving up, delivered checked once more, the user's "check every" as the floor, and the
// quota slow-down, due times on each interval's grid (so different statuses share ticks); and the poll plan
// built from it (only the due ones, ceil(due/40) calls).
import { describe, expect, it } from 'vitest';
import { callsPerDay, DUE_SLACK_MS, isDueAt, isGivenUp, nextCheckAt, type ScheduleInput } from '@/utils/background/poll/schedule';
import { planRun } from '@/utils/background/poll/plan';
import { INITIAL_POLL_STATE, type PollState } from '@/utils/background/poll/poll-state';
import { parcel, pinned } from '../../components/fixtures';
import type { Status } from '@/utils/shipments/types';
import type { Watchlist } from '@/utils/watchlist/model';

const MIN = 60_000;
const H = 60 * MIN;
const DAY = 24 * H;
/** Noon UTC: on every interval's grid (1 h, 3 h, 6 h, 12 h). */
const T0 = Date.UTC(2026, 10, 20, 12);

const at = (status: Status | null, checkedAt: number | null, extra: Partial<ScheduleInput> = {}): ScheduleInput => ({ status, checkedAt, since: null, pollMinutes: 30, ...extra });

/** Walks a fake clock tick by tick (the alarm's period) and records the times the shipment was due. */
function checksOver(input: ScheduleInput, span: number, tick = 15 * MIN): number[] {
  const times: number[] = [];
  let checkedAt = input.checkedAt;
  for (let now = T0; now <= T0 + span; now += tick) {
    if (isDueAt({ ...input, checkedAt }, now)) {
      times.push(now - T0);
      checkedAt = now;
    }
  }
  return times;
}

describe('schedule by status', () => {
  it('asks about a shipment never fetched at once', () => {
    expect(nextCheckAt(at(null, null), T0)).toBe(T0);
    expect(nextCheckAt(at('transit', null), T0)).toBe(T0);
  });

  it('out for delivery every 3 h, in transit and exception every 6 h (the provider\'s fastest and slowest refresh)', () => {
    expect(nextCheckAt(at('pickup', T0), T0)).toBe(T0 + 3 * H);
    expect(nextCheckAt(at('transit', T0), T0)).toBe(T0 + 6 * H);
    expect(nextCheckAt(at('exception', T0), T0)).toBe(T0 + 6 * H);
    expect(nextCheckAt(at('undelivered', T0), T0)).toBe(T0 + 6 * H);
    expect(checksOver(at('transit', T0), DAY)).toEqual([6, 12, 18, 24].map((h) => h * H));
    expect(checksOver(at('pickup', T0), 9 * H)).toEqual([3, 6, 9].map((h) => h * H));
  });

  it('puts due times on the interval\'s grid from midnight UTC, so shipments checked at different times fall due together', () => {
    // Checked at 12:40 and 16:10, both in transit: both next due at 18:00, then together every 6 h.
    expect(nextCheckAt(at('transit', T0 + 40 * MIN), T0)).toBe(T0 + 6 * H);
    expect(nextCheckAt(at('transit', T0 + 4 * H + 10 * MIN), T0)).toBe(T0 + 6 * H);
    expect(checksOver(at('transit', T0 - 5 * H), DAY)).toEqual([0, 6, 12, 18, 24].map((h) => h * H));
    // Out for delivery (3 h) and pending on the daily back-off fall due at the transit ticks too.
    expect(nextCheckAt(at('pickup', T0 + 5 * H), T0)).toBe(T0 + 6 * H);
    expect(nextCheckAt(at('pending', T0 + 5 * H, { since: T0 - 4 * DAY }), T0 + 5 * H)).toBe(T0 + 12 * H);
    // Never later than the interval after a check (plus the alarm's slack), however far off the grid it was.
    for (const offset of [0, 1, 29, 61, 119, 357, 359].map((m) => m * MIN)) {
      const next = nextCheckAt(at('transit', T0 + offset), T0 + offset)!;
      expect(next - (T0 + offset)).toBeLessThanOrEqual(6 * H + DUE_SLACK_MS);
      expect(next - (T0 + offset)).toBeGreaterThan(DUE_SLACK_MS);
      expect(next % (6 * H)).toBe(0);
    }
  });

  it('counts a tick a little before a grid point as that point\'s: the next is not asked one tick later', () => {
    // The alarm fires a minute early at 17:59: due, and next due at 00:00, not at 18:00.
    expect(isDueAt(at('transit', T0), T0 + 6 * H - MIN)).toBe(true);
    expect(nextCheckAt(at('transit', T0 + 6 * H - MIN), T0 + 6 * H - MIN)).toBe(T0 + 12 * H);
    expect(isDueAt(at('transit', T0), T0 + 6 * H - 10 * MIN)).toBe(false);
  });

  it('never asks sooner than the user\'s "check every"', () => {
    expect(nextCheckAt(at('pickup', T0, { pollMinutes: 360 }), T0)).toBe(T0 + 6 * H);
    expect(nextCheckAt(at('transit', T0, { pollMinutes: 180 }), T0)).toBe(T0 + 6 * H);
    expect(nextCheckAt(at('pending', T0, { since: T0, pollMinutes: 180 }), T0)).toBe(T0 + 3 * H);
    expect(checksOver(at('pickup', T0, { pollMinutes: 360 }), DAY)).toEqual([6, 12, 18, 24].map((h) => h * H));
  });

  it('backs off pending and not found: 1 h, then 3 h, 12 h, daily, and gives up after 7 days', () => {
    const input = at('pending', T0, { since: T0 });
    const times = checksOver(input, 8 * DAY);
    const gaps = times.map((t, i) => t - (i ? times[i - 1]! : 0));
    // 1 h while under 3 h old, then 3 h under a day, 12 h under 3 days, then daily (each step's first
    // check comes at its grid's next point, so sooner, never later).
    expect(gaps.slice(0, 4)).toEqual([H, H, H, 3 * H]);
    expect(gaps.slice(3, 7).every((g) => g === 3 * H)).toBe(true);
    expect(gaps.filter((g) => g === 12 * H).length).toBeGreaterThanOrEqual(3);
    expect(gaps.at(-1)).toBe(DAY);
    expect(times.at(-1)!).toBeLessThan(7 * DAY);
    expect(nextCheckAt({ ...input, checkedAt: T0 + 7 * DAY }, T0 + 7 * DAY)).toBeNull();
    expect(isGivenUp(input, T0 + 7 * DAY)).toBe(true);
    expect(isGivenUp(input, T0 + 6 * DAY)).toBe(false);
    expect(isGivenUp(at('transit', T0, { since: T0 }), T0 + 30 * DAY)).toBe(false);
  });

  it('checks a delivered shipment once more, at the first 6 h grid point at least 6 h after delivery was seen, then stops', () => {
    const input = at('delivered', T0, { since: T0 });
    expect(checksOver(input, 3 * DAY)).toEqual([6 * H]);
    expect(nextCheckAt({ ...input, checkedAt: T0 + 6 * H }, T0 + 6 * H)).toBeNull();
    // Seen at 13:00: not at 18:00 (only 5 h on), at 00:00.
    expect(checksOver(at('delivered', T0 + H, { since: T0 + H }), 3 * DAY)).toEqual([12 * H]);
    expect(nextCheckAt(at('expired', T0), T0)).toBeNull();
  });

  it('polls four times slower below 5% of the quota', () => {
    // 3 h → 12 h, 6 h → a day (at midnight UTC).
    expect(nextCheckAt(at('pickup', T0, { slow: true }), T0)).toBe(T0 + 12 * H);
    expect(checksOver(at('pickup', T0, { slow: true }), DAY)).toEqual([12, 24].map((h) => h * H));
    expect(nextCheckAt(at('transit', T0, { slow: true }), T0)).toBe(T0 + 12 * H);
    expect(nextCheckAt(at('transit', T0 + 12 * H, { slow: true }), T0 + 12 * H)).toBe(T0 + 36 * H);
  });
});

describe('the plan of a scheduled tick', () => {
  function list(spec: [Status, number, number?][]): { watchlist: Watchlist; poll: PollState } {
    const watchlist: Watchlist = {};
    const poll: PollState = structuredClone(INITIAL_POLL_STATE);
    let i = 0;
    for (const [status, checkedAgo, sinceAgo] of spec) {
      const p = pinned(parcel({ number: `TPS${String(i).padStart(8, '0')}`, status }), { pinnedAt: T0 - DAY + i, lastCheckedAt: T0 - checkedAgo });
      watchlist[p.key] = p;
      poll.streak[p.key] = { status, since: T0 - (sinceAgo ?? checkedAgo) };
      i += 1;
    }
    return { watchlist, poll };
  }

  it('lists only the due shipments, 40 per call', () => {
    const spec: [Status, number, number?][] = [
      ...Array.from({ length: 45 }, () => ['transit', 6 * H] as [Status, number]), // due
      ...Array.from({ length: 30 }, () => ['transit', 0] as [Status, number]), // just checked: not yet
      ...Array.from({ length: 5 }, () => ['pickup', 3 * H] as [Status, number]), // due
      ...Array.from({ length: 20 }, () => ['delivered', H, 7 * H] as [Status, number, number]), // checked again after delivery: stopped
      ...Array.from({ length: 3 }, () => ['delivered', 6 * H] as [Status, number]), // delivered 6 h ago: the one more check
    ];
    const { watchlist, poll } = list(spec);
    const plan = planRun(watchlist, poll, { pollMinutes: 30 }, 'due', T0);
    expect(plan.chunks.map((c) => c.length)).toEqual([40, 13]);
    // Check now asks about every shipment still moving.
    expect(planRun(watchlist, poll, { pollMinutes: 30 }, 'all', T0).chunks.flat()).toHaveLength(80);
  });

  it('schedules nothing once the quota is used up (never past zero); Check now still asks', () => {
    const { watchlist, poll } = list([['transit', 6 * H]]);
    poll.quota = { remaining: 0, peak: 1000, at: T0 };
    expect(planRun(watchlist, poll, { pollMinutes: 30 }, 'due', T0).chunks).toEqual([]);
    expect(planRun(watchlist, poll, { pollMinutes: 30 }, 'all', T0).chunks.flat()).toHaveLength(1);
    poll.quota = { remaining: 40, peak: 1000, at: T0 }; // 4%: slow, 6 h → 24 h
    expect(planRun(watchlist, poll, { pollMinutes: 30 }, 'due', T0).chunks).toEqual([]);
    poll.quota = { remaining: 60, peak: 1000, at: T0 }; // 6%: warned, not slowed
    expect(planRun(watchlist, poll, { pollMinutes: 30 }, 'due', T0).chunks.flat()).toHaveLength(1);
  });

  it('counts calls a day on the shared grid (the forecast)', () => {
    // 50 in transit (6 h) and 10 out for delivery (3 h) share the 6 h ticks: 60 then, 2 calls, 4 times;
    // 10 alone at the other 4 ticks of 3 h. 100 delivered and stopped cost nothing.
    expect(callsPerDay([...Array(50).fill(6 * H), ...Array(10).fill(3 * H), ...Array(100).fill(null)])).toBe(4 * 2 + 4);
    // Intervals that do not nest meet less often: 2 h and 3 h share only the 6 h points.
    expect(callsPerDay([2 * H, 3 * H])).toBe(12 + 8 - 4);
    // Intervals longer than a day: one call every 4 days.
    expect(callsPerDay([4 * DAY])).toBe(0.25);
    expect(callsPerDay([])).toBe(0);
  });
});
