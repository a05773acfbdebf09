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

// Two sites served by the sandbox (which answers only loopback host names).
const A = '127.0.0.1';
const B = 'localhost';
let ext: ChromiumExtension;
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  ext = await launchChromium({
    // Lets the DevTools protocol press the toolbar button (Extensions.triggerAction).
    args: ['--enable-unsafe-extension-debugging'],
  });
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

async function pressToolbarButton(page: Page): Promise<void> {
  const browser = ext.context.browser();
  if (!browser) throw new Error('No browser-level DevTools session');
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  if (!tab) throw new Error(`No tab target for ${page.url()}: ${JSON.stringify(targetInfos)}`);
  await session.send('Extensions.triggerAction' as never, { id: ext.extensionId, targetId: tab.targetId } as never);
  await session.detach();
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

    // The user presses the toolbar button on the shop's tab: that is what lets the popup see a site Trackpin
    // has no access to (activeTab). The popup is then driven in a tab of its own (Playwright cannot reach the
    // popup bubble) while the shop's tab stays the active one.
    const popup = await ext.context.newPage();
    await shop.page.bringToFront();
    await pressToolbarButton(shop.page);
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
