// @vitest-environment node
// The quota against the sandbox over real HTTP, on a fake clock: asked before a scheduled run at most every
// 6 hours (v2 only), shown with the days it lasts at the schedule's rate, and at zero no scheduled call.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEED } from '@/sandbox/seed-data';
import { pin } from '@/utils/background/pins';
import { lookup } from '@/utils/background/lookup';
import { pollRun } from '@/utils/background/poll/poller';
import { status } from '@/utils/background/status-reply';
import { quotaLevel, quotaReport } from '@/utils/background/poll/api-quota';
import { quotaText } from '@/components/QuotaNote';
import { calls, configure } from '../helpers';
import { useBackgroundHarness } from '../../harness';

const sb = useBackgroundHarness();
const H = 3_600_000;

afterEach(() => vi.useRealTimers());

async function setQuota(quota: number) {
  await fetch(`${sb.url}/__sandbox/config`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ quota }) });
}

describe('quota', () => {
  it('is asked before a scheduled run at most every 6 h, shown with its forecast, and stops scheduled polls at zero', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await lookup({ number: SEED.ups });
    await pin({ number: SEED.ups });
    sb.clearLog();
    expect(await pollRun(Date.now, 'due')).toBe('done');
    expect(calls(sb, 'getuserinfo')).toBe(1);
    const q = (await status()).quota;
    expect(q).toMatchObject({ reported: true, remaining: 10_000, level: 'ok' });
    // One in transit (4 checks a day, one call each) plus four quota asks: 8 a day.
    expect(q).toMatchObject({ callsPerDay: 8, daysLeft: Math.floor(10_000 / 8) });

    // A tick right after: no quota ask and nothing due.
    sb.clearLog();
    await pollRun(Date.now, 'due');
    expect(sb.log()).toHaveLength(0);

    // Seven hours on, the account is empty: the quota is asked again and no scheduled call follows.
    await setQuota(0);
    vi.setSystemTime(Date.now() + 7 * H);
    sb.clearLog();
    await pollRun(Date.now, 'due');
    expect(calls(sb, 'getuserinfo')).toBe(1);
    expect(calls(sb, 'list')).toBe(0);
    expect((await status()).quota).toMatchObject({ reported: true, remaining: 0, level: 'empty' });
  });

  it('is "not reported" on TrackingMore v4 and asks nothing for it', async () => {
    await configure(sb, { provider: 'trackingmore-v4', endpoint: sb.trackingmoreV4Url, apiKey: 'tm4-demo-0001' });
    await pollRun(Date.now, 'due');
    expect(sb.log().filter((e) => e.endpoint === 'getuserinfo')).toHaveLength(0);
    expect((await status()).quota).toEqual({ reported: false });
    expect(quotaText({ reported: false }).line).toBe('Quota: not reported by this provider');
  });

  it('warns below 10%, slows below 5% (of the largest remaining seen), and says so', () => {
    expect(quotaLevel({ remaining: 120, peak: 1000, at: 0 })).toBe('ok');
    expect(quotaLevel({ remaining: 99, peak: 1000, at: 0 })).toBe('low');
    expect(quotaLevel({ remaining: 49, peak: 1000, at: 0 })).toBe('slow');
    expect(quotaText(quotaReport(true, { remaining: 99, peak: 1000, at: 0 }, 20))).toEqual({
      line: 'Quota: 99 left — at this rate it lasts about 4 days',
      warning: 'Less than 10% of the quota is left: top up your plan soon.',
    });
    expect(quotaText(quotaReport(true, { remaining: 49, peak: 1000, at: 0 }, 20)).warning).toBe('Less than 5% of the quota is left: checking less often.');
  });
});
