// Background journeys shared by Chromium and Firefox: faults (each failure named; a 429 pauses polling for
// the server's Retry-After) and restarts (the background stopped in the middle of a bulk import and of a
// poll must finish the work: nothing lost, nothing twice). Each browser's test file brings a small driver.
import { expect, it } from 'vitest';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { SEED } from '../../sandbox/seed-data';
import { createTrackingClient } from '../../utils/api';
import type { startSandbox } from './harness';

export type SandboxHandle = Awaited<ReturnType<typeof startSandbox>>;
export type Reply = { ok: boolean; data?: any; error?: { kind: string; message: string; code?: number }; rejected?: string };

export interface BackgroundDriver {
  sandbox: SandboxHandle;
  /** A protocol message from an extension page, as the popup sends it; a stopped background rejects it. */
  send(type: string, payload?: object): Promise<Reply>;
  stored(keys: string[]): Promise<Record<string, any>>;
  alarm(name: string): Promise<{ scheduledTime: number; periodInMinutes?: number } | undefined>;
  badge(): Promise<string>;
  /**
   * The notifications shown, or null where the browser shows none: headless Firefox has no notification
   * service (notifications.create resolves, getAll stays empty), so there the unread count and badge speak.
   */
  notifications(): Promise<Record<string, boolean> | null>;
  clearNotification(id: string): Promise<void>;
  /** Stops the background as the browser does to an idle one, while its work is in flight. */
  stopBackground(): Promise<void>;
  /** An extension event wakes the background; its start-up resumes interrupted work. */
  wakeBackground(): Promise<void>;
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

/** Registers the fault journeys. The driver's settings: the v2 sandbox endpoint with the trackingmore demo key. */
export function faultJourneys(driver: () => BackgroundDriver): void {
  const replies: unknown[] = [];
  const send = async (type: string, payload: object = {}) => {
    const r = await driver().send(type, payload);
    replies.push(r);
    return r;
  };

  it('a lookup names each failure; the production client retries a short 5xx burst by itself', async () => {
    const { sandbox } = driver();
    const path = '/v2/trackings/ups';
    const cases = [
      { fault: { kind: 'html', count: 3 }, error: { kind: 'server', message: 'The tracking service is having problems. Try again later.' } },
      // Browsers may retry a dropped GET themselves, so drops come in numbers.
      { fault: { kind: 'drop', count: 40 }, error: { kind: 'network', message: 'The tracking service could not be reached. Check your connection.' } },
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
    const { sandbox } = driver();
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
    expect((await driver().alarm('trackpin-poll-retry'))?.scheduledTime).toBe(status.pausedUntil);
    expect((await send('watchlist')).data).toEqual(before);
  });

  it('no reply carried the API key', () => {
    expect(replies.length).toBeGreaterThan(5);
    expect(JSON.stringify(replies)).not.toContain(DEMO_KEYS.trackingmore);
  });
}

const N = 130; // 4 batches / 4 poll chunks of 40
const numbers = Array.from({ length: N }, (_, i) => `TPE${String(i + 1).padStart(7, '0')}`);

/** Holds the 2nd request to `path` (the stop lands while it waits) and the first one after the restart. */
function holdSecondAndResumed(sandbox: SandboxHandle, path: string): void {
  sandbox.setFaults([
    { kind: 'delay', delayMs: 0, count: 1, path },
    { kind: 'delay', delayMs: 3_000, count: 1, path },
    // The restarted background's first call waits too, so the state left by the stop can be read.
    { kind: 'delay', delayMs: 1_500, count: 1, path },
  ]);
}

/** Registers the restart journeys. The driver's settings: the v2 sandbox endpoint with the empty demo key. */
export function restartJourneys(driver: () => BackgroundDriver): void {
  const stored = () => driver().stored(['watchlist', 'pollState', 'bulkProgress', 'bulkQueue']);
  const calls = (endpoint: string) => driver().sandbox.log().filter((e) => e.endpoint === endpoint).length;

  it('a bulk import stopped mid-batch finishes after the restart with every number once', async () => {
    const d = driver();
    holdSecondAndResumed(d.sandbox, '/v2/trackings/batch');
    const started = await d.send('bulk-pin', { entries: numbers.map((n, i) => ({ number: n, carrier: 'dhl', title: `Parcel ${i + 1}` })) });
    expect(started.ok).toBe(true);
    await until('the second batch to be in flight', async () => calls('batch'), (n) => n >= 2);
    await d.stopBackground();

    const mid = await stored();
    expect(mid.bulkProgress).toMatchObject({ state: 'running', total: N, done: 40, added: 40 });
    expect(mid.bulkQueue?.pending).toHaveLength(N - 40);
    expect(Object.keys(mid.watchlist ?? {})).toHaveLength(40);

    await d.wakeBackground();
    const end = await until('the import to finish', stored, (s) => s.bulkProgress?.state !== 'running');
    expect(end.bulkProgress).toMatchObject({ state: 'done', total: N, done: N, added: N, failed: [] });
    expect(end.bulkQueue ?? null).toBeNull();
    expect(Object.keys(end.watchlist ?? {}).sort()).toEqual(numbers.map((n) => `dhl:${n}`).sort());
    expect(end.watchlist?.['dhl:TPE0000077']?.title).toBe('Parcel 77');
    // The held batch was sent again after the restart (2 before the stop + 3 after).
    expect(calls('batch')).toBe(5);
    const client = createTrackingClient({ provider: 'trackingmore-v2', apiKey: DEMO_KEYS.empty, baseUrl: d.sandbox.trackingmoreUrl });
    expect((await client.listTrackings({ numbers })).items).toHaveLength(N);
    // Every start re-creates the poll schedule (MV3 backgrounds keep no timers).
    expect((await d.alarm('trackpin-poll'))?.periodInMinutes).toBe(30);
  });

  it('a poll stopped mid-chunk resumes after the restart: each chunk saved once, each change notified once', async () => {
    const d = driver();
    expect(await d.send('poll-now')).toMatchObject({ ok: true }); // baseline data, nothing to notify
    const baseline = await stored();
    expect(Object.values(baseline.watchlist ?? {}).every((p: any) => p.shipment !== null)).toBe(true);
    expect(Object.keys((await d.notifications()) ?? {})).toHaveLength(0);

    d.sandbox.advance(30); // most generated histories move on
    d.sandbox.clearLog();
    holdSecondAndResumed(d.sandbox, '/v2/trackings/get');
    void d.send('poll-now');
    await until('the second chunk to be in flight', async () => calls('list'), (n) => n >= 2);
    await d.stopBackground();

    const mid = await stored();
    expect(mid.pollState?.run?.nextChunk).toBe(1);
    expect(mid.pollState?.run?.chunks).toHaveLength(4);
    expect(Object.keys(mid.watchlist ?? {})).toHaveLength(N);

    await d.wakeBackground();
    const end = await until('the poll run to finish', stored, (s) => s.pollState?.run === null);
    expect(end.pollState?.lastPollError).toBeNull();
    expect(calls('list')).toBe(5); // chunk 2 again after the restart, then chunks 3 and 4
    expect(Object.keys(end.watchlist ?? {})).toHaveLength(N);
    const unread = Object.values(end.watchlist ?? {}).filter((p: any) => p.unread).length;
    expect(unread).toBeGreaterThan(3);
    expect(await d.badge()).toBe(unread > 99 ? '99+' : String(unread));
    const shown = await d.notifications();
    if (shown === null) return;
    expect(Object.keys(shown)).toHaveLength(1); // one grouped notification for the whole run
    expect(Object.keys(shown)[0]).toMatch(/^tp\|g\|/);

    // Polling again with no new data notifies nothing more.
    await d.clearNotification(Object.keys(shown)[0]!);
    expect(await d.send('poll-now')).toMatchObject({ ok: true });
    expect(Object.keys((await d.notifications()) ?? {})).toHaveLength(0);
  });
}
