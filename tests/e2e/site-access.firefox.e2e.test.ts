// "Only sites I allow" (issue 14), Firefox, production build. Firefox grants all sites at install (the
// default mode marks with no prompt) and lets Trackpin give them back. In allow-only mode the browser runs
// the content script only on sites the user allowed: allowing from the popup's switch (a real click)
// marks the site on reload and no other; revoking clears the marks at once and for good.
// `extensions.webextOptionalPermissionPrompts: false` stands in for the user pressing "Allow".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, startSandbox, untilInPage, waitInPage, type FirefoxExtension } from './harness';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

const ALLOWED = '127.0.0.1';
const OTHER = 'localhost';
let ext: FirefoxExtension;
let sandbox: Sandbox;
let tab: Page;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  ext = await launchFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  tab = await ext.extensionTab();
});

afterAll(async () => {
  await ext?.close();
  await sandbox?.close();
});

const orderPage = (host: string) => sandbox.url.replace('127.0.0.1', host) + '/shop/en/order/1001';
const marks = (page: Page) => page.evaluate(() => document.querySelectorAll('trackpin-mark[data-trackpin]').length);

async function openShop(host: string): Promise<Page> {
  const page = await ext.browser.newPage();
  await page.goto(orderPage(host), { waitUntil: 'load' });
  return page;
}

/** Marks after a load: waits for them when expected, else gives the script time it would have needed. */
async function marksAfterLoad(page: Page, expected: boolean): Promise<number> {
  if (expected) await page.waitForSelector('trackpin-mark[data-trackpin]', { timeout: 10_000 }).catch(() => undefined);
  else await new Promise((r) => setTimeout(r, 3000));
  return marks(page);
}

/**
 * The popup, for `shop`. The user opens it with the toolbar button, which is also what lets the popup see
 * a site Trackpin has no access to (activeTab). BiDi can neither press the toolbar button nor reach the
 * popup panel, so a real click on a button in the extension tab opens the popup for the shop's tab (Firefox
 * grants activeTab as for the toolbar click), and the popup is then driven in the extension tab.
 */
async function popupFor(shop: Page): Promise<void> {
  await shop.bringToFront();
  await tab.evaluate(() => {
    const b = document.createElement('button');
    b.id = 'test-open-popup';
    b.style.cssText = 'position:fixed;inset:0 auto auto 0;z-index:2147483647;width:120px;height:40px';
    b.onclick = () => void (globalThis as unknown as { browser: { action: { openPopup(): Promise<void> } } }).browser.action.openPopup();
    document.body.prepend(b);
  });
  await tab.click('#test-open-popup');
  await new Promise((r) => setTimeout(r, 300));
  await ext.gotoExtensionPage(tab, 'popup.html', 'input[role=switch]');
}

describe('site access (Firefox)', () => {
  it('default mode: marks every ordinary site with no prompt', async () => {
    for (const host of [ALLOWED, OTHER]) {
      const page = await openShop(host);
      expect(await marksAfterLoad(page, true)).toBeGreaterThan(0);
      await page.close();
    }
  });

  it('allow-only: no site is marked until allowed from the popup; then only that one; revoking clears it', async () => {
    await ext.gotoExtensionPage(tab, 'options.html', 'input[name=tp-site-access][value=allowed-only]');
    await tab.click('input[name=tp-site-access][value=allowed-only]');
    await waitInPage(tab, '#tp-sites-h ~ .tp-field .tp-subhead');
    // The browser, not Trackpin, now withholds every site.
    const origins = () =>
      tab.evaluate(async () => (await (globalThis as unknown as { browser: { permissions: { getAll(): Promise<{ origins: string[] }> } } }).browser.permissions.getAll()).origins);
    await expect.poll(origins).not.toContain('<all_urls>');

    const shop = await openShop(ALLOWED);
    expect(await marksAfterLoad(shop, false)).toBe(0);
    const other = await openShop(OTHER);
    expect(await marksAfterLoad(other, false)).toBe(0);

    // Allow the shop's site with a real click on the popup's switch.
    await popupFor(shop);
    expect(await tab.$eval('input[role=switch]', (el) => (el as HTMLInputElement).checked)).toBe(false);
    await tab.click('input[role=switch]');
    await untilInPage(tab, () => (document.querySelector('input[role=switch]') as HTMLInputElement).checked, null);
    await shop.reload({ waitUntil: 'load' });
    expect(await marksAfterLoad(shop, true)).toBeGreaterThan(0);
    await other.reload({ waitUntil: 'load' });
    expect(await marksAfterLoad(other, false)).toBe(0);

    expect(await origins()).toEqual(expect.arrayContaining([`*://${ALLOWED}/*`]));
    expect(await origins()).not.toContain('<all_urls>');
    // Options lists the site as the browser grants it.
    await ext.gotoExtensionPage(tab, 'options.html', '.tp-sites li');
    expect(await tab.$$eval('.tp-sites li span', (els) => els.map((e) => e.textContent))).toContain(ALLOWED);

    // Revoke from the popup: the marks go at once, and the next load gets no content script.
    await popupFor(shop);
    await untilInPage(tab, () => (document.querySelector('input[role=switch]') as HTMLInputElement).checked, null);
    await tab.click('input[role=switch]');
    await untilInPage(tab, () => !(document.querySelector('input[role=switch]') as HTMLInputElement).checked, null);
    await shop.bringToFront();
    await untilInPage(shop, () => document.querySelectorAll('trackpin-mark[data-trackpin]').length === 0, null);
    await shop.reload({ waitUntil: 'load' });
    expect(await marksAfterLoad(shop, false)).toBe(0);
    await shop.close();
    await other.close();
  });
});
