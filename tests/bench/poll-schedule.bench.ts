// API calls a day for 200 pinned parcels (50 in transit, 10 out for delivery, 100 delivered, 40 pending):
// the status schedule against a fixed 30-minute poll. The sandbox's fixed clock is the time: every 30 min
// it is advanced and the due chunks (the poller's own plan, utils/background/poll/plan.ts) are fetched through
// the real API client over HTTP; the calls are counted in the sandbox's request log.
// Stand-in: the statuses are a scripted mix (the sandbox's generated histories do not give this mix), and the
// provider's refresh (TrackingMore: every 3–6 h) is simulated per parcel with a seeded random; a change a
// refresh brings is "seen" at the first check after it. Prints figures, asserts nothing.
//   npx tsx tests/bench/poll-schedule.bench.ts
import { startSandbox } from '../../sandbox/server';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { createTrackingClient } from '../../utils/api';
import { numberOfKey } from '../../utils/watchlist/model';
import { planChunks, planRun } from '../../utils/background/poll/plan';
import { INITIAL_POLL_STATE, type PollState } from '../../utils/background/poll/poll-state';
import { isQuotaDue, nextSample } from '../../utils/background/poll/api-quota';
import type { Status } from '../../utils/shipments/types';
import type { Watchlist } from '../../utils/watchlist/model';
import { parcel, pinned } from '../unit/components/fixtures';

const MIN = 60_000;
const H = 60 * MIN;
const DAY = 24 * H;
const TICK = 30 * MIN;
const EPOCH = new Date('2026-11-20T12:00:00Z');

export interface PollScheduleFigures {
  pinned: number;
  /** Calls a day with the status schedule (list calls + the quota asks), counted in the sandbox log. */
  scheduleCallsPerDay: number;
  /** Calls a day polling all 200 every 30 minutes. */
  fixedCallsPerDay: number;
  /** scheduleCallsPerDay / fixedCallsPerDay (goal ≤ 0.1). */
  ratio: number;
  /** The same against the poll before this change (every 30 min, delivered ones skipped). */
  ratioVsOldPoll: number;
  /** The latest a change was seen after the (simulated) provider refresh that brought it, minutes. */
  maxLagAfterRefreshMin: number;
  /** The same for the out-for-delivery parcels only. */
  maxLagOutForDeliveryMin: number;
  /** The provider's slowest refresh interval, minutes: every refresh must be seen within one such window. */
  providerRefreshMin: number;
  /** Ticks (of 48) at which at least one call was made: each costs a call however few are due. */
  ticksWithCalls: number;
  /** Of the schedule's calls, the quota asks (v2 `getUserInfo`, every 6 h). */
  quotaCalls: number;
  /** Where the calls go: list calls at each tick that made any (UTC time → calls), to see what keeps the ratio up. */
  listCallsAt: Record<string, number>;
}

/** A small seeded random (mulberry32), so every run simulates the same refreshes. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fleet(start: number, rnd: () => number): { watchlist: Watchlist; poll: PollState } {
  const mix: [Status, number][] = [['transit', 50], ['pickup', 10], ['delivered', 100], ['pending', 40]];
  const watchlist: Watchlist = {};
  const poll: PollState = structuredClone(INITIAL_POLL_STATE);
  let i = 0;
  for (const [status, count] of mix) {
    for (let k = 0; k < count; k += 1, i += 1) {
      const p = pinned(parcel({ number: `TPB${String(i).padStart(8, '0')}`, status }), { pinnedAt: start - 10 * DAY + i, lastCheckedAt: null });
      watchlist[p.key] = p;
      // Delivered within the last two days, pending for up to ten (some given up): a steady state, not a fresh start.
      const age = status === 'delivered' ? rnd() * 2 * DAY : status === 'pending' ? rnd() * 10 * DAY : rnd() * 3 * DAY;
      poll.streak[p.key] = { status, since: start - age };
      poll.checkedAt[p.key] = start - Math.min(age, rnd() * 3 * H);
    }
  }
  return { watchlist, poll };
}

export async function runPollScheduleBench(): Promise<PollScheduleFigures> {
  const sb = await startSandbox({ port: 0, now: EPOCH });
  try {
    const client = createTrackingClient({ provider: 'trackingmore-v2', apiKey: DEMO_KEYS.empty, baseUrl: sb.trackingmoreUrl, rateLimits: { intervalMs: 0, realtimeIntervalMs: 0 }, timing: { retryLimit: 0 } });
    const rnd = random(16);
    const start = EPOCH.getTime();
    const { watchlist, poll } = fleet(start, rnd);
    // Per parcel still moving: the provider's refresh times over the day (every 3–6 h); each brings news.
    const refreshes = new Map<string, number[]>();
    for (const p of Object.values(watchlist)) {
      if (p.shipment!.status !== 'transit' && p.shipment!.status !== 'pickup') continue;
      const times: number[] = [];
      for (let at = start + rnd() * 3 * H; at < start + DAY; at += (3 + rnd() * 3) * H) times.push(at);
      refreshes.set(p.key, times);
    }

    let ticksWithCalls = 0;
    let quotaCalls = 0;
    const listCallsAt: Record<string, number> = {};
    const count = async (plan: (now: number) => string[][], onChecked: (keys: string[], now: number) => void, quota: boolean): Promise<number> => {
      sb.reset();
      sb.clearLog();
      let now = start;
      const quotaState: Pick<PollState, 'quota'> = { quota: null };
      for (let tick = 0; tick < DAY / TICK; tick += 1) {
        sb.advance(TICK / H);
        now += TICK;
        if (quota && isQuotaDue(quotaState.quota, now)) {
          quotaState.quota = nextSample(quotaState.quota, (await client.getUserInfo()).track_number ?? 0, now);
          quotaCalls += 1;
        }
        const chunks = plan(now);
        if (chunks.length) ticksWithCalls += 1;
        if (quota && chunks.length) listCallsAt[new Date(now).toISOString().slice(11, 16)] = chunks.length;
        for (const keys of chunks) {
          await client.listTrackings({ numbers: keys.map(numberOfKey) });
          onChecked(keys, now);
        }
      }
      return sb.log().length;
    };

    // The fixed poll of everything: all 200, every tick.
    const fixed = await count(() => planChunks(watchlist, () => true).chunks, () => undefined, false);
    const oldPoll = await count(() => planChunks(watchlist).chunks, () => undefined, false);

    // The schedule: what is due at each tick, by the poller's own plan; the lag of each refresh's news.
    const seenLag: number[] = [];
    const seenLagOfd: number[] = [];
    ticksWithCalls = 0;
    const pendingNews = new Map([...refreshes].map(([k, times]) => [k, [...times]]));
    const scheduled = await count(
      (now) => planRun(watchlist, poll, { pollMinutes: 30 }, 'due', now).chunks,
      (keys, now) => {
        for (const key of keys) {
          poll.checkedAt[key] = now;
          const news = pendingNews.get(key) ?? [];
          while (news.length && news[0]! <= now) {
            const lag = now - news.shift()!;
            seenLag.push(lag);
            if (watchlist[key]!.shipment!.status === 'pickup') seenLagOfd.push(lag);
          }
        }
      },
      true,
    );
    return {
      pinned: Object.keys(watchlist).length,
      scheduleCallsPerDay: scheduled,
      fixedCallsPerDay: fixed,
      ratio: Number((scheduled / fixed).toFixed(3)),
      ratioVsOldPoll: Number((scheduled / oldPoll).toFixed(3)),
      maxLagAfterRefreshMin: Math.round(Math.max(0, ...seenLag) / MIN),
      maxLagOutForDeliveryMin: Math.round(Math.max(0, ...seenLagOfd) / MIN),
      providerRefreshMin: 6 * 60,
      ticksWithCalls,
      quotaCalls,
      listCallsAt,
    };
  } finally {
    await sb.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await runPollScheduleBench(), null, 2));
