// The watch loop in Chromium, production build, against the sandbox: what a poll finds is what details
// show; Check now for the list and for one parcel; a full storage keeps pins, polling reports it and the
// popup says what to do; Retry-After is capped; set-aside entries are listed, exported and dismissed;
// TrackRU without detection lets the user pick the carrier; a JSON backup restores into a fresh profile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium, startSandbox, type ChromiumExtension } from './harness';
import { configureForSandbox } from './configure';
import { backupView, eventMultiplier, expectCappedBigReply, expectNewKeyClearsPause, pollIntoTenYearRetryAfter } from './watch-fixtures';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { SEED } from '../../sandbox/seed-data';

interface WorkerChrome {
  notifications: { getAll(): Promise<Record<string, boolean>> };
  storage: { local: { get(k: string | null): Promise<Record<string, unknown>>; set(v: object): Promise<void>; remove(k: string): Promise<void>; getBytesInUse(k: null): Promise<number> } };
}
declare const chrome: WorkerChrome;

type SandboxHandle = Awaited<ReturnType<typeof startSandbox>>;
let sandbox: SandboxHandle;
let ext: ChromiumExtension;

async function inWorker<T>(fn: () => Promise<T>): Promise<T> {
  return (await ext.worker()).evaluate(fn);
}

async function openPopup(hash = ''): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.extUrl(`popup.html${hash}`));
  await search(page).waitFor();
  return page;
}

/** The popup's search box (the list has a filter box too). */
function search(page: Page) {
  return page.getByRole('searchbox').first();
}

async function send(page: Page, type: string, payload: object = {}) {
  return page.evaluate(
    ([t, p]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: t, payload: p }),
    [type, payload] as const,
  ) as Promise<{ ok: boolean; data?: any; error?: { kind: string; message: string } }>;
}

async function unpinAll(page: Page) {
  const list = await send(page, 'watchlist');
  await send(page, 'unpin', { keys: (list.data as { key: string }[]).map((p) => p.key) });
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, now: new Date('2026-11-20T12:00:00Z') });
  ext = await launchChromium();
  await configureForSandbox(ext.serviceWorker, { endpoint: sandbox.trackingmoreUrl, apiKey: DEMO_KEYS.trackingmore });
});

afterAll(async () => {
  await ext?.close();
  await sandbox?.close();
});

describe('the watch loop (Chromium)', () => {
  it('search → pin → Check now brings a new event → notification → details show that event', async () => {
    const page = await openPopup();
    await search(page).fill(SEED.ups);
    await search(page).press('Enter');
    await page.getByRole('button', { name: 'Pin', exact: true }).click();
    await page.getByRole('button', { name: 'Unpin', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Back' }).click();

    const checkAll = page.getByRole('button', { name: 'Check now: every pinned parcel' });
    await checkAll.click(); // baseline
    await page.getByText(/^Last checked/).waitFor();
    sandbox.advance(7); // out for delivery, with a new event
    sandbox.clearLog();
    await checkAll.click();
    // The click's check has run (its one list call) and finished (the button is back).
    await expect.poll(() => sandbox.log().filter((e) => e.endpoint === 'list').length, { timeout: 20_000 }).toBe(1);
    await page.waitForFunction(() => !(document.querySelector('.tp-check button') as HTMLButtonElement).disabled);
    await expect.poll(async () => Object.keys(await inWorker(() => chrome.notifications.getAll())).length, { timeout: 20_000 }).toBe(1);
    const shown = await inWorker(() => chrome.notifications.getAll());

    // Details as a click on the notification opens them (its ID names carrier and number; the background
    // opens popup.html#/details/<carrier>/<number> in a tab): the event the poll found, and no API call.
    const [, kind, carrier, number] = Object.keys(shown)[0]!.split('|');
    expect([kind, carrier, decodeURIComponent(number!)]).toEqual(['c', 'ups', SEED.ups]);
    sandbox.clearLog();
    await page.goto(ext.extUrl(`popup.html#/details/${carrier}/${number}`));
    await page.getByRole('region', { name: 'Shipment summary' }).waitFor();
    expect(await page.locator('.tp-badge').first().textContent()).toContain('Ready for pickup');
    expect(await page.getByText('No tracking events yet').count()).toBe(0);
    const newest = (await page.locator('.tp-timeline .tp-event').first().textContent()) ?? '';
    const pinned = (await send(page, 'watchlist')).data[0];
    expect(newest).toContain(pinned.shipment.events[0].description);
    expect(sandbox.log().filter((e) => e.endpoint === 'get' || e.endpoint === 'realtime')).toHaveLength(0);

    // Check now for this one parcel asks the API again.
    await page.getByRole('button', { name: 'Check now', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('.tp-age')?.textContent?.startsWith('Checked'));
    await expect.poll(() => sandbox.log().filter((e) => e.endpoint === 'get').length, { timeout: 20_000 }).toBe(1);
    await unpinAll(page);
    await page.close();
  });

  it('storage filled to its quota: pins kept, polling goes on and reports, banner shown', async () => {
    const page = await openPopup();
    await send(page, 'pin', { number: SEED.ups });
    await send(page, 'poll-now');
    // Fill storage.local to the brim with a blob of the user's other data (outside Trackpin's items).
    await inWorker(async () => {
      await chrome.storage.local.remove('lookupCache'); // the cache would give way first (unit-tested)
      const used = await chrome.storage.local.getBytesInUse(null);
      let size = 10 * 1024 * 1024 - used - 64;
      while (size > 0) {
        try {
          await chrome.storage.local.set({ zzFiller: 'x'.repeat(size) });
          return;
        } catch {
          size -= 512;
        }
      }
    });
    try {
      const before = (await send(page, 'watchlist')).data;
      sandbox.advance(24); // news that does not fit
      expect(await send(page, 'poll-now')).toMatchObject({ ok: true });
      const status = (await send(page, 'status')).data;
      expect(status.lastPollError?.kind).toBe('storage-full');
      expect(status.lastPollError?.message).toMatch(/^Trackpin's storage is full: /);
      expect((await send(page, 'watchlist')).data.map((p: { key: string }) => p.key)).toEqual(before.map((p: { key: string }) => p.key));
      // Pinning says so too, instead of "ok".
      expect(await send(page, 'pin', { number: SEED.upsUndelivered })).toMatchObject({ ok: false, error: { kind: 'storage-full' } });
      await page.reload();
      await page.getByText("Trackpin's storage is full").first().waitFor();
      await page.getByRole('button', { name: 'Export and clean up' }).waitFor();
      // Room again: the next poll saves the news and the banner goes.
      await inWorker(() => chrome.storage.local.remove('zzFiller'));
      expect(await send(page, 'poll-now')).toMatchObject({ ok: true });
      expect((await send(page, 'status')).data.lastPollError).toBeNull();
      expect((await send(page, 'watchlist')).data[0].shipment.status).toBe('delivered');
    } finally {
      await inWorker(() => chrome.storage.local.remove('zzFiller'));
    }
    await unpinAll(page);
    await page.close();
  });

  it('a 5,000-event reply → capped when saved; later lookups work', async () => {
    // A stand-in provider: the sandbox behind a proxy that gives every shipment 5,000 events.
    const proxy = await eventMultiplier(sandbox.url, 5000);
    const page = await openPopup();
    try {
      await configureForSandbox(await ext.worker(), { endpoint: `${proxy.url}/v2`, apiKey: DEMO_KEYS.trackingmore });
      await expectCappedBigReply(
        (t, p) => send(page, t, p),
        () => inWorker(async () => JSON.stringify((await chrome.storage.local.get('lookupCache')).lookupCache ?? {}).length),
      );
    } finally {
      await configureForSandbox(await ext.worker(), { endpoint: sandbox.trackingmoreUrl, apiKey: DEMO_KEYS.trackingmore });
      await new Promise((r) => proxy.server.close(r));
      await page.close();
    }
  });

  it('Retry-After of ten years pauses polling for 6 hours at most, and the popup says until when', async () => {
    const page = await openPopup();
    await send(page, 'pin', { number: SEED.upsUndelivered }); // still due after the clock moved on above
    try {
      await pollIntoTenYearRetryAfter((t, p) => send(page, t, p), sandbox);
      await page.reload();
      await page.getByText(/Checks are paused until/).waitFor();
      await expectNewKeyClearsPause((t, p) => send(page, t, p));
    } finally {
      sandbox.setFaults([]);
    }
    await unpinAll(page);
    await page.close();
  });

  it('corrupt entries: listed in options with their number, exported as JSON, dismissed; popup banner meanwhile', async () => {
    const page = await openPopup();
    await send(page, 'pin', { number: SEED.ups });
    await inWorker(async () => {
      const { watchlist } = (await chrome.storage.local.get('watchlist')) as { watchlist: Record<string, unknown> };
      await chrome.storage.local.set({ watchlist: { ...watchlist, 'ups:BROKEN1': { number: 'BROKEN12345', carrier: 42 } } });
    });
    await send(page, 'watchlist'); // the background reads it and sets the entry aside
    await page.reload();
    await page.getByText(/could not be read/).waitFor();

    const options = await ext.context.newPage();
    await options.goto(ext.extUrl('options.html'));
    await options.getByText('Number: BROKEN12345').waitFor();
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export (JSON)' }).click();
    const file = await (await download).path();
    expect(JSON.parse(readFileSync(file, 'utf8')).entries[0].value).toEqual({ number: 'BROKEN12345', carrier: 42 });
    await options.getByRole('button', { name: 'Dismiss' }).click();
    await options.getByText('Dismissed.').waitFor();
    expect((await send(page, 'status')).data.problems).toBe(0);
    await options.close();
    await unpinAll(page);
    await page.close();
  });

  it('TrackRU without a detect endpoint: 402934299065 → pick STO → details with its events → pin', async () => {
    await configureForSandbox(await ext.worker(), { provider: 'trackru-v1', endpoint: sandbox.trackruUrl, apiKey: DEMO_KEYS.trackru });
    const page = await openPopup();
    await search(page).fill(SEED.sto);
    await search(page).press('Enter');
    await page.getByText(/Which carrier is it\?/).waitFor();
    expect(await page.getByText(/Something went wrong/).count()).toBe(0);
    expect(sandbox.log().some((e) => e.api === 'v1' && e.status === 404)).toBe(true); // the detect endpoint is not there
    await page.getByRole('group', { name: 'Pick the carrier' }).getByRole('button').filter({ hasText: /STO/ }).click();
    await page.getByRole('region', { name: 'Shipment summary' }).waitFor();
    expect(await page.locator('.tp-timeline .tp-event').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Pin', exact: true }).click();
    await page.getByRole('button', { name: 'Unpin', exact: true }).waitFor();
    const list = (await send(page, 'watchlist')).data;
    expect(list.map((p: { key: string }) => p.key)).toEqual([`sto:${SEED.sto}`]);
    await unpinAll(page);
    await configureForSandbox(await ext.worker(), { provider: 'trackingmore-v2', endpoint: sandbox.trackingmoreUrl, apiKey: DEMO_KEYS.trackingmore });
    await page.close();
  });

  it('export JSON from one profile, import into a fresh one → the same pins with the same titles and notes', async () => {
    const page = await openPopup();
    const a = (await send(page, 'pin', { number: SEED.ups, title: 'Mechanical keyboard' })).data;
    await send(page, 'edit', { key: a.key, notes: 'Leave with the neighbour' });
    const b = (await send(page, 'pin', { number: SEED.upsUndelivered, title: 'Espresso machine' })).data;
    await send(page, 'archive', { keys: [b.key] });
    const before = backupView((await send(page, 'watchlist')).data);

    const options = await ext.context.newPage();
    await options.goto(ext.extUrl('options.html'));
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export JSON' }).click();
    const json = readFileSync((await (await download).path())!, 'utf8');
    await page.close();
    await options.close();

    const fresh = await launchChromium();
    try {
      await configureForSandbox(fresh.serviceWorker, { endpoint: sandbox.trackingmoreUrl, apiKey: DEMO_KEYS.trackingmore });
      const opts = await fresh.context.newPage();
      await opts.goto(fresh.extUrl('options.html'));
      await opts.getByLabel('Numbers or CSV to pin').fill(json);
      await opts.getByRole('button', { name: 'Pin 2 numbers' }).click();
      await expect
        .poll(async () => backupView(((await send(opts, 'watchlist')).data ?? []) as any[]), { timeout: 20_000 })
        .toEqual(before);
    } finally {
      await fresh.close();
    }
  });
});
