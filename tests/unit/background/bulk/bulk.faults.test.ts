// @vitest-environment node
// Bulk import under faults: a transient failure leaves the queue and says why while it waits, an alarm
// carries on by itself; a final one (quota, dead key) reports every number left with a specific reason;
// whatever was added before stays pinned.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTrackingClient } from '@/utils/api';
import { registerBackground } from '@/utils/background/lifecycle';
import { BULK_ALARM } from '@/utils/background/alarms';
import { BATCH, runBulk, startBulk } from '@/utils/background/bulk/bulk';
import { readBulk } from '@/utils/background/bulk/bulk-state';
import { readWatchlist } from '@/utils/watchlist/store';
import { bulkSettled, configure, DEMO_KEYS, fireAlarm, numbers } from '../helpers';
import { useBackgroundHarness } from '../../harness';
import { forgetLimiters } from '@/utils/api/rate-limiter';

const sb = useBackgroundHarness({ settings: { apiKey: DEMO_KEYS.empty } });

const BATCH_PATH = '/v2/trackings/batch';
/** Faults apply in order: this one lets the first batch through untouched, the next hits the second. */
const AFTER_FIRST_BATCH = { kind: 'delay', delayMs: 0, count: 1, path: BATCH_PATH } as const;

function entries(count: number, prefix: string) {
  return numbers(count, prefix).map((n, i) => ({ number: n, carrier: 'dhl', title: `Order ${i + 1}` }));
}

/** How many of `list` the provider account holds. */
async function inAccount(list: string[], apiKey: string = DEMO_KEYS.empty): Promise<number> {
  const client = createTrackingClient({ provider: 'trackingmore-v2', apiKey, baseUrl: sb.trackingmoreUrl, rateLimits: { intervalMs: 0, realtimeIntervalMs: 0 } });
  return (await client.listTrackings({ numbers: list })).items.length;
}

describe('bulk import under faults', () => {
  for (const fault of [
    { kind: '503', count: 3, path: BATCH_PATH, errKind: 'server', message: 'The tracking service is having problems. Try again later.' },
    { kind: 'drop', count: 1, path: BATCH_PATH, errKind: 'network', message: 'The tracking service could not be reached. Check your connection.' },
    { kind: 'html', count: 1, path: BATCH_PATH, errKind: 'server', message: 'The tracking service is having problems. Try again later.' },
    { kind: '429', count: 1, path: BATCH_PATH, retryAfterS: 300, errKind: 'rate-limited', message: 'Too many requests. Trackpin will try again in a few minutes.' },
  ] as const) {
    it(`waits out ${fault.kind} after the first batch, says why, and finishes on its alarm with nothing lost or doubled`, async () => {
      registerBackground();
      const list = entries(130, 'TPB');
      sb.setFaults([AFTER_FIRST_BATCH, { ...fault }]);
      await startBulk(list); // runs in the background like the real message handler
      await runBulk(); // joins the running import; returns when it stops to wait
      let { progress, queue } = await readBulk();
      expect(progress).toMatchObject({ state: 'running', total: 130, error: { kind: fault.errKind, message: fault.message } });
      expect(progress!.done).toBeLessThan(130);
      expect(queue?.pending.length).toBe(130 - progress!.done);
      expect(Object.keys(await readWatchlist())).toHaveLength(progress!.added);
      const alarm = await fakeBrowser.alarms.get(BULK_ALARM);
      expect(alarm).toBeDefined();
      if (fault.kind === '429') expect(alarm!.scheduledTime - Date.now()).toBeGreaterThan(290_000);

      sb.setFaults([]);
      // The alarm fires once the pause is over; here it fires early, so drop the client's 429 pause with it.
      forgetLimiters();
      await fireAlarm(BULK_ALARM);
      await bulkSettled();
      ({ progress, queue } = await readBulk());
      expect(progress).toMatchObject({ state: 'done', total: 130, done: 130, added: 130, failed: [], error: null });
      expect(queue).toBeNull();
      const pinned = await readWatchlist();
      expect(Object.keys(pinned).sort()).toEqual(list.map((e) => `dhl:${e.number}`).sort());
      expect(pinned['dhl:TPB0000007']?.title).toBe('Order 7');
      expect(await inAccount(list.map((e) => e.number))).toBe(130);
    });
  }

  it('stops on quota used up (4021) mid-import: keeps what was added, names the reason for each number left', async () => {
    const list = entries(100, 'TPQ');
    sb.setFaults([AFTER_FIRST_BATCH, { kind: 'quota', path: BATCH_PATH }]);
    await startBulk(list);
    await runBulk();
    const { progress, queue } = await readBulk();
    const quota = 'Your tracking quota is used up. Top up the account or wait for the quota to renew.';
    expect(progress).toMatchObject({ state: 'failed', total: 100, done: 100, added: BATCH, error: { kind: 'quota', message: quota } });
    expect(progress!.failed).toHaveLength(100 - BATCH);
    expect(progress!.failed.every((f) => f.message === quota)).toBe(true);
    expect(queue).toBeNull();
    expect(Object.keys(await readWatchlist())).toHaveLength(BATCH);
    // Nothing waits for an alarm: retrying would only fail again.
    sb.clearLog();
    await runBulk();
    expect(sb.log()).toHaveLength(0);
  });

  it('reports numbers refused for a low balance (4019) in the user’s words, not the provider’s', async () => {
    await configure(sb, { apiKey: DEMO_KEYS.lowQuota }); // 3 creations allowed
    await startBulk(entries(5, 'TPL'));
    await runBulk();
    const { progress } = await readBulk();
    expect(progress).toMatchObject({ state: 'done', total: 5, added: 3 });
    expect(progress!.failed.map((f) => f.message)).toEqual([
      "The tracking account's balance is too low to add numbers. Top up the account.",
      "The tracking account's balance is too low to add numbers. Top up the account.",
    ]);
    expect(Object.keys(await readWatchlist())).toHaveLength(3);
  });

  it('stops on a key revoked mid-import and says the key was deleted', async () => {
    const list = entries(90, 'TPR');
    sb.setFaults([AFTER_FIRST_BATCH, { kind: 'revoked', count: 5 }]);
    await startBulk(list);
    await runBulk();
    const { progress } = await readBulk();
    const revoked = "The API key has been deleted from the tracking account. Add a new key in Trackpin's options.";
    expect(progress).toMatchObject({ state: 'failed', added: BATCH, error: { kind: 'auth', code: 4002, message: revoked } });
    expect(progress!.failed).toHaveLength(90 - BATCH);
    expect(progress!.failed[0]?.message).toBe(revoked);
    expect(Object.keys(await readWatchlist())).toHaveLength(BATCH);
  });
});
