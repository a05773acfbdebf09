// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SEED } from '@/sandbox/seed-data';
import { pin } from '@/utils/background/pins';
import { lookup } from '@/utils/background/lookup';
import { pollRun, pollStep } from '@/utils/background/poll/poller';
import { runBulk, startBulk } from '@/utils/background/bulk/bulk';
import { status } from '@/utils/background/status-reply';
import { RETRY_ALARM } from '@/utils/background/alarms';
import { readPollState } from '@/utils/background/poll/poll-state';
import { readWatchlist } from '@/utils/watchlist/store';
import { badge, calls, configure, DEMO_KEYS, notifications, numbers } from '../helpers';
import { useBackgroundHarness } from '../../harness';

const sb = useBackgroundHarness();

async function pinMany(count: number, prefix: string) {
  await configure(sb, { apiKey: DEMO_KEYS.empty });
  await startBulk(numbers(count, prefix).map((n) => ({ number: n, carrier: 'dhl' })));
  await runBulk();
  sb.clearLog();
}

describe('polling', () => {
  it('fetches 200 pinned shipments with exactly 5 list calls per run', async () => {
    await pinMany(200, 'TPP');
    expect(await pollRun()).toBe('done');
    expect(calls(sb, 'list')).toBe(5);
    expect(sb.log()).toHaveLength(5);
    const list = Object.values(await readWatchlist());
    expect(list.every((p) => p.shipment !== null && p.lastCheckedAt !== null)).toBe(true);
    // First data after pinning is the baseline: no notifications, nothing unread.
    expect(Object.keys(await notifications())).toHaveLength(0);
    expect(await badge()).toBe('');
    sb.clearLog();
    await pollRun();
    expect(calls(sb, 'list')).toBe(5);
  });

  it('notifies a status change once, bumps the badge, and stays quiet when nothing changed', async () => {
    await lookup({ number: SEED.ups });
    await pin({ number: SEED.ups, title: 'Mechanical keyboard' });
    await pollRun();
    expect(Object.keys(await notifications())).toHaveLength(0);
    expect(await badge()).toBe('');

    sb.advance(7); // transit → out for delivery
    await pollRun();
    const shown = Object.values(await notifications());
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ type: 'basic', title: 'Out for delivery: Mechanical keyboard' });
    expect(shown[0]?.iconUrl).toMatch(/\/icon\/128\.png$/);
    expect(await badge()).toBe('1');
    expect((await status()).unread).toBe(1);

    await fakeBrowser.notifications.clear(Object.keys(await notifications())[0]!);
    await pollRun();
    expect(Object.keys(await notifications())).toHaveLength(0);
    expect(await badge()).toBe('1');
  });

  it('skips delivered, expired and archived shipments', async () => {
    await lookup({ number: SEED.dhl, carrier: 'dhl' }); // delivered
    await pin({ number: SEED.dhl, carrier: 'dhl' });
    await lookup({ number: SEED.ups });
    await pin({ number: SEED.ups });
    sb.clearLog();
    await pollRun();
    expect(calls(sb, 'list')).toBe(1);
    expect(sb.log()[0]?.path).toBe('/v2/trackings/get');
  });

  it('resumes a run interrupted between chunks without losing or repeating work', async () => {
    await pinMany(200, 'TPK');
    await pollRun(); // baseline
    sb.advance(40); // many generated histories move on
    sb.clearLog();
    // The worker dies after two chunks: only what pollStep saved survives.
    expect(await pollStep()).toBe('more');
    expect(await pollStep()).toBe('more');
    expect((await readPollState()).run?.nextChunk).toBe(2);
    expect(Object.keys(await notifications())).toHaveLength(0); // notified once, at the end
    // A new worker picks the run up.
    expect(await pollRun()).toBe('done');
    expect(calls(sb, 'list')).toBe(5);
    const unread = Object.values(await readWatchlist()).filter((p) => p.unread).length;
    expect(unread).toBeGreaterThan(3);
    const shown = Object.values(await notifications());
    // More than three changes at once: one grouped notification counting each change exactly once.
    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toBe(`${unread} shipments have updates`);
    expect(await badge()).toBe(unread > 99 ? '99+' : String(unread));
    expect((await readPollState()).run).toBeNull();
  });

  it('refreshes pinned air waybills through the aircargo endpoint', async () => {
    await pin({ number: SEED.awb });
    sb.clearLog();
    await pollRun();
    expect(calls(sb, 'aircargo')).toBe(1);
    expect(calls(sb, 'list')).toBe(0);
    const p = Object.values(await readWatchlist())[0]!;
    expect(p.shipment?.kind).toBe('awb');
    expect(p.shipment?.status).toBe('delivered');
  });

  it('pauses polling on 429 until the given time and reports it in status', async () => {
    await lookup({ number: SEED.ups });
    await pin({ number: SEED.ups });
    sb.clearLog();
    sb.setFaults({ kind: '429', path: '/v2/trackings/get' });
    expect(await pollRun()).toBe('paused');
    const s = await status();
    expect(s.pausedUntil).toBeGreaterThan(Date.now() + 60_000);
    expect(s.lastPollError?.kind).toBe('rate-limited');
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeDefined();
    sb.clearLog();
    expect(await pollRun()).toBe('paused');
    expect(sb.log()).toHaveLength(0);
  });

  it('keeps the last good data and backs off on network errors', async () => {
    await lookup({ number: SEED.ups });
    await pin({ number: SEED.ups });
    sb.setFaults({ kind: 'drop', count: 5 });
    expect(await pollRun()).toBe('failed');
    const p = Object.values(await readWatchlist())[0]!;
    expect(p.shipment?.status).toBe('transit');
    const state = await readPollState();
    expect(state.failures).toBe(1);
    expect(state.lastPollError?.kind).toBe('network');
    expect(state.run).not.toBeNull(); // resumes on the retry
    const retry = await fakeBrowser.alarms.get(RETRY_ALARM);
    expect(retry!.scheduledTime - Date.now()).toBeLessThanOrEqual(60_000 + 1000);
    sb.setFaults([]);
    expect(await pollRun()).toBe('done');
    expect((await readPollState()).failures).toBe(0);
    expect((await status()).lastPollError).toBeNull();
  });

  it('follows the notification rule: important = delivered and problems only, none = nothing', async () => {
    await lookup({ number: SEED.ups });
    await pin({ number: SEED.ups });
    await configure(sb, { notify: 'important' });
    await pollRun();
    sb.advance(7); // out for delivery: not important
    await pollRun();
    expect(Object.keys(await notifications())).toHaveLength(0);
    expect(await badge()).toBe('1'); // still an unread update
    sb.advance(8); // delivered
    await pollRun();
    expect(Object.values(await notifications()).map((n) => n.title)).toEqual([`Delivered: Mechanical keyboard`]);
  });
});
