// Accessibility audit (axe-core, WCAG 2.1 A/AA + best practices) of every popup view, the options page in
// each of its states, and the in-page card with the marks around it, in the light and the dark theme, on
// the production build in Chromium. The card lives in a closed shadow root that axe cannot enter: the test
// opens the content script's shadow roots in its own isolated world (through the DevTools protocol,
// before the card is first created), so axe audits the real card, in the real page, with its real styles.
// The same audit runs in Firefox in a11y.firefox.e2e.test.ts (there the card's closed root is reached
// through WebDriver BiDi instead of CDP).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, startSandbox, waitForCard, type ChromiumExtension } from './harness';
import { cardLoaded, cardView } from './card-view';
import { providerFor } from './configure';
import { axeViolations } from './axe';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { SEED } from '../../sandbox/seed-data';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
const SCHEMES = ['light', 'dark'] as const;
const AWB = '172-28891936';
const SEARCH = 'Tracking number or air waybill';

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

async function extPage(pathname: string, scheme: (typeof SCHEMES)[number], ready: (p: Page) => Promise<unknown>): Promise<Page> {
  const page = await ext.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(ext.extUrl(pathname));
  await ready(page);
  return page;
}

/** Audits the page in both themes (switching the emulated scheme in place). */
async function auditBoth(page: Page, context?: Parameters<typeof axeViolations>[1]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    out[scheme] = await axeViolations(page, context);
  }
  return out;
}
const clean = { light: [], dark: [] };

describe('before setup (a new user)', () => {
  it('options page with the welcome: no violations', async () => {
    const page = await extPage('options.html', 'light', (p) => p.getByRole('button', { name: 'Got it' }).waitFor());
    expect(await auditBoth(page)).toEqual(clean);
    await page.close();
  });

  it('popup, empty (no key, nothing pinned): no violations', async () => {
    const page = await extPage('popup.html', 'light', (p) => p.getByRole('searchbox', { name: SEARCH }).waitFor());
    await page.waitForLoadState('networkidle');
    expect(await auditBoth(page)).toEqual(clean);
    await page.close();
  });
});

describe('configured, with pins', () => {
  let options: Page;

  beforeAll(async () => {
    const endpoint = sandbox.trackingmoreUrl;
    options = await extPage('options.html', 'light', (p) => p.getByLabel('API key').waitFor());
    await options.setViewportSize({ width: 1100, height: 900 });
    const welcome = options.getByRole('button', { name: 'Got it' });
    if (await welcome.count()) await welcome.click();
    await options.getByLabel('Provider').selectOption(providerFor(endpoint));
    await options.getByText('Advanced').click();
    await options.getByLabel('API endpoint').fill(endpoint);
    await options.getByLabel('API key').fill(DEMO_KEYS.trackingmore);
    await options.getByRole('button', { name: 'Check', exact: true }).click();
    await options.getByText('Key accepted.', { exact: false }).waitFor();
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.getByText('Saved.').waitFor();
    const popup = await ext.context.newPage();
    for (const route of [`ups/${SEED.ups}`, `172/${AWB}`]) {
      await popup.goto(ext.extUrl(`popup.html#/details/${route}`));
      await popup.getByRole('button', { name: /^Pin/ }).click({ timeout: 15_000 });
      await popup.getByRole('button', { name: /^Unpin/ }).waitFor();
    }
    await popup.close();
  });

  it('options page, every section filled in (key checked, Advanced open, import preview, account, remote-area answer, privacy log): no violations', async () => {
    await options.getByLabel('Numbers or CSV to pin').fill(`${SEED.chinaPost}\n${SEED.usps}`);
    await options.getByText('2 numbers ready.').waitFor();
    await options.getByRole('button', { name: 'Show account status' }).click();
    await options.locator('.tp-counts').waitFor();
    await options.getByLabel('Country').fill('DE');
    await options.getByLabel('Postcode').fill('10115');
    await options.getByRole('button', { name: 'Check area' }).click();
    await options.getByRole('button', { name: 'Show requests' }).click();
    await options.locator('table.tp-log').waitFor();
    await options.waitForLoadState('networkidle');
    expect(await options.getByRole('main').count()).toBe(1);
    expect(await auditBoth(options)).toEqual(clean);
  });

  it('popup list: no violations', async () => {
    const page = await extPage('popup.html', 'light', (p) => p.locator('.tp-row', { hasText: SEED.ups }).waitFor());
    expect(await auditBoth(page)).toEqual(clean);
    await page.close();
  });

  it('popup search: the carrier hint while typing, and the answer to text that is no number: no violations', async () => {
    const page = await extPage('popup.html', 'light', (p) => p.getByRole('searchbox', { name: SEARCH }).waitFor());
    await page.getByRole('searchbox', { name: SEARCH }).fill('1Z 999 AA1 0123456784');
    await page.getByText('Looks like: UPS').waitFor();
    expect(await auditBoth(page)).toEqual(clean);
    await page.getByRole('searchbox', { name: SEARCH }).fill('hello world');
    await page.getByRole('searchbox', { name: SEARCH }).press('Enter');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    expect(await auditBoth(page)).toEqual(clean);
    await page.close();
  });

  it('parcel details show the stepper at the right step with the delivery window, and have no violations', async () => {
    const page = await extPage(`popup.html#/details/ups/${SEED.ups}`, 'light', (p) => p.locator('.tp-summary').waitFor());
    const stepper = page.getByRole('list', { name: /^Step \d of 5: / });
    await stepper.waitFor();
    // The sandbox's UPS parcel was last scanned arriving at the destination facility (DestinationArrived),
    // and is not out for delivery yet.
    expect(await stepper.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await page.getByRole('list', { name: 'Step 3 of 5: In destination country' }).count()).toBe(1);
    expect(await stepper.locator('[aria-current="step"]').textContent()).toContain('In destination country');
    // v2 names the countries ("United States"); the window beside the stepper comes from transit-time stats.
    await page.locator('.tp-progress-eta', { hasText: 'Expected delivery' }).waitFor();
    expect(await auditBoth(page)).toEqual(clean);
    await page.close();
  });

  it('air waybill details show the four air steps, and have no violations', async () => {
    const page = await extPage(`popup.html#/details/172/${AWB}`, 'light', (p) => p.getByText('LUX').first().waitFor());
    const stepper = page.getByRole('list', { name: 'Step 4 of 4: Delivered' });
    await stepper.waitFor();
    expect((await stepper.locator('li').allTextContents()).map((s) => s.replace(/^[\d✓!]+/, '').replace(', done', ''))).toEqual([
      'Booked',
      'Departed',
      'Arrived',
      'Delivered',
    ]);
    expect(await auditBoth(page)).toEqual(clean);
    await page.close();
  });

  it('popup with numbers found on the current tab: no violations', async () => {
    const shop = await ext.context.newPage();
    await shop.goto(`${sandbox.url}/shop/en/order/1001`);
    await shop.locator(`trackpin-mark[data-trackpin="${SEED.ups}"]`).first().waitFor({ timeout: 15_000 });
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    // The popup reads the active tab: load it in a background tab while the shop is in front.
    await shop.bringToFront();
    await page.goto(ext.extUrl('popup.html'));
    await page.getByRole('region', { name: /Found on this page/i }).getByText(SEED.ups).waitFor({ timeout: 15_000 });
    expect(await auditBoth(page)).toEqual(clean);
    await page.close();
    await shop.close();
  });

  it('the in-page card (stepper at the right step) and the marks: no violations', async () => {
    const shop = await ext.context.newPage();
    await shop.setViewportSize({ width: 1280, height: 860 });
    const cdp = await ext.context.newCDPSession(shop);
    const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    await shop.goto(`${sandbox.url}/shop/en/order/1001`);
    const mark = shop.locator(`trackpin-mark[data-trackpin="${SEED.ups}"]`).first();
    await mark.waitFor({ timeout: 15_000 });
    const world = contexts.filter((c) => c.auxData?.type === 'isolated' && c.name === 'Trackpin').at(-1);
    expect(world, 'the content script’s isolated world').toBeTruthy();
    // In the content script's world only: shadow roots it creates from now on are open, so axe can enter.
    await cdp.send('Runtime.evaluate', {
      contextId: world!.id,
      expression: `{ const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init) { return attach.call(this, { ...init, mode: 'open' }); }; }`,
    });
    await mark.click();
    const { html } = await waitForCard(shop, cardView, cardLoaded);
    expect(html).toContain('Step 3 of 5: In destination country');
    expect(html).toMatch(/aria-current="step"[^>]*>(?:(?!<\/li>).)*In destination country/s);
    expect(await shop.evaluate(() => !!document.querySelector('trackpin-card')?.shadowRoot?.querySelector('.tp-card'))).toBe(true);
    expect(await auditBoth(shop, { include: [['trackpin-card'], ['trackpin-mark']] })).toEqual(clean);
    await cdp.detach();
    await shop.close();
  });
});
