// Watching that respects the user, in Chromium (production build) against the sandbox and its clock:
// three parcels moving in one poll are one grouped notification; in quiet hours nothing is shown and, once
// they are over, the poll alarm's tick tells one digest; the popup shows the quota and its forecast.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, startSandbox, type ChromiumExtension } from './harness';
import { configureForSandbox } from './configure';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { SEED } from '../../sandbox/seed-data';

interface WorkerChrome {
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
  storage: { local: { get(k: string): Promise<Record<string, any>> } };
  alarms: { create(name: string, info: { when: number }): Promise<void> };
}
declare const chrome: WorkerChrome;

type SandboxHandle = Awaited<ReturnType<typeof startSandbox>>;
let sandbox: SandboxHandle;
let ext: ChromiumExtension;
let page: Page;

/** Parcels whose status moves within the sandbox's next 24 hours (sandbox/seed-data.ts). */
const MOVERS = [
  { number: SEED.ups, carrier: 'ups' },
  { number: SEED.upsUndelivered, carrier: 'ups' },
  { number: SEED.usps, carrier: 'usps' },
];

async function inWorker<T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T> {
  return (await ext.worker()).evaluate(fn as (arg: unknown) => Promise<T>, arg as unknown);
}

const shownIds = () => inWorker(async () => Object.keys(await chrome.notifications.getAll()), null);

async function send(type: string, payload: object = {}) {
  return page.evaluate(
    ([t, p]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: t, payload: p }),
    [type, payload] as const,
  ) as Promise<{ ok: boolean; data?: any; error?: { kind: string; message: string } }>;
}

/** "HH:MM" of the browser's local clock, `hours` from now (quiet hours are in the user's own time). */
function clockIn(hours: number): Promise<string> {
  return inWorker(async (h) => {
    const d = new Date(Date.now() + h * 3_600_000);
    return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  }, hours);
}

/** Pins the movers, takes the baseline (first data is not news), then moves the sandbox clock a day on. */
async function pinMoversAndAdvance(): Promise<void> {
  for (const m of MOVERS) expect((await send('pin', m)).ok).toBe(true);
  expect((await send('poll-now')).ok).toBe(true);
  expect(await shownIds()).toEqual([]);
  sandbox.advance(24);
}

async function unpinAll(): Promise<void> {
  const list = await send('watchlist');
  await send('unpin', { keys: (list.data as { key: string }[]).map((p) => p.key) });
  await send('poll-now'); // forgets what was told about them, as a later run would
  for (const id of await shownIds()) await inWorker((i) => chrome.notifications.clear(i), id);
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, now: new Date('2026-11-20T12:00:00Z') });
  ext = await launchChromium();
  await configureForSandbox(ext.serviceWorker, { endpoint: sandbox.trackingmoreUrl, apiKey: DEMO_KEYS.trackingmore });
  page = await ext.context.newPage();
  await page.goto(ext.extUrl('popup.html'));
});

afterAll(async () => {
  await ext?.close();
  await sandbox?.close();
});

describe('watching that respects the user (Chromium)', () => {
  it('three parcels moving in one poll → one grouped notification that leads to the list', async () => {
    await pinMoversAndAdvance();
    sandbox.clearLog();
    expect((await send('poll-now')).ok).toBe(true);
    expect(sandbox.log().filter((e) => e.endpoint === 'list')).toHaveLength(1); // three parcels, one call
    await expect.poll(shownIds, { timeout: 10_000 }).toHaveLength(1);
    const [id] = await shownIds();
    expect(id!.split('|').slice(0, 2)).toEqual(['tp', 'g']); // grouped: its click opens the list (clickTarget)
    // Seen again by the next poll, the same news is not told twice.
    await inWorker((i) => chrome.notifications.clear(i), id!);
    await send('poll-now');
    expect(await shownIds()).toEqual([]);
    await unpinAll();
  });

  it('quiet hours hold the notifications; the first poll tick after them tells one digest', async () => {
    sandbox.reset();
    const quiet = { quietHoursOn: true, quietStart: await clockIn(-1), quietEnd: await clockIn(1) };
    expect((await send('save-settings', { settings: quiet })).ok).toBe(true);
    await pinMoversAndAdvance();
    expect((await send('poll-now')).ok).toBe(true);
    expect(await shownIds()).toEqual([]);
    const held = async () => ((await inWorker(async () => (await chrome.storage.local.get('pollState')).pollState, null)) as { held: { key: string }[] }).held;
    expect((await held()).map((c) => c.key).sort()).toEqual(MOVERS.map((m) => `${m.carrier}:${m.number}`).sort());

    // Quiet hours are over (as if the night had passed); the repeating poll alarm's next tick comes.
    expect((await send('save-settings', { settings: { quietStart: await clockIn(-3), quietEnd: await clockIn(-2) } })).ok).toBe(true);
    expect(await shownIds()).toEqual([]);
    await inWorker((when) => chrome.alarms.create('trackpin-poll', { when }), Date.now() + 1_000);
    await expect.poll(shownIds, { timeout: 20_000 }).toHaveLength(1);
    const [id] = await shownIds();
    expect(id!.startsWith('tp|g|digest-')).toBe(true);
    expect(await held()).toEqual([]);
  });

  it('the popup shows the remaining quota and how long it lasts at this rate', async () => {
    // The alarm tick above asked the account (v2 getuserinfo) before planning.
    await page.goto(ext.extUrl('popup.html'));
    await page.getByText(/^Quota: [\d,. ]+ left/).waitFor({ timeout: 10_000 });
    const line = (await page.locator('.tp-quota p').first().textContent()) ?? '';
    expect(line).toMatch(/^Quota: [\d,. ]+ left — at this rate it lasts about [\d,. ]+ days$/);
  });
});
