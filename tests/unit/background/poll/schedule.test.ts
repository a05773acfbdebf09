// @vitest-environment node
// The schedule per status on a fake clock: when each shipment is next asked about, the back-off of
// pending ones and giving up, delivered checked once more, the user's "check every" as the floor, and the
// quota slow-down; and the poll plan built from it (only the due ones, ceil(due/40) calls).
import { describe, expect, it } from 'vitest';
import { callsPerDay, isDueAt, isGivenUp, nextCheckAt, type ScheduleInput } from '@/utils/background/poll/schedule';
import { planRun } from '@/utils/background/poll/plan';
import { INITIAL_POLL_STATE, type PollState } from '@/utils/background/poll/poll-state';
import { parcel, pinned } from '../../components/fixtures';
import type { Status } from '@/utils/shipments/types';
import type { Watchlist } from '@/utils/watchlist/model';

const MIN = 60_000;
const H = 60 * MIN;
const DAY = 24 * H;
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

  it('out for delivery every 30 min, in transit every 3 h (the provider refresh), exception every 4 h', () => {
    expect(nextCheckAt(at('pickup', T0), T0)).toBe(T0 + 30 * MIN);
    expect(nextCheckAt(at('transit', T0), T0)).toBe(T0 + 3 * H);
    expect(nextCheckAt(at('exception', T0), T0)).toBe(T0 + 4 * H);
    expect(nextCheckAt(at('undelivered', T0), T0)).toBe(T0 + 4 * H);
    expect(checksOver(at('transit', T0), DAY)).toEqual([3, 6, 9, 12, 15, 18, 21, 24].map((h) => h * H));
  });

  it('never asks sooner than the user\'s "check every"', () => {
    expect(nextCheckAt(at('pickup', T0, { pollMinutes: 60 }), T0)).toBe(T0 + 60 * MIN);
    expect(nextCheckAt(at('transit', T0, { pollMinutes: 180 }), T0)).toBe(T0 + 3 * H);
    expect(checksOver(at('pickup', T0, { pollMinutes: 60 }), 4 * H)).toEqual([1, 2, 3, 4].map((h) => h * H));
  });

  it('backs off pending and not found: 1 h, then 3 h, 12 h, daily, and gives up after 7 days', () => {
    const input = at('pending', T0, { since: T0 });
    const times = checksOver(input, 8 * DAY);
    const gaps = times.map((t, i) => t - (i ? times[i - 1]! : 0));
    // 1 h while under 3 h old, then 3 h under a day, 12 h under 3 days, then daily.
    expect(gaps.slice(0, 3)).toEqual([H, H, 3 * H]);
    expect(gaps.slice(3, 7).every((g) => g === 3 * H)).toBe(true);
    expect(gaps.filter((g) => g === 12 * H).length).toBeGreaterThanOrEqual(3);
    expect(gaps.at(-1)).toBe(DAY);
    expect(times.at(-1)!).toBeLessThan(7 * DAY);
    expect(nextCheckAt({ ...input, checkedAt: T0 + 7 * DAY }, T0 + 7 * DAY)).toBeNull();
    expect(isGivenUp(input, T0 + 7 * DAY)).toBe(true);
    expect(isGivenUp(input, T0 + 6 * DAY)).toBe(false);
    expect(isGivenUp(at('transit', T0, { since: T0 }), T0 + 30 * DAY)).toBe(false);
  });

  it('checks a delivered shipment once more, 6 h after delivery was first seen, then stops', () => {
    const input = at('delivered', T0, { since: T0 });
    expect(checksOver(input, 3 * DAY)).toEqual([6 * H]);
    expect(nextCheckAt({ ...input, checkedAt: T0 + 6 * H }, T0 + 6 * H)).toBeNull();
    expect(nextCheckAt(at('expired', T0), T0)).toBeNull();
  });

  it('polls four times slower below 5% of the quota', () => {
    expect(nextCheckAt(at('pickup', T0, { slow: true }), T0)).toBe(T0 + 2 * H);
    expect(nextCheckAt(at('transit', T0, { slow: true }), T0)).toBe(T0 + 12 * H);
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
      ...Array.from({ length: 45 }, () => ['transit', 3 * H] as [Status, number]), // due
      ...Array.from({ length: 30 }, () => ['transit', H] as [Status, number]), // not yet
      ...Array.from({ length: 5 }, () => ['pickup', 30 * MIN] as [Status, number]), // due
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
    const { watchlist, poll } = list([['transit', 3 * H]]);
    poll.quota = { remaining: 0, peak: 1000, at: T0 };
    expect(planRun(watchlist, poll, { pollMinutes: 30 }, 'due', T0).chunks).toEqual([]);
    expect(planRun(watchlist, poll, { pollMinutes: 30 }, 'all', T0).chunks.flat()).toHaveLength(1);
    poll.quota = { remaining: 40, peak: 1000, at: T0 }; // 4%: slow, 3 h → 12 h
    expect(planRun(watchlist, poll, { pollMinutes: 30 }, 'due', T0).chunks).toEqual([]);
    poll.quota = { remaining: 60, peak: 1000, at: T0 }; // 6%: warned, not slowed
    expect(planRun(watchlist, poll, { pollMinutes: 30 }, 'due', T0).chunks.flat()).toHaveLength(1);
  });

  it('counts calls a day by interval group (the forecast)', () => {
    // 50 in transit (3 h, 2 calls each time), 10 out for delivery (30 min), 100 delivered and stopped.
    expect(callsPerDay([...Array(50).fill(3 * H), ...Array(10).fill(30 * MIN), ...Array(100).fill(null)])).toBe(8 * 2 + 48);
    expect(callsPerDay([])).toBe(0);
  });
});
