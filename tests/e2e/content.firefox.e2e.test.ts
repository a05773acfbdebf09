// The content script in Firefox (firefox-mv3 build, WebDriver BiDi): numbers on the demo pages are
// marked, decoys and form fields are not, and a number added after load is marked too; switching the site
// off, forged clicks and the card opened with the mouse (on a mark, on the icon in a link; Esc and a click
// outside close it; its status and stepper) are the journeys of content-journeys.ts, shared with
// content.e2e.test.ts. The card's closed shadow root is read over BiDi (firefox-card.ts); whether it is open
// is also seen from outside, by what covers the viewport (elementFromPoint is retargeted to its host).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { configureFirefoxThroughOptions, launchFirefox, startSandbox, type FirefoxExtension } from './harness';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { SHOP_PAGES } from '@/sandbox/shop';
import { CARD_TAG } from '@/utils/page-scan/dom-rules';
import { cardMouseJourneys, contentJourneys, type ContentDriver } from './content-journeys';
import { firefoxCard } from './firefox-card';
import { cardCoversViewport } from './page-probes';
import { tabMessenger } from './tab-messenger';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

let ext: FirefoxExtension;
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  ext = await launchFirefox();
});

afterAll(async () => {
  await ext?.close();
  await sandbox?.close();
});

async function markedNumbers(page: Page): Promise<string[]> {
  return page.$$eval('trackpin-mark[data-trackpin]', (els) => [...new Set(els.map((e) => e.getAttribute('data-trackpin')!))].sort());
}

async function waitForMarks(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n: number) => new Set([...document.querySelectorAll('trackpin-mark[data-trackpin]')].map((e) => e.getAttribute('data-trackpin'))).size >= n,
    { timeout: 20_000, polling: 200 },
    count,
  );
}

describe('Firefox content script', () => {
  for (const path of ['/shop/en/order/1001', '/shop/pl/orders']) {
    it(`marks the expected numbers and no decoy on ${path}`, async () => {
      const expectation = SHOP_PAGES.find((p) => p.path === path)!;
      const expected = [...expectation.parcels, ...expectation.awbs].sort();
      const page = await ext.browser.newPage();
      await page.goto(sandbox.url + path, { waitUntil: 'load' });
      await waitForMarks(page, expected.length);
      await new Promise((r) => setTimeout(r, 300));
      expect(await markedNumbers(page)).toEqual(expected);
      const markTexts = await page.$$eval('trackpin-mark', (els) => els.map((e) => (e.textContent ?? '').trim()).filter(Boolean));
      for (const decoy of expectation.decoys) for (const text of markTexts) expect(decoy.includes(text)).toBe(false);
      for (const field of expectation.formFields) {
        expect(await page.$eval(field.selector, (el) => (el as HTMLInputElement).value)).toBe(field.value);
      }
      await page.close();
    });
  }

  it('marks numbers added after load', async () => {
    const spa = SHOP_PAGES.find((p) => p.path === '/shop/en/spa')!;
    const all = [...spa.parcels, ...spa.insertedLater].sort();
    const page = await ext.browser.newPage();
    await page.goto(sandbox.url + spa.path, { waitUntil: 'load' });
    await waitForMarks(page, all.length);
    expect(await markedNumbers(page)).toEqual(all);
    await page.close();
  });
});

describe('switching off, forged clicks, the card with the mouse (Firefox; journeys shared with Chromium)', () => {
  let driver: ContentDriver;
  beforeAll(async () => {
    // The card's status needs the sandbox key.
    const extensionPage = await configureFirefoxThroughOptions(ext, { apiKey: DEMO_KEYS.trackingmore, endpoint: sandbox.trackingmoreUrl });
    driver = {
      host: new URL(sandbox.url).hostname,
      toTab: (host, message) => extensionPage.evaluate(tabMessenger, { host, message }),
      async open(pathname) {
        const page = await ext.browser.newPage();
        await page.goto(sandbox.url + pathname, { waitUntil: 'load' });
        // Key presses go to the focused tab.
        await page.bringToFront();
        return {
          run: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
          cardOpen: () => page.evaluate(cardCoversViewport, CARD_TAG),
          cardHtml: async () => (await firefoxCard(page, 'none')).html,
          press: (key) => page.keyboard.press(key as never),
          clickAt: (x, y) => page.mouse.click(x, y),
          close: () => page.close(),
        };
      },
    };
  });
  contentJourneys(() => driver);
  cardMouseJourneys(() => driver);
});
