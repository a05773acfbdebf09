// The service worker is stopped (as Chrome does to an idle or long-running worker) in the middle of a bulk
// import and in the middle of a poll, with the sandbox holding one reply back so the stop lands mid-request.
// A new worker is woken by an extension page and must finish the work: nothing lost, nothing twice.
// Stopping uses the DevTools protocol's ServiceWorker.stopAllWorkers from a page session (closing the
// worker's target does not stop it, and runtime.reload() does not bring it back).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, startSandbox, type ChromiumExtension } from './harness';
import { configureForSandbox } from './configure';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { createTrackingClient } from '../../utils/api';

type SandboxHandle = Awaited<ReturnType<typeof startSandbox>>;

let sandbox: SandboxHandle;
let ext: ChromiumExtension;
let page: Page;
let cdp: CDPSession;

interface Stored {
  watchlist?: Record<string, { key: string; title: string | null; unread: boolean; shipment: unknown }>;
  pollState?: { run: { nextChunk: number; chunks: string[][] } | null; lastPollError: unknown };
  bulkProgress?: { state: string; total: number; done: number; added: number; failed: unknown[] } | null;
  bulkQueue?: { pending: unknown[] } | null;
}

// Evaluated callbacks are serialised into the browser, so they name the extension API themselves.
declare const chrome: any;

/** Sends a protocol message from the extension page, as the popup does; a stopped worker rejects it. */
function send(type: string, payload: object = {}): Promise<unknown> {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const).catch((e: Error) => ({ rejected: e.message }));
}

async function stored(): Promise<Stored> {
  return page.evaluate(() => chrome.storage.local.get(['watchlist', 'pollState', 'bulkProgress', 'bulkQueue']));
}

async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 40_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v).slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function notificationsShown(): Promise<Record<string, boolean>> {
  return page.evaluate(() => chrome.notifications.getAll());
}

const calls = (endpoint: string) => sandbox.log().filter((e) => e.endpoint === endpoint).length;

/** Running status of the extension's worker, from the DevTools ServiceWorker domain's updates. */
let workerStatus = 'unknown';

/** Stops the extension's service worker and waits until DevTools reports it stopped. */
async function stopWorker(): Promise<void> {
  await cdp.send('ServiceWorker.stopAllWorkers');
  await until('the worker to stop', async () => workerStatus, (s) => s === 'stopped', 10_000);
}

/**
 * Any extension event wakes a new worker; its start-up resumes interrupted work. (Playwright does not
 * report the restarted worker, so the tests read state through the extension page instead.)
 */
async function wakeWorker(): Promise<void> {
  expect(await send('status')).toMatchObject({ ok: true });
  expect(workerStatus).toBe('running');
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, now: new Date('2026-11-20T12:00:00Z') });
  ext = await launchChromium();
  await configureForSandbox(ext.serviceWorker, { endpoint: sandbox.trackingmoreUrl, apiKey: DEMO_KEYS.empty });
  page = await ext.context.newPage();
  await page.goto(ext.extUrl('/popup.html'));
  cdp = await ext.context.newCDPSession(page);
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) if (v.scriptURL.startsWith(`chrome-extension://${ext.extensionId}/`)) workerStatus = v.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  await until('the worker to be reported', async () => workerStatus, (s) => s === 'running', 10_000);
});

afterAll(async () => {
  await ext?.close();
  await sandbox?.close();
});

const N = 130; // 4 batches / 4 poll chunks of 40
const numbers = Array.from({ length: N }, (_, i) => `TPE${String(i + 1).padStart(7, '0')}`);

describe('service worker restarts (Chromium)', () => {
  it('a bulk import stopped mid-batch finishes after the restart with every number once', async () => {
    // The first batch answers at once; the second is held long enough to stop the worker while it waits.
    sandbox.setFaults([
      { kind: 'delay', delayMs: 0, count: 1, path: '/v2/trackings/batch' },
      { kind: 'delay', delayMs: 3_000, count: 1, path: '/v2/trackings/batch' },
    ]);
    const started = (await send('bulk-pin', { entries: numbers.map((n, i) => ({ number: n, carrier: 'dhl', title: `Parcel ${i + 1}` })) })) as { ok: boolean };
    expect(started.ok).toBe(true);
    await until('the second batch to be in flight', async () => calls('batch'), (n) => n >= 2);
    await stopWorker();
    expect(workerStatus).toBe('stopped');

    const mid = await stored();
    expect(mid.bulkProgress).toMatchObject({ state: 'running', total: N, done: 40, added: 40 });
    expect(mid.bulkQueue?.pending).toHaveLength(N - 40);
    expect(Object.keys(mid.watchlist ?? {})).toHaveLength(40);

    await wakeWorker();
    const end = await until('the import to finish', stored, (s) => s.bulkProgress?.state !== 'running');
    expect(end.bulkProgress).toMatchObject({ state: 'done', total: N, done: N, added: N, failed: [] });
    expect(end.bulkQueue ?? null).toBeNull();
    const keys = Object.keys(end.watchlist ?? {}).sort();
    expect(keys).toEqual(numbers.map((n) => `dhl:${n}`).sort());
    expect(end.watchlist?.['dhl:TPE0000077']?.title).toBe('Parcel 77');
    // The held batch was sent again after the restart (2 before the stop + 3 after).
    expect(calls('batch')).toBe(5);
    const client = createTrackingClient({ provider: 'trackingmore-v2', apiKey: DEMO_KEYS.empty, baseUrl: sandbox.trackingmoreUrl });
    expect((await client.listTrackings({ numbers })).items).toHaveLength(N);
  });

  it('a poll stopped mid-chunk resumes after the restart: each chunk saved once, each change notified once', async () => {
    expect(await send('poll-now')).toMatchObject({ ok: true }); // baseline data, nothing to notify
    const baseline = await stored();
    expect(Object.values(baseline.watchlist ?? {}).every((p) => p.shipment !== null)).toBe(true);
    expect(Object.keys(await notificationsShown())).toHaveLength(0);

    sandbox.advance(30); // most generated histories move on
    sandbox.clearLog();
    sandbox.setFaults([
      { kind: 'delay', delayMs: 0, count: 1, path: '/v2/trackings/get' },
      { kind: 'delay', delayMs: 3_000, count: 1, path: '/v2/trackings/get' },
    ]);
    void send('poll-now');
    await until('the second chunk to be in flight', async () => calls('list'), (n) => n >= 2);
    await stopWorker();

    const mid = await stored();
    expect(mid.pollState?.run?.nextChunk).toBe(1);
    expect(mid.pollState?.run?.chunks).toHaveLength(4);
    expect(Object.keys(mid.watchlist ?? {})).toHaveLength(N);

    await wakeWorker();
    const end = await until('the poll run to finish', stored, (s) => s.pollState?.run === null);
    expect(end.pollState?.lastPollError).toBeNull();
    expect(calls('list')).toBe(5); // chunk 2 again after the restart, then chunks 3 and 4
    expect(Object.keys(end.watchlist ?? {})).toHaveLength(N);
    const unread = Object.values(end.watchlist ?? {}).filter((p) => p.unread).length;
    expect(unread).toBeGreaterThan(3);
    const shown = Object.keys(await notificationsShown());
    expect(shown).toHaveLength(1); // one grouped notification for the whole run
    expect(shown[0]).toMatch(/^tp\|g\|/);
    expect(await page.evaluate(() => chrome.action.getBadgeText({}))).toBe(unread > 99 ? '99+' : String(unread));

    // Polling again with no new data notifies nothing more.
    await page.evaluate((id: string) => chrome.notifications.clear(id), shown[0]!);
    expect(await send('poll-now')).toMatchObject({ ok: true });
    expect(Object.keys(await notificationsShown())).toHaveLength(0);
  });
});
