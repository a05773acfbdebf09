// Page safety (issue 14), Chromium, production build: the journeys of page-safety-journeys.ts (UI redress
// with a transparent or stretched mark, the card hidden under a decoy or moved under the pointer; WXT's
// start-up event replayed), shared with Firefox (page-safety.firefox.e2e.test.ts), and, here only, a content
// script trying to unpin what its card never showed.
// Chromium only: "a content script may unpin only the number its card opened" runs code as the content script,
// in its isolated world (CDP Runtime.evaluate with that world's context); WebDriver BiDi, all Firefox offers
// automation (CDP removed:
// https://fxdx.dev/deprecating-cdp-support-in-firefox-embracing-the-future-with-webdriver-bidi/), reaches a
// page's window realm and the sandboxes the client itself creates
// (https://w3c.github.io/webdriver-bidi/#command-script-getRealms), never an extension's content-script world.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, startSandbox, waitForCard, type ChromiumExtension } from './harness';
import { configureForSandbox } from './configure';
import { cardLoaded, cardView, type CardView } from './card-view';
import { chromiumPageDriver } from './chromium-driver';
import { markOf, pageSafetyJourneys, type PageSafetyDriver } from './page-safety-journeys';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { SEED } from '@/sandbox/seed-data';
import { startHostileServer, type HostileServer } from '../fixtures/hostile-server';
import { decoyShopPage } from '../fixtures/redress-pages';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

let ext: ChromiumExtension;
let sandbox: Sandbox;
let site: HostileServer;
let shopUrl: string;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  site = await startHostileServer(sandbox.url);
  shopUrl = site.page('shop', decoyShopPage([SEED.ups, SEED.upsUndelivered]));
  ext = await launchChromium();
  await configureForSandbox(ext.serviceWorker, { endpoint: sandbox.trackingmoreUrl, apiKey: DEMO_KEYS.trackingmore });
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
  await sandbox?.close();
});

async function openShop(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(shopUrl);
  await page.waitForSelector(markOf(SEED.ups), { timeout: 15_000 });
  await page.waitForSelector(markOf(SEED.upsUndelivered), { timeout: 15_000 });
  return page;
}

/** Calls from the extension's own page: what the popup would do. */
async function fromPopup<T>(message: unknown): Promise<T> {
  const popup = await ext.context.newPage();
  await popup.goto(ext.extUrl('popup.html'));
  const reply = (await popup.evaluate((m) => chrome.runtime.sendMessage(m), message)) as { data: T };
  await popup.close();
  return reply.data;
}
const watchlist = () => fromPopup<{ number: string; key: string }[]>({ type: 'watchlist', payload: {} });
const unpinAll = async () => fromPopup({ type: 'unpin', payload: { keys: (await watchlist()).map((p) => p.key) } });

const apiCalls = () => sandbox.log().map((e) => `${e.method} ${e.path}`);

async function openCardByClick(page: Page, number: string): Promise<CardView> {
  await page.click(markOf(number));
  return waitForCard(page, cardView, cardLoaded);
}

describe('page safety (Chromium)', () => {
  let driver: PageSafetyDriver;
  beforeAll(async () => {
    driver = await chromiumPageDriver(ext, sandbox, openShop);
  });
  pageSafetyJourneys(() => driver);
});

describe('a content script may unpin only the number its card opened', () => {
  /** Evaluates in the content script's isolated world (what a compromised content script could run). */
  async function inContentScript<T>(page: Page, expression: string): Promise<T> {
    const cdp = await page.context().newCDPSession(page);
    const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => void contexts.push(e.context as (typeof contexts)[number]));
    await cdp.send('Runtime.enable');
    await page.waitForTimeout(200);
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith(`chrome-extension://${ext.extensionId}`));
    if (!world) throw new Error(`no content-script world among ${JSON.stringify(contexts)}`);
    const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
    await cdp.detach();
    return result.value as T;
  }
  const unpinFromContent = (page: Page, keys: string[]) =>
    inContentScript<{ ok: boolean }>(page, `chrome.runtime.sendMessage({ type: 'unpin', payload: { keys: ${JSON.stringify(keys)} } })`);

  it('refuses other pins; its own number is unpinned locally and kept in the account', async () => {
    await unpinAll();
    await fromPopup({ type: 'pin', payload: { number: SEED.upsUndelivered, carrier: 'ups' } });
    const [other] = await watchlist();
    const page = await openShop();

    // No card opened yet in this tab: nothing may be unpinned from here.
    sandbox.clearLog();
    expect((await unpinFromContent(page, [other!.key])).ok).toBe(false);
    expect((await watchlist()).map((p) => p.number)).toEqual([SEED.upsUndelivered]);

    // The card for UPS opened: still not the other number.
    const view = await openCardByClick(page, SEED.ups);
    expect((await unpinFromContent(page, [other!.key])).ok).toBe(false);
    expect((await watchlist()).map((p) => p.number)).toEqual([SEED.upsUndelivered]);

    // Its own number: pinned with a real click, then unpinned from the content script.
    await page.waitForTimeout(600);
    await page.mouse.click(view.pinBox!.x, view.pinBox!.y);
    await waitForCard(page, cardView, (h) => h.includes('aria-pressed="true"'));
    const own = (await watchlist()).find((p) => p.number === SEED.ups)!;
    sandbox.clearLog();
    expect((await unpinFromContent(page, [own.key])).ok).toBe(true);
    expect((await watchlist()).map((p) => p.number)).toEqual([SEED.upsUndelivered]);
    expect(apiCalls().filter((c) => c.startsWith('DELETE'))).toEqual([]);
    await unpinAll();
    await page.close();
  });
});
