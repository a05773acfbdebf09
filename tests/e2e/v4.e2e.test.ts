// TrackingMore API v4 end to end in Chromium, against the sandbox's /v4: a new user's journey (options key
// check → search → details → AWB flight legs → pin → new event → poll → notification → details show it), and a
// provider switch v2 → v4 with 20 pinned parcels re-created in the new account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, readCard, startSandbox, waitForCard, type ChromiumExtension } from './harness';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { SEED } from '../../sandbox/seed-data';

declare const chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } };
type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

async function openOptions(ext: ChromiumExtension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.extUrl('options.html'));
  await page.getByLabel('API key').waitFor();
  const welcome = page.getByRole('button', { name: 'Got it' });
  if (await welcome.count()) await welcome.click();
  return page;
}

async function send(page: Page, type: string, payload: object = {}) {
  return page.evaluate(
    ([t, p]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: t, payload: p }),
    [type, payload] as const,
  ) as Promise<{ ok: boolean; data?: any }>;
}

async function v4Trackings(sandbox: Sandbox, key: string): Promise<string[]> {
  const res = await fetch(`${sandbox.trackingmoreV4Url}/trackings/get`, { headers: { 'Tracking-Api-Key': key } });
  return ((await res.json()).data as { tracking_number: string }[]).map((t) => t.tracking_number);
}

describe('TrackingMore v4 journey (Chromium)', () => {
  let sandbox: Sandbox;
  let ext: ChromiumExtension;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, now: new Date('2026-11-20T12:00:00Z') });
    ext = await launchChromium();
  });
  afterAll(async () => {
    await ext?.close();
    await sandbox?.close();
  });

  it('options: v4 is preselected, the key check says what v4 can tell, and saves', async () => {
    const page = await openOptions(ext);
    expect(await page.getByLabel('Provider').inputValue()).toBe('trackingmore-v4');
    await page.getByLabel('API key').fill(DEMO_KEYS.trackingmoreV4);
    await page.getByText('Advanced').click();
    await page.getByLabel('API endpoint').fill(sandbox.trackingmoreV4Url);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const ok = page.getByRole('status').filter({ hasText: 'Key accepted.' });
    await ok.waitFor();
    expect(await ok.textContent()).toContain('does not report the remaining quota');
    // Tests run at any hour: quiet hours (on by default, 22:00–07:00) would hold the notification below.
    await page.getByLabel('Hold notifications during quiet hours').uncheck();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved.').waitFor();
    expect(await page.getByText(/has no remote-area check/).count()).toBe(1);
    await page.close();
  });

  it('search → details with the timeline, AWB with flight legs, pin, a new event, poll, notification, details show it', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.extUrl('popup.html'));
    await page.getByRole('searchbox', { name: 'Tracking number or air waybill' }).fill(SEED.ups);
    await page.getByRole('searchbox', { name: 'Tracking number or air waybill' }).press('Enter');
    const summary = page.getByRole('region', { name: 'Shipment summary' });
    await summary.waitFor();
    expect(await summary.locator('.tp-badge').textContent()).toContain('In transit');
    expect(await page.locator('.tp-timeline .tp-event').count()).toBeGreaterThan(1);
    expect(await page.locator('.tp-timeline').textContent()).toContain('Maspeth, NY');
    // v4 gives the carrier's expected day (the sandbox's UPS parcel: 14 h after its 12:00 epoch), beside the stepper.
    const eta = page.locator('.tp-progress-eta[data-source="carrier"]');
    expect(await eta.locator('[aria-hidden="true"]').textContent()).toBe('Expected Sat, Nov 21');
    expect(await eta.locator('.tp-sr-only').textContent()).toBe("Expected delivery: Saturday, November 21 (the carrier's estimate)");

    await page.getByRole('button', { name: 'Pin', exact: true }).click();
    await page.getByRole('button', { name: 'Unpin', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('searchbox', { name: 'Tracking number or air waybill' }).fill(SEED.awb);
    await page.getByRole('searchbox', { name: 'Tracking number or air waybill' }).press('Enter');
    await page.getByRole('img', { name: 'Route: XMN → LUX → MXP' }).waitFor();
    expect(await page.locator('.tp-flights').textContent()).toContain('CV7493');

    sandbox.advance(7); // the UPS history reaches "Out For Delivery Today"
    expect(await send(page, 'poll-now')).toMatchObject({ ok: true });
    const shown = await (await ext.worker()).evaluate(() => chrome.notifications.getAll());
    const id = Object.keys(shown).find((n) => n.includes(SEED.ups));
    expect(id).toBeDefined();

    // Where a click on the notification leads (its id names carrier and number, `tp|c|carrier|number|…`),
    // with no Refresh: the poll put its news into the lookup cache, so the details show it as they open.
    const [, , carrier, number] = id!.split('|').map(decodeURIComponent);
    await page.goto(ext.extUrl(`popup.html#/details/${carrier}/${number}`));
    await page.getByRole('region', { name: 'Shipment summary' }).waitFor();
    expect(await page.locator('.tp-timeline').textContent()).toContain('Out For Delivery Today');
    const v4Calls = sandbox.log().map((e) => e.path);
    expect(v4Calls.every((p) => p.startsWith('/v4/'))).toBe(true);
    expect(v4Calls).toContain('/v4/awb');
    await page.close();
  });

  it("the in-page card shows the carrier's expected day beside the stepper, from its lookup alone", async () => {
    const page = await ext.context.newPage();
    await page.goto(`${sandbox.url}/shop/en/order/1001`);
    const cardHtml = (p: Page) => readCard(p, async (card) => ({ html: card?.html ?? '' }));
    const loaded = (html: string) => html.includes('class="tp-card"') && !html.includes('data-phase="loading"');
    await page.locator(`trackpin-mark[data-trackpin="${SEED.ups}"]`).first().waitFor();
    await page.focus(`trackpin-mark[data-trackpin="${SEED.ups}"]`);
    await page.keyboard.press('Enter');
    const { html } = await waitForCard(page, cardHtml, loaded);
    expect(html).toContain('data-source="carrier"');
    expect(html).toContain('<span aria-hidden="true">Expected Sat, Nov 21</span>');
    await page.close();
  });
});

describe('provider switch v2 → v4 with 20 pinned parcels (Chromium)', () => {
  let sandbox: Sandbox;
  let ext: ChromiumExtension;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    ext = await launchChromium();
  });
  afterAll(async () => {
    await ext?.close();
    await sandbox?.close();
  });

  it('re-creates all 20 in the new account, with progress, and keeps every pin', async () => {
    const page = await openOptions(ext);
    await page.getByLabel('Provider').selectOption('trackingmore-v2');
    await page.getByLabel('API key').fill(DEMO_KEYS.empty);
    await page.getByText('Advanced').click();
    await page.getByLabel('API endpoint').fill(sandbox.trackingmoreUrl);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved.').waitFor();
    const numbers = Array.from({ length: 20 }, (_, i) => `TPSW${String(i).padStart(6, '0')}`);
    expect(await send(page, 'bulk-pin', { entries: numbers.map((number) => ({ number, carrier: 'dhl' })) })).toMatchObject({ ok: true });
    await expect.poll(async () => (await send(page, 'watchlist')).data?.length, { timeout: 15_000 }).toBe(20);

    await page.getByLabel('Provider').selectOption('trackingmore-v4');
    await page.getByLabel('API key').fill(DEMO_KEYS.emptyV4);
    await page.getByLabel('API endpoint').fill(sandbox.trackingmoreV4Url);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/switched from TrackingMore \(API v2, legacy\) to TrackingMore \(API v4\)/).waitFor();
    await page.getByRole('button', { name: 'Re-create pinned parcels' }).click();
    await page.getByText('Done: 20 parcels are in the new account.').waitFor({ timeout: 20_000 });
    expect(await page.locator('#tp-switch-progress').getAttribute('value')).toBe('20');

    expect((await v4Trackings(sandbox, DEMO_KEYS.emptyV4)).sort()).toEqual(numbers.sort());
    const pins = (await send(page, 'watchlist')).data as { number: string }[];
    expect(pins.map((p) => p.number).sort()).toEqual(numbers.sort());
    await page.close();
  });
});
