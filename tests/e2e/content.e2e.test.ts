// The content script in Chromium on the sandbox's demo shop pages: what gets marked (and what not),
// numbers added later, the card (in a closed shadow root, read through CDP), Pin, keyboard use, and the
// page's own links, buttons and form fields.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, readCard, startSandbox, waitForCard, type ChromiumExtension } from './harness';
import { configureForSandbox } from './configure';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { SHOP_PAGES, DECOYS } from '@/sandbox/shop';
import { SEED } from '@/sandbox/seed-data';
import { cardMouseJourneys, contentJourneys, type ContentDriver } from './content-journeys';
import { tabMessenger } from './tab-messenger';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

// Extension APIs as used inside page.evaluate on the popup page (they run in the browser, not here).
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

let ext: ChromiumExtension;
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  ext = await launchChromium();
  await configureForSandbox(ext.serviceWorker, { endpoint: sandbox.trackingmoreUrl, apiKey: DEMO_KEYS.trackingmore });
});

afterAll(async () => {
  await ext?.close();
  await sandbox?.close();
});

async function open(pathname: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(sandbox.url + pathname);
  return page;
}

async function markedNumbers(page: Page): Promise<string[]> {
  return page.$$eval('trackpin-mark[data-trackpin]', (els) => [...new Set(els.map((e) => e.getAttribute('data-trackpin')!))].sort());
}

async function waitForMarks(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => new Set([...document.querySelectorAll('trackpin-mark[data-trackpin]')].map((e) => e.getAttribute('data-trackpin'))).size >= n,
    count,
    { timeout: 15_000 },
  );
}

/** The card's HTML (its shadow root is closed to page scripts and Playwright). */
const cardHtml = (page: Page): Promise<string> => readCard(page, async (card) => card?.html ?? '');

async function waitForCardHtml(page: Page, test: (html: string) => boolean, timeout = 15_000): Promise<string> {
  const view = await waitForCard(page, async (p) => ({ html: await cardHtml(p) }), test, timeout);
  return view.html;
}

const cardOpen = (html: string) => html.includes('class="tp-card"');
const cardLoaded = (html: string) => cardOpen(html) && !html.includes('data-phase="loading"');

describe('marking on the demo pages', () => {
  for (const expectation of SHOP_PAGES.filter((p) => p.insertedLater.length === 0)) {
    it(`marks the expected numbers and no decoy on ${expectation.path}`, async () => {
      const page = await open(expectation.path);
      const expected = [...expectation.parcels, ...expectation.awbs].sort();
      await waitForMarks(page, expected.length);
      await page.waitForTimeout(300);
      expect(await markedNumbers(page)).toEqual(expected);
      const markTexts = await page.$$eval('trackpin-mark', (els) => els.map((e) => e.textContent ?? ''));
      for (const decoy of expectation.decoys) {
        for (const text of markTexts.filter(Boolean)) expect(decoy.includes(text.trim())).toBe(false);
      }
      for (const field of expectation.formFields) {
        expect(await page.inputValue(field.selector)).toBe(field.value);
        expect(await page.$$eval(`${field.selector} trackpin-mark`, (els) => els.length)).toBe(0);
      }
      if (expectation.trackLink) {
        expect(await page.getAttribute(expectation.trackLink.selector, 'href')).toBe(expectation.trackLink.href);
      }
      await page.close();
    });
  }

  it('marks numbers a single-page app adds after load and after pushState', async () => {
    const spa = SHOP_PAGES.find((p) => p.path === '/shop/en/spa')!;
    const page = await open(spa.path);
    const all = [...spa.parcels, ...spa.insertedLater].sort();
    await waitForMarks(page, all.length);
    expect(await markedNumbers(page)).toEqual(all);
    expect(new URL(page.url()).pathname).toBe(spa.pushStatePath);
    await page.close();
  });
});

describe('the page keeps working', () => {
  it('leaves the page button, the link and the layout alone', async () => {
    const page = await open('/shop/en/order/1001');
    await waitForMarks(page, 3);
    await page.click('#page-button');
    await expect.poll(() => page.textContent('#page-button-result')).toContain('(1)');
    // Clicking the link text follows the link (the card opens only from the icon).
    await page.route('https://www.ups.com/**', (route) => route.fulfill({ body: '<title>UPS</title>ups', contentType: 'text/html' }));
    await Promise.all([page.waitForURL(/ups\.com/), page.click('#track-link', { position: { x: 5, y: 5 } })]);
    await page.close();
  });
});

describe('the card', () => {
  it('works from the keyboard alone: Enter on a mark opens it, Tab reaches Pin', async () => {
    const page = await open('/shop/en/order/1001');
    await waitForMarks(page, 3);
    // Tab from the start of the page until a mark has focus.
    let focused: string | null = null;
    for (let i = 0; i < 40 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-trackpin') ?? null);
    }
    expect(focused).toBeTruthy();
    await page.keyboard.press('Enter');
    const html = await waitForCardHtml(page, cardOpen);
    expect(html).toContain(focused!);
    await page.keyboard.press('Escape');
    await waitForCardHtml(page, (h) => !cardOpen(h));
    await page.close();
  });

  it('pins from the card with the keyboard', async () => {
    const page = await open('/shop/en/order/1001');
    await waitForMarks(page, 3);
    await page.focus(`trackpin-mark[data-trackpin="${SEED.ups}"]`);
    await page.keyboard.press('Enter');
    const html = await waitForCardHtml(page, cardLoaded);
    expect(html).toContain('data-status=');
    // Focus is on the card: close button, then Pin.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForCardHtml(page, (h) => h.includes('aria-pressed="true"'));
    const popup = await ext.context.newPage();
    await popup.goto(ext.extUrl('popup.html'));
    const list = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'watchlist', payload: {} }));
    expect((list as { ok: boolean; data: { number: string }[] }).data.map((p) => p.number)).toContain(SEED.ups);
    await popup.close();
    await page.close();
  });
});

describe('switching off, forged clicks, the card with the mouse (journeys shared with Firefox)', () => {
  let driver: ContentDriver;
  beforeAll(async () => {
    const extensionPage = await ext.context.newPage();
    await extensionPage.goto(ext.extUrl('popup.html'));
    driver = {
      host: new URL(sandbox.url).hostname,
      toTab: (host, message) => extensionPage.evaluate(tabMessenger, { host, message }),
      async open(pathname) {
        const page = await open(pathname);
        return {
          run: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
          cardOpen: async () => cardOpen(await cardHtml(page)),
          cardHtml: () => cardHtml(page),
          press: (key) => page.keyboard.press(key),
          clickAt: (x, y) => page.mouse.click(x, y),
          close: () => page.close(),
        };
      },
    };
  });
  contentJourneys(() => driver);
  cardMouseJourneys(() => driver);
});

describe('decoys', () => {
  it('has decoys on the page that stay unmarked', async () => {
    const page = await open('/shop/en/orders');
    await waitForMarks(page, 5);
    const text = await page.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain(DECOYS.orderId);
    const inMarks = await page.$$eval('trackpin-mark', (els) => els.map((e) => e.closest('td,p,footer,div')?.textContent ?? ''));
    expect(inMarks.some((t) => t.includes(DECOYS.phoneUs))).toBe(false);
    await page.close();
  });
});
