// The background driver for Chromium (background-journeys.ts): an extension page sends the messages and
// reads storage, alarms, the badge and notifications with the chrome.* APIs.
import type { Page } from 'playwright-core';
import type { BackgroundDriver, Reply, SandboxHandle } from './background-journeys';
import type { WatchRulesDriver } from './watch-rules-journeys';
import { decodePixel, type ShopPage } from './page-safety-journeys';
import { cardView } from './card-view';
import { readCard, type ChromiumExtension } from './harness';
import type { PageSafetyDriver } from './page-safety-journeys';

// Evaluated callbacks are serialised into the browser, so they name the extension API themselves.
declare const chrome: any;

export function chromiumDriver(page: Page, sandbox: SandboxHandle, lifecycle: Partial<Pick<BackgroundDriver, 'stopBackground' | 'wakeBackground'>> = {}): BackgroundDriver {
  return {
    sandbox,
    send: (type, payload = {}) =>
      page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const).catch((e: Error) => ({ ok: false, rejected: e.message })) as Promise<Reply>,
    stored: (keys) => page.evaluate((k) => chrome.storage.local.get(k), keys),
    alarm: (name) => page.evaluate((n) => chrome.alarms.get(n), name),
    badge: () => page.evaluate(() => chrome.action.getBadgeText({})),
    notifications: () => page.evaluate(() => chrome.notifications.getAll()),
    clearNotification: (id) => page.evaluate((i) => chrome.notifications.clear(i), id).then(() => undefined),
    stopBackground: lifecycle.stopBackground ?? (() => Promise.reject(new Error('no stop in this file'))),
    wakeBackground: lifecycle.wakeBackground ?? (async () => undefined),
  };
}

/** The watching-rules driver (watch-rules-journeys.ts) on one extension page; notifications as Chromium lists them. */
export function chromiumWatchRules(page: Page, sandbox: SandboxHandle, extUrl: (path: string) => string): WatchRulesDriver {
  return {
    sandbox,
    send: chromiumDriver(page, sandbox).send,
    inExtension: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg as unknown),
    show: async (path) => void (await page.goto(extUrl(path))),
    click: (name) => page.getByRole('button', { name, exact: true }).click(),
    select: async (label, value) => void (await page.getByLabel(label).selectOption(value)),
    shown: async () => Object.keys(await page.evaluate(() => chrome.notifications.getAll())),
    dismiss: (id) => page.evaluate((i) => chrome.notifications.clear(i), id).then(() => undefined),
  };
}

/** A web page as the page-safety and hostile-page journeys drive it; the card is read through CDP. */
export function chromiumShopPage(page: Page): ShopPage {
  return {
    run: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg as unknown),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    card: () => cardView(page),
    focusPin: () =>
      readCard(page, async (card) => {
        const { nodeId } = await card!.cdp.send('DOM.querySelector', { nodeId: card!.nodeId, selector: 'button[aria-pressed]' });
        await card!.cdp.send('DOM.focus', { nodeId });
      }),
    // A 1×1 screenshot decoded on a canvas in a blank page.
    async pixelAt(x, y) {
      const png = await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } });
      const blank = await page.context().newPage();
      const rgb = await blank.evaluate(decodePixel, png.toString('base64'));
      await blank.close();
      return rgb;
    },
    close: () => page.close(),
  };
}

/** The page-safety / hostile-page driver: `open` opens the test's page; messages go from an extension page. */
export async function chromiumPageDriver(ext: ChromiumExtension, sandbox: SandboxHandle, open: () => Promise<Page>): Promise<PageSafetyDriver> {
  const extensionPage = await ext.context.newPage();
  await extensionPage.goto(ext.extUrl('popup.html'));
  return {
    sandbox,
    openPage: async () => chromiumShopPage(await open()),
    send: chromiumDriver(extensionPage, sandbox).send,
    runtimeId: ext.extensionId,
  };
}
