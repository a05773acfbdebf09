// Faults in real Chromium: the production build's fetch, CORS and storage, against sandbox fault hooks.
// Lookups name each failure clearly (Chrome itself may retry a dropped GET, so drops come in numbers); a poll that meets a 429 pauses for the server's Retry-After (the
// wait time, or the documented 2 minutes without one); pinned data survives; the key appears in no reply.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, startSandbox, type ChromiumExtension } from './harness';
import { configureForSandbox } from './configure';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { SEED } from '../../sandbox/seed-data';

type SandboxHandle = Awaited<ReturnType<typeof startSandbox>>;
declare const chrome: any;

let sandbox: SandboxHandle;
let ext: ChromiumExtension;
let page: Page;
const replies: unknown[] = [];

async function send(type: string, payload: object = {}): Promise<{ ok: boolean; data?: any; error?: { kind: string; message: string; code?: number } }> {
  const r = await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
  replies.push(r);
  return r as never;
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, now: new Date('2026-11-20T12:00:00Z') });
  ext = await launchChromium();
  await configureForSandbox(ext.serviceWorker, { endpoint: sandbox.trackingmoreUrl, apiKey: DEMO_KEYS.trackingmore });
  page = await ext.context.newPage();
  await page.goto(ext.extUrl('/popup.html'));
});

afterAll(async () => {
  await ext?.close();
  await sandbox?.close();
});

describe('faults (Chromium)', () => {
  it('a lookup names each failure; the production client retries a short 5xx burst by itself', async () => {
    const path = '/v2/trackings/ups';
    const cases = [
      { fault: { kind: 'html', count: 3 }, error: { kind: 'server', message: 'The tracking service is having problems. Try again later.' } },
      { fault: { kind: 'drop', count: 9 }, error: { kind: 'network', message: 'The tracking service could not be reached. Check your connection.' } },
      { fault: { kind: 'malformed', count: 1 }, error: { kind: 'malformed-reply', message: 'The tracking service sent an answer Trackpin could not read.' } },
      { fault: { kind: 'quota', count: 1 }, error: { kind: 'quota', code: 4021 } },
      { fault: { kind: 'revoked', count: 1 }, error: { kind: 'auth', code: 4002, message: "The API key has been deleted from the tracking account. Add a new key in Trackpin's options." } },
    ];
    for (const c of cases) {
      sandbox.setFaults({ ...c.fault, path } as never);
      expect(await send('lookup', { number: SEED.ups, refresh: true }), c.fault.kind).toMatchObject({ ok: false, error: c.error });
    }
    // Two 503s then success: retried within the same call (2 retries), the user sees the data.
    sandbox.setFaults({ kind: '503', count: 2, path });
    sandbox.clearLog();
    expect(await send('lookup', { number: SEED.ups, refresh: true })).toMatchObject({ ok: true, data: { shipment: { status: 'transit' } } });
    expect(sandbox.log().filter((e) => e.path.startsWith(path))).toHaveLength(3);
  });

  it('a poll meeting 429 pauses for the Retry-After the server sent, keeping the pinned data', async () => {
    expect(await send('pin', { number: SEED.ups, title: 'Keyboard' })).toMatchObject({ ok: true });
    expect(await send('poll-now')).toMatchObject({ ok: true });
    const before = (await send('watchlist')).data;
    expect(before[0].shipment.status).toBe('transit');

    sandbox.setFaults({ kind: '429', count: 3, retryAfterS: 900, path: '/v2/trackings/get' });
    const t0 = Date.now();
    expect(await send('poll-now')).toMatchObject({ ok: true });
    const status = (await send('status')).data;
    expect(status.lastPollError).toMatchObject({ kind: 'rate-limited', message: 'Too many requests. Trackpin will try again in a few minutes.' });
    expect(status.pausedUntil - t0).toBeGreaterThan(890_000);
    expect(status.pausedUntil - t0).toBeLessThan(960_000);
    const retry = await page.evaluate(() => chrome.alarms.get('trackpin-poll-retry'));
    expect(retry.scheduledTime).toBe(status.pausedUntil);
    expect((await send('watchlist')).data).toEqual(before);
  });

  it('no reply carried the API key', () => {
    expect(replies.length).toBeGreaterThan(5);
    expect(JSON.stringify(replies)).not.toContain(DEMO_KEYS.trackingmore);
  });
});
