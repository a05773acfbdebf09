// The lifecycle in Chromium, production build, against the sandbox with its clock 12 days behind the
// browser's: a parcel pinned 20 days ago is delivered (the sandbox clock moves on), stays while the setting says 30
// days, goes to the Archived view by itself when the user sets 7 days in the options page, and comes back
// to the pinned list with Restore. Also: the synced copy of the pinned list holds no tracking data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, startSandbox, type ChromiumExtension } from './harness';
import { configureForSandbox } from './configure';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { SEED } from '../../sandbox/seed-data';

type SandboxHandle = Awaited<ReturnType<typeof startSandbox>>;
let sandbox: SandboxHandle;
let ext: ChromiumExtension;

const DAY = 86_400_000;

async function send(page: Page, type: string, payload: object = {}) {
  return page.evaluate(
    ([t, p]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: t, payload: p }),
    [type, payload] as const,
  ) as Promise<{ ok: boolean; data?: any; error?: { kind: string; message: string } }>;
}

const upsPin = async (page: Page) => ((await send(page, 'watchlist')).data as { key: string; archived: boolean; shipment: { status: string } | null }[]).find((p) => p.key === `ups:${SEED.ups}`);

beforeAll(async () => {
  // The sandbox lives 12 days in the past, so what it delivers now was delivered ~12 days ago for the browser.
  sandbox = await startSandbox({ port: 0, now: new Date(Date.now() - 12 * DAY) });
  ext = await launchChromium();
  await configureForSandbox(ext.serviceWorker, { endpoint: sandbox.trackingmoreUrl, apiKey: DEMO_KEYS.trackingmore });
});

afterAll(async () => {
  await ext?.close();
  await sandbox?.close();
});

describe('lifecycle (Chromium)', () => {
  it('a delivered parcel is archived automatically and restored from the Archived view', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.extUrl('popup.html'));
    expect(await send(page, 'pin', { number: SEED.ups, title: 'Mechanical keyboard' })).toMatchObject({ ok: true });
    await send(page, 'poll-now');
    expect((await upsPin(page))?.shipment?.status).toBe('transit');
    // Pinned 20 days ago: the browser's clock cannot be moved, so the pin's time is set back in storage
    // (a parcel pinned after its delivery would otherwise get N days from the pin).
    await ext.serviceWorker.evaluate(async ([key, days]) => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, any>>; set(v: object): Promise<void> } } } }).chrome.storage.local;
      const { watchlist } = await local.get('watchlist');
      watchlist[key].pinnedAt -= days * 86_400_000;
      await local.set({ watchlist });
    }, [`ups:${SEED.ups}`, 20] as const);
    expect(await send(page, 'save-settings', { settings: { autoArchiveDays: 30 } })).toMatchObject({ ok: true });

    sandbox.advance(15); // UPS is delivered (+14 h on the sandbox clock)
    await send(page, 'poll-now');
    expect((await upsPin(page))?.shipment?.status).toBe('delivered');
    // Delivered ~12 days ago, the setting says 30: it stays in the list.
    await page.reload();
    await page.getByRole('button', { name: /Mechanical keyboard/ }).waitFor();
    expect(await page.getByRole('button', { name: /^Archived \(/ }).count()).toBe(0);

    // The user sets 7 days in the options page; the sweep runs on saving.
    const options = await ext.context.newPage();
    await options.goto(ext.extUrl('options.html'));
    await options.getByLabel('Archive delivered parcels').selectOption('7');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(async () => (await upsPin(page))?.archived, { timeout: 15_000 }).toBe(true);
    await options.close();

    // The popup: gone from the pinned list, listed under Archived.
    await page.reload();
    const archivedLink = page.getByRole('button', { name: 'Archived (1)' });
    await archivedLink.waitFor();
    expect(await page.locator('.tp-pinned .tp-row').count()).toBe(0);
    await archivedLink.click();
    await page.getByRole('heading', { name: 'Archived' }).waitFor();
    expect(page.url()).toMatch(/#\/archived$/);
    await page.getByRole('button', { name: 'Restore Mechanical keyboard' }).click();
    await page.getByText('Nothing is archived.').waitFor();
    expect((await upsPin(page))?.archived).toBe(false);

    // Back in the pinned list, and not archived straight back by the next sweep (worker restart).
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: /Mechanical keyboard/ }).waitFor();
    expect(await page.getByRole('button', { name: /^Archived \(/ }).count()).toBe(0);
    expect(await send(page, 'save-settings', { settings: { autoArchiveDays: 3 } })).toMatchObject({ ok: true });
    expect((await upsPin(page))?.archived).toBe(false);

    // The pinned list followed the user into storage.sync: the number and title, no tracking data.
    await expect
      .poll(async () => ext.serviceWorker.evaluate(async () => JSON.stringify(await (globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<object> } } } }).chrome.storage.sync.get(null))), { timeout: 60_000 })
      .toContain(SEED.ups);
    const synced = await ext.serviceWorker.evaluate(async () => JSON.stringify(await (globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<object> } } } }).chrome.storage.sync.get(null)));
    expect(synced).toContain('Mechanical keyboard');
    expect(synced).not.toMatch(/delivered|transit|events/i);
    expect(synced).not.toContain(DEMO_KEYS.trackingmore);
    await page.close();
  });
});
