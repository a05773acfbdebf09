// "Only sites I allow" (issue 14), Chromium, production build. The default mode marks every ordinary site
// with no prompt; choosing allow-only in Options gives "all sites" back to the browser, which then runs the
// content script nowhere, and the popup's switch offers to allow the site. (Granting a site needs Chrome's
// prompt, which headless Chromium cannot answer: the grant and the revocation are tested in Firefox,
// site-access.firefox.e2e.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, startSandbox, type ChromiumExtension } from './harness';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
declare const chrome: {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; allFrames?: boolean; matchOriginAsFallback?: boolean }[]> };
};

const A = 'shop-a.test';
const B = 'shop-b.test';
let ext: ChromiumExtension;
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  ext = await launchChromium({ args: [`--host-resolver-rules=MAP ${A} 127.0.0.1, MAP ${B} 127.0.0.1`] });
});

afterAll(async () => {
  await ext?.close();
  await sandbox?.close();
});

const orderPage = (host: string) => sandbox.url.replace('127.0.0.1', host) + '/shop/en/order/1001';

async function marksOn(url: string): Promise<{ page: Page; marks: number }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  // The default-mode test below shows this page is marked well within this time.
  await page.waitForSelector('trackpin-mark[data-trackpin]', { timeout: 4000 }).catch(() => undefined);
  return { page, marks: await page.locator('trackpin-mark[data-trackpin]').count() };
}

const inWorker = async <T>(fn: () => Promise<T>): Promise<T> => (await ext.worker()).evaluate(fn);

describe('site access (Chromium)', () => {
  it('default mode: every ordinary site is marked, with no prompt; the script is registered for all sites and frames', async () => {
    for (const host of [A, B]) {
      const { page, marks } = await marksOn(orderPage(host));
      expect(marks).toBeGreaterThan(0);
      await page.close();
    }
    expect(await inWorker(() => chrome.scripting.getRegisteredContentScripts())).toMatchObject([
      { id: 'trackpin-content', matches: ['<all_urls>'], allFrames: true, matchOriginAsFallback: true },
    ]);
  });

  it('"Only sites I allow": the browser holds no site for Trackpin, no page gets marks, and the popup offers to allow the site', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.extUrl('options.html'));
    await options.getByRole('radio', { name: /Only sites I allow/ }).check();
    await options.getByRole('heading', { name: 'Allowed sites' }).waitFor();
    await expect.poll(() => inWorker(async () => (await chrome.permissions.getAll()).origins)).not.toContain('<all_urls>');
    expect(await inWorker(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    await options.getByText(/No site allowed yet/).waitFor();

    const shop = await marksOn(orderPage(A));
    expect(shop.marks).toBe(0);
    const other = await marksOn(orderPage(B));
    expect(other.marks).toBe(0);
    await other.page.close();

    // The popup, for the shop's tab: opened in a tab of its own, then the shop's tab is made the active one.
    const popup = await ext.context.newPage();
    await shop.page.bringToFront();
    await popup.goto(ext.extUrl('popup.html'));
    const toggle = popup.getByRole('switch', { name: 'Allowed on this site' });
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(false);
    expect(await popup.locator('.tp-found').innerText()).toContain(`Trackpin is not allowed on ${A}`);
    await popup.close();
    await shop.page.close();
    await options.close();
  });
});
