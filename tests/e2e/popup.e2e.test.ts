// Popup journeys in Chromium with the production build against the sandbox: configured the way a user
// does it (options page: API key + endpoint, Save), then search → details, AWB → flight legs, pin →
// pinned list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, startSandbox, type ChromiumExtension } from './harness';
import { providerFor } from './configure';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { SEED } from '../../sandbox/seed-data';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

/** Configures the extension through its own options page, as a user would. */
async function configureThroughOptions(ext: ChromiumExtension, endpoint: string, key: string): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto(ext.extUrl('options.html'));
  await page.getByLabel('Provider').selectOption(providerFor(endpoint));
  await page.getByLabel('API key').fill(key);
  await page.getByText('Advanced').click();
  await page.getByLabel('API endpoint').fill(endpoint);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Saved.').waitFor();
  await page.close();
}

async function openPopup(ext: ChromiumExtension, hash = ''): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.extUrl(`popup.html${hash}`));
  await page.getByRole('searchbox').waitFor();
  return page;
}

describe('popup journeys (Chromium)', () => {
  let sandbox: Sandbox;
  let ext: ChromiumExtension;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    ext = await launchChromium();
    await configureThroughOptions(ext, sandbox.trackingmoreUrl, DEMO_KEYS.trackingmore);
  });
  afterAll(async () => {
    await ext?.close();
    await sandbox?.close();
  });

  it('search → details: identifies the carrier while typing, Enter shows summary and timeline', async () => {
    const page = await openPopup(ext);
    await page.getByRole('searchbox').fill('1Z 999 AA1 0123456784');
    await expect(page.getByText('Looks like: UPS').isVisible()).resolves.toBe(true);
    await page.getByRole('searchbox').press('Enter');
    const summary = page.getByRole('region', { name: 'Shipment summary' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('1Z999AA10123456784');
    expect(await summary.locator('.tp-badge').textContent()).toContain('In transit');
    expect(await page.locator('.tp-timeline .tp-event').count()).toBeGreaterThan(1);
    // The sandbox's UPS parcel was last scanned arriving at its destination facility: step 3 of the stepper.
    const stepper = page.getByRole('list', { name: 'Step 3 of 5: In destination country' });
    expect(await stepper.locator('[aria-current="step"]').textContent()).toContain('In destination country');
    expect(page.url()).toContain('#/details/ups/1Z999AA10123456784');
    await page.close();
  });

  it('AWB → flight legs: route XMN → LUX → MXP and each flight', async () => {
    const page = await openPopup(ext);
    await page.getByRole('searchbox').fill('172-28891936');
    await page.getByText('Looks like: air waybill – Cargolux').waitFor();
    await page.getByRole('searchbox').press('Enter');
    await page.getByRole('img', { name: 'Route: XMN → LUX → MXP' }).waitFor();
    const flights = page.locator('.tp-flight');
    expect(await flights.count()).toBeGreaterThan(0);
    expect(await page.locator('.tp-flights').textContent()).toContain('CV7493');
    expect(await page.getByRole('region', { name: 'Flights' }).getByRole('link', { name: /Cargolux/ }).getAttribute('href')).toMatch(/^https:\/\//);
    await page.close();
  });

  it('pin → pinned list: the pinned shipment shows in the list with its status', async () => {
    const page = await openPopup(ext, `#/details/china-post/${SEED.chinaPost}`);
    await page.getByRole('region', { name: 'Shipment summary' }).waitFor();
    await page.getByRole('button', { name: 'Pin', exact: true }).click();
    await page.getByRole('button', { name: 'Unpin', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Back' }).click();
    const row = page.locator('.tp-row', { hasText: SEED.chinaPost });
    await row.waitFor();
    expect(await row.locator('.tp-badge').textContent()).toContain('In transit');
    // The list survives a reopen (it comes from the background's watchlist, not page state).
    await page.reload();
    await page.locator('.tp-row', { hasText: SEED.chinaPost }).waitFor();
    await page.close();
  });
});
