// The accessibility audit of a11y.e2e.test.ts in Firefox (firefox-mv3 build, puppeteer-core over WebDriver
// BiDi): axe-core (WCAG 2.1 A/AA + best practices), its source injected with evaluate (BiDi evaluation is
// not subject to the extension pages' CSP), on every popup view, the options page before and after setup,
// and the in-page card with its marks. BiDi has no colour-scheme emulation that puppeteer exposes, so each
// theme is its own Firefox, started with the content colour-scheme preference set, and every audit first
// checks that the page really is in that theme. Extension pages are reached by location changes in the
// tab the extension opens on install (Firefox refuses BiDi navigations to moz-extension:// from other
// tabs), and their controls are used in the page (harness.ts waitInPage says why).
//
// The card's shadow root is closed and axe enters open ones only (it reads `host.shadowRoot`). Chromium's
// audit opens it from the content script's isolated world through CDP, which Firefox does not offer
// (https://fxdx.dev/deprecating-cdp-support-in-firefox-embracing-the-future-with-webdriver-bidi/). BiDi
// serialises closed shadow roots on request (firefox-card.ts), so here the page's own view of the host gets
// a `shadowRoot` property returning that root: axe, in the page, then walks the real card with its styles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { configureFirefoxThroughOptions, fillInPage, launchFirefox, startSandbox, untilInPage, waitInPage, type FirefoxExtension } from './harness';
import { AXE_SOURCE, AXE_TAGS, runAxe } from './axe';
import { callInCard } from './firefox-card';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { SEED } from '../../sandbox/seed-data';
import { CARD_TAG, MARK_TAG } from '@/utils/page-scan/dom-rules';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
type Scheme = 'light' | 'dark';
const AWB = '172-28891936';

/** axe's violations in `page` (default: the whole document), after checking the page is in `scheme`. */
async function audit(page: Page, scheme: Scheme, include?: string[][]): Promise<string[]> {
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(runAxe, { context: include ? { include } : null, tags: AXE_TAGS });
}

/** Clicks the enabled button whose text is `name` (or starts with it, with `prefix`), once there is one. */
async function clickButton(page: Page, name: string, prefix = false): Promise<void> {
  // Runs in the page (serialised): clicks when found.
  const press = ([n, p]: [string, boolean]) => {
    const button = [...document.querySelectorAll('button')].find((b) => {
      const text = b.textContent?.trim() ?? '';
      return !b.disabled && (p ? text.startsWith(n) : text === n);
    });
    button?.click();
    return !!button;
  };
  await untilInPage(page, press, [name, prefix] as [string, boolean]);
}

/** Types into the control labelled `label` (its <label> text). */
async function fillLabelled(page: Page, label: string, value: string): Promise<void> {
  const id = await page.evaluate((l: string) => {
    const control = [...document.querySelectorAll('label')].find((e) => e.textContent?.trim().startsWith(l))?.control;
    if (!control) return null;
    if (!control.id) control.id = `tp-audit-${Math.random().toString(36).slice(2)}`;
    return control.id;
  }, label);
  if (!id) throw new Error(`no control labelled ${label}`);
  await fillInPage(page, `#${id}`, value);
}

const hasText = (page: Page, text: string) => untilInPage(page, (t) => document.body.innerText.includes(t), text, 30_000);

for (const scheme of ['light', 'dark'] as const) {
  describe(`accessibility audit in Firefox, ${scheme} theme`, () => {
    let sandbox: Sandbox;
    let ext: FirefoxExtension;
    let tab: Page;

    beforeAll(async () => {
      sandbox = await startSandbox({ port: 0 });
      ext = await launchFirefox({
        // 0 = dark, 1 = light: what web content and extension pages see as prefers-color-scheme.
        prefs: { 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1, 'ui.systemUsesDarkTheme': scheme === 'dark' ? 1 : 0 },
      });
      tab = await ext.extensionTab();
      await tab.setViewport({ width: 1000, height: 800 });
    });
    afterAll(async () => {
      await ext?.close();
      await sandbox?.close();
    });

    it('before setup: the options page with the welcome, and the empty popup, have no violations', async () => {
      await waitInPage(tab, '#tp-key');
      await hasText(tab, 'Got it');
      expect(await audit(tab, scheme)).toEqual([]);
      await ext.gotoExtensionPage(tab, 'popup.html', '#tp-search-input');
      await waitInPage(tab, '.tp-empty');
      expect(await audit(tab, scheme)).toEqual([]);
      await ext.gotoExtensionPage(tab, 'options.html', '#tp-key');
    });

    it('configured: options with every section filled in, the popup list, search, parcel and AWB details, numbers found on a tab: no violations', async () => {
      await configureFirefoxThroughOptions(ext, { apiKey: DEMO_KEYS.trackingmore, endpoint: sandbox.trackingmoreUrl });
      await clickButton(tab, 'Check');
      await hasText(tab, 'Key accepted.');
      await fillLabelled(tab, 'Numbers or CSV to pin', `${SEED.chinaPost}\n${SEED.usps}`);
      await hasText(tab, '2 numbers ready.');
      await clickButton(tab, 'Show account status');
      await waitInPage(tab, '.tp-counts');
      await fillLabelled(tab, 'Country', 'DE');
      await fillLabelled(tab, 'Postcode', '10115');
      await clickButton(tab, 'Check area');
      await clickButton(tab, 'Show requests');
      await waitInPage(tab, 'table.tp-log');
      expect(await tab.evaluate(() => document.querySelectorAll('main').length)).toBe(1);
      expect(await audit(tab, scheme)).toEqual([]);

      for (const route of [`ups/${SEED.ups}`, `172/${AWB}`]) {
        await ext.gotoExtensionPage(tab, `popup.html#/details/${route}`, '.tp-summary');
        await clickButton(tab, 'Pin', true);
        await untilInPage(tab, () => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim().startsWith('Unpin')), null);
      }

      await ext.gotoExtensionPage(tab, 'popup.html', '.tp-row');
      await hasText(tab, SEED.ups);
      expect(await audit(tab, scheme)).toEqual([]);

      await fillInPage(tab, '#tp-search-input', '1Z 999 AA1 0123456784');
      await hasText(tab, 'Looks like: UPS');
      expect(await audit(tab, scheme)).toEqual([]);
      await fillInPage(tab, '#tp-search-input', 'hello world');
      await tab.evaluate(() => (document.querySelector('#tp-search-input') as HTMLInputElement).form!.requestSubmit());
      // The answer to text that is no number comes without a request: give the view a moment to show it.
      await new Promise((r) => setTimeout(r, 800));
      expect(await audit(tab, scheme)).toEqual([]);

      await ext.gotoExtensionPage(tab, `popup.html#/details/ups/${SEED.ups}`, '.tp-summary');
      await hasText(tab, 'Expected delivery');
      expect(await tab.evaluate(() => document.querySelector('[aria-current="step"]')?.textContent ?? '')).toContain('In destination country');
      expect(await audit(tab, scheme)).toEqual([]);

      await ext.gotoExtensionPage(tab, `popup.html#/details/172/${AWB}`, '.tp-summary');
      await hasText(tab, 'LUX');
      await untilInPage(tab, () => !!document.querySelector('[aria-label="Step 4 of 4: Delivered"], [aria-labelledby]'), null);
      expect(await audit(tab, scheme)).toEqual([]);

      // The popup reads the active tab: the shop in front, the popup loaded in the extension tab behind it.
      const shop = await ext.browser.newPage();
      await shop.goto(`${sandbox.url}/shop/en/order/1001`, { waitUntil: 'load' });
      await waitInPage(shop, `${MARK_TAG}[data-trackpin="${SEED.ups}"]`);
      await shop.bringToFront();
      await ext.gotoExtensionPage(tab, 'popup.html', '.tp-row');
      await untilInPage(tab, (n) => !!document.querySelector('.tp-found-list')?.textContent?.includes(n), SEED.ups, 30_000);
      expect(await audit(tab, scheme)).toEqual([]);
      await shop.close();
    });

    it('the in-page card (stepper at the right step) and the marks: no violations', async () => {
      const shop = await ext.browser.newPage();
      await shop.setViewport({ width: 1280, height: 860 });
      await shop.goto(`${sandbox.url}/shop/en/order/1001`, { waitUntil: 'load' });
      await shop.bringToFront();
      const mark = `${MARK_TAG}[data-trackpin="${SEED.ups}"][tabindex]`;
      await waitInPage(shop, mark);
      // A trusted key on the focused mark opens the card (the card ignores synthetic clicks).
      await shop.evaluate((sel: string) => (document.querySelector(sel) as HTMLElement).focus(), mark);
      await shop.keyboard.press('Enter');
      const deadline = Date.now() + 30_000;
      let html = '';
      while (!html.includes('Step 3 of 5: In destination country') && Date.now() < deadline) {
        html = (await callInCard<string>(shop, '(root) => root.innerHTML').catch(() => null)) ?? '';
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(html).toContain('Step 3 of 5: In destination country');
      // The page's view of the host answers `shadowRoot` with the closed root, so axe walks into it.
      expect(await callInCard<boolean>(shop, `(root) => { Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root }); return document.querySelector('${CARD_TAG}').shadowRoot === root; }`)).toBe(true);
      expect(await audit(shop, scheme, [[CARD_TAG], [MARK_TAG]])).toEqual([]);
      await shop.close();
    });
  });
}
