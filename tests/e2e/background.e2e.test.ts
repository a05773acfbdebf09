// The background in real Chromium against the sandbox: pin from an extension page, the clock moves on, a
// poll runs, and the user sees a notification and the badge count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, startSandbox, type ChromiumExtension } from './harness';
import { configureForSandbox } from './configure';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { SEED } from '../../sandbox/seed-data';

// The extension APIs inside the service worker, where the evaluated callbacks run.
interface WorkerChrome {
  alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  action: { getBadgeText(details: object): Promise<string> };
}
declare const chrome: WorkerChrome;

type SandboxHandle = Awaited<ReturnType<typeof startSandbox>>;

let sandbox: SandboxHandle;
let ext: ChromiumExtension;
let page: Page;

/** Sends a protocol message from an extension page, as the popup does. */
async function send(type: string, payload: object = {}) {
  return page.evaluate(
    ([t, p]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: t, payload: p }),
    [type, payload] as const,
  ) as Promise<{ ok: boolean; data?: any; error?: { kind: string; message: string } }>;
}

async function inWorker<T>(fn: () => Promise<T>): Promise<T> {
  return (await ext.worker()).evaluate(fn);
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, now: new Date('2026-11-20T12:00:00Z') });
  // A new install, as it opens the options page (no site access needed here).
  ext = await launchChromium({ allSites: false });
  await configureForSandbox(ext.serviceWorker, { endpoint: sandbox.trackingmoreUrl, apiKey: DEMO_KEYS.trackingmore });
  // Any extension page may talk to the background; options is opened on install anyway.
  page = await ext.context.newPage();
  await page.goto(ext.extUrl('/popup.html'));
});

afterAll(async () => {
  await ext?.close();
  await sandbox?.close();
});

describe('background (Chromium)', () => {
  it('opened the options page on install and keeps a 30-minute poll alarm', async () => {
    const urls = ext.context.pages().map((p) => p.url());
    expect(urls.some((u) => u.includes('/options.html'))).toBe(true);
    const alarm = await inWorker(() => chrome.alarms.get('trackpin-poll'));
    expect(alarm?.periodInMinutes).toBe(30);
  });

  it('pins, polls, and shows a notification and the badge when the status changes', async () => {
    const looked = await send('lookup', { number: SEED.ups });
    expect(looked).toMatchObject({ ok: true, data: { shipment: { status: 'transit' }, pinned: false } });
    const pinned = await send('pin', { number: SEED.ups });
    expect(pinned).toMatchObject({ ok: true, data: { key: `ups:${SEED.ups}` } });

    expect(await send('poll-now')).toMatchObject({ ok: true });
    expect(await inWorker(() => chrome.action.getBadgeText({}))).toBe('');
    expect(Object.keys(await inWorker(() => chrome.notifications.getAll()))).toHaveLength(0);

    sandbox.advance(7); // the scripted UPS history reaches "out for delivery"
    expect(await send('poll-now')).toMatchObject({ ok: true });

    const shown = await inWorker(() => chrome.notifications.getAll());
    expect(Object.keys(shown)).toHaveLength(1);
    expect(Object.keys(shown)[0]).toContain(SEED.ups);
    expect(await inWorker(() => chrome.action.getBadgeText({}))).toBe('1');

    const status = await send('status');
    expect(status).toMatchObject({ ok: true, data: { configured: true, pinned: 1, unread: 1, lastPollError: null } });
    const listCalls = sandbox.log().filter((e) => e.endpoint === 'list').length;
    expect(listCalls).toBe(2);

    await send('mark-read', { keys: [] });
    expect(await inWorker(() => chrome.action.getBadgeText({}))).toBe('');
  });

  it('keeps the key away from content scripts: their settings message has no key', async () => {
    const settings = await send('content-settings', { host: '127.0.0.1' });
    expect(settings).toEqual({ ok: true, data: { enabled: true, offOnPasswordPages: true, uiLanguage: 'auto' } });
  });
});
