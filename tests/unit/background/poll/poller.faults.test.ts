// @vitest-environment node
// Polling under every fault the sandbox can inject. After each: every pinned shipment keeps its last good
// data, msg.status names the problem in words, polling goes on by itself through the alarm once the fault
// ends, and each real change is notified exactly once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FaultSpec } from '@/sandbox/faults';
import { clientTuning } from '@/utils/background/client';
import { registerBackground } from '@/utils/background/lifecycle';
import { POLL_ALARM, RETRY_ALARM } from '@/utils/background/alarms';
import { pollRun, pollStep, QUOTA_PAUSE_MS } from '@/utils/background/poll/poller';
import { status } from '@/utils/background/status-reply';
import { readPollState } from '@/utils/background/poll/poll-state';
import { readWatchlist } from '@/utils/watchlist/store';
import {
  calls,
  clearNotifications,
  expectNotifiedOnce,
  fireAlarm,
  notifications,
  pinnedWatchlist,
  pollSettled,
  sandbox,
  shipmentsOf,
} from '../helpers';
import { useBackgroundHarness } from '../../harness';

const sb = useBackgroundHarness({ settings: false });

afterEach(() => {
  vi.useRealTimers();
});

interface Case {
  name: string;
  fault: FaultSpec;
  kind: string;
  message: string;
  /** What the interrupted run returns. */
  result: 'failed' | 'paused';
  /** Expected pause length, for 429 and quota. */
  pauseMs?: number;
}

const LIST = '/v2/trackings/get';

const CASES: Case[] = [
  { name: 'a burst of HTTP 500', fault: { kind: '500', count: 4, path: LIST }, kind: 'server', message: 'The tracking service is having problems. Try again later.', result: 'failed' },
  { name: 'HTTP 503 maintenance', fault: { kind: '503', count: 2, path: LIST }, kind: 'server', message: 'The tracking service is having problems. Try again later.', result: 'failed' },
  { name: 'an HTML 502 error page from a proxy', fault: { kind: 'html', count: 2, path: LIST }, kind: 'server', message: 'The tracking service is having problems. Try again later.', result: 'failed' },
  { name: 'a dropped connection', fault: { kind: 'drop', count: 2, path: LIST }, kind: 'network', message: 'The tracking service could not be reached. Check your connection.', result: 'failed' },
  { name: 'a reply that never comes (timeout)', fault: { kind: 'delay', delayMs: 1_500, path: LIST }, kind: 'timeout', message: 'The tracking service took too long to answer. Try again.', result: 'failed' },
  { name: '429 without a wait time', fault: { kind: '429', path: LIST }, kind: 'rate-limited', message: 'Too many requests. Trackpin will try again in a few minutes.', result: 'paused', pauseMs: 120_000 },
  { name: '429 with Retry-After: 900', fault: { kind: '429', path: LIST, retryAfterS: 900 }, kind: 'rate-limited', message: 'Too many requests. Trackpin will try again in a few minutes.', result: 'paused', pauseMs: 900_000 },
  { name: 'quota used up (4021)', fault: { kind: 'quota', path: LIST }, kind: 'quota', message: 'Your tracking quota is used up. Top up the account or wait for the quota to renew.', result: 'paused', pauseMs: QUOTA_PAUSE_MS },
];

describe('polling under faults', () => {
  for (const c of CASES) {
    it(`survives ${c.name} in the middle of a run and resumes through the alarm`, async () => {
      if (c.kind === 'timeout') clientTuning.timing = { retryLimit: 0, timeoutMs: 300, totalTimeoutMs: 600 };
      const before = await pinnedWatchlist(sb);
      registerBackground();
      sb.advance(7); // UPS goes out for delivery; generated parcels move on too

      // The first chunk (40 shipments) is fetched, then the fault hits the second one.
      const start = Date.now();
      expect(await pollStep()).toBe('more'); // starts the run and saves chunk 1
      sb.setFaults(c.fault);
      expect(await pollRun()).toBe(c.result);

      // Nothing pinned was lost or overwritten with bad data.
      const during = await readWatchlist();
      expect(Object.keys(during).sort()).toEqual(Object.keys(before).sort());
      for (const [key, p] of Object.entries(during)) expect(p.shipment, key).not.toBeNull();
      const run = (await readPollState()).run!;
      for (const key of run.chunks[1]!) expect(shipmentsOf(during)[key]).toEqual(shipmentsOf(before)[key]);

      // The user is told what is wrong, in words, and nothing was notified yet.
      const s = await status();
      expect(s.lastPollError).toMatchObject({ kind: c.kind, message: c.message });
      expect(Object.keys(await notifications())).toHaveLength(0);

      // Polling goes on by itself: a one-shot alarm at the back-off or pause time.
      const retry = await fakeBrowser.alarms.get(RETRY_ALARM);
      expect(retry).toBeDefined();
      if (c.pauseMs !== undefined) {
        expect(s.pausedUntil).not.toBeNull();
        expect(s.pausedUntil! - start).toBeGreaterThanOrEqual(c.pauseMs);
        expect(s.pausedUntil! - start).toBeLessThan(c.pauseMs + 60_000);
        expect(retry!.scheduledTime).toBe(s.pausedUntil);
        // While paused, the repeating poll alarm asks the service nothing.
        sb.clearLog();
        expect(await pollRun()).toBe('paused');
        expect(sb.log()).toHaveLength(0);
      } else {
        expect(retry!.scheduledTime - start).toBeLessThanOrEqual(60_000 + 5_000);
      }

      // The fault ends; the retry alarm fires at its time and the run completes from where it stopped.
      sb.setFaults([]);
      sb.clearLog();
      // (The clock only moves forward from here: the client's rate limiter remembers the last request time.)
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Math.max(Date.now(), retry!.scheduledTime));
      await fireAlarm(RETRY_ALARM);
      await pollSettled();
      expect(calls(sb, 'list')).toBe(1); // only the chunk that failed; chunk 1 is not fetched again
      const after = await readWatchlist();
      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      expect(after[`ups:1Z999AA10123456784`]?.shipment?.status).toBe('pickup');
      const st = await status();
      expect(st.lastPollError).toBeNull();
      expect(st.pausedUntil).toBeNull();
      const unread = Object.values(after).filter((p) => p.unread).length;
      expect(unread).toBeGreaterThan(0);
      await expectNotifiedOnce(unread);

      // The next poll (Check now: a scheduled tick would find nothing due yet) finds no new data: nothing is notified again.
      await clearNotifications();
      expect(await pollRun()).toBe('done');
      expect(calls(sb, 'list')).toBe(3);
      expect(Object.keys(await notifications())).toHaveLength(0);
    });
  }

  it('keeps the last good data and says so when a chunk reply is malformed JSON, and goes on with the rest', async () => {
    const before = await pinnedWatchlist(sb);
    sb.advance(7);
    sb.setFaults({ kind: 'malformed', path: LIST }); // the first chunk's reply is cut off
    expect(await pollRun()).toBe('done');
    const after = await readWatchlist();
    const failedKeys = Object.entries(after).filter(([, p]) => p.lastError).map(([k]) => k);
    expect(failedKeys).toHaveLength(40);
    for (const key of failedKeys) {
      expect(after[key]?.shipment).toEqual(before[key]?.shipment);
      expect(after[key]?.lastError).toMatchObject({ kind: 'malformed-reply', message: 'The tracking service sent an answer Trackpin could not read.' });
    }
    // The shipments of the readable chunk were updated.
    const fresh = Object.values(after).filter((p) => !p.lastError);
    expect(fresh).toHaveLength(6);
    expect(fresh.every((p) => p.lastCheckedAt! >= before[p.key]!.lastCheckedAt!)).toBe(true);
    // The run finished, but the status still names the problem until a clean poll.
    expect((await status()).lastPollError).toMatchObject({ kind: 'malformed-reply' });
    await clearNotifications();
    expect(await pollRun()).toBe('done');
    expect((await status()).lastPollError).toBeNull();
    expect(Object.values(await readWatchlist()).every((p) => p.lastError === null)).toBe(true);
  });

  it('stops on a key revoked mid-poll, keeps every shipment, says why, and resumes on the poll alarm once a key works', async () => {
    const before = await pinnedWatchlist(sb);
    registerBackground();
    sb.advance(7);
    expect(await pollStep()).toBe('more');
    sb.setFaults({ kind: 'revoked', count: 20 });
    expect(await pollRun()).toBe('failed');
    // Chunk 1 was saved with newer data; the shipments the dead key could not fetch are exactly as before.
    const during = await readWatchlist();
    const untouched = Object.values(during).filter((p) => p.lastCheckedAt === before[p.key]!.lastCheckedAt);
    expect(untouched).toHaveLength(6);
    for (const p of untouched) expect(p.shipment).toEqual(before[p.key]!.shipment);
    expect(Object.keys(await readWatchlist()).sort()).toEqual(Object.keys(before).sort());
    const s = await status();
    expect(s.lastPollError).toMatchObject({
      kind: 'auth',
      code: 4002,
      message: "The API key has been deleted from the tracking account. Add a new key in Trackpin's options.",
    });
    // Retrying a dead key is pointless: no retry alarm, but the repeating poll alarm stays.
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();
    expect((await fakeBrowser.alarms.get(POLL_ALARM))?.periodInMinutes).toBe(30);
    // What the first chunk found is saved and still notified (the next run will not see it as new).
    const unreadBefore = Object.values(during).filter((p) => p.unread).length;
    expect(unreadBefore).toBeGreaterThan(0);
    await expectNotifiedOnce(unreadBefore);
    await clearNotifications();

    sb.setFaults([]);
    sb.clearLog();
    // The next scheduled tick at which the shipments are due again (in transit: 3 h).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 3 * 3_600_000);
    await fireAlarm(POLL_ALARM);
    await vi.waitFor(async () => expect((await status()).lastPollAt).not.toBeNull());
    await pollSettled();
    await vi.waitFor(async () => expect((await status()).lastPollError).toBeNull());
    const after = await readWatchlist();
    expect(after[`ups:1Z999AA10123456784`]?.shipment?.status).toBe('pickup');
    // Only the shipments the dead key could not fetch are news now; nothing is notified twice.
    await expectNotifiedOnce(Object.values(after).filter((p) => p.unread).length - unreadBefore);
  });

  it('backs off exponentially over consecutive failures and never faster than 30 s', async () => {
    await pinnedWatchlist(sb, 0);
    sb.setFaults({ kind: '503', count: 10 });
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      const t0 = Date.now();
      expect(await pollRun()).toBe('failed');
      delays.push((await fakeBrowser.alarms.get(RETRY_ALARM))!.scheduledTime - t0);
    }
    expect(delays[0]).toBeGreaterThanOrEqual(30_000);
    for (let i = 1; i < delays.length; i++) expect(delays[i]!).toBeGreaterThan(delays[i - 1]! * 1.5);
    expect((await readPollState()).failures).toBe(4);
  });
});
