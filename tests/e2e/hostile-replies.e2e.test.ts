// Hostile replies (issue 8): the provider answers with markup, script, javascript: links, bidi overrides,
// emoji and very long strings in event texts, titles and airline names. The in-page card, the popup's
// details and the notifications must show them as inert text, and only http(s) links may become links.
// The replies come from a rewriting proxy in front of the sandbox (tests/fixtures/hostile-server.ts).
// The journeys are shared with Firefox (hostile-reply-journeys.ts); this file brings Chromium's driver: the
// card's closed shadow root is read through CDP (DOM.getDocument with pierce).
import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, readCard, startSandbox, type ChromiumExtension } from './harness';
import { configureForSandbox } from './configure';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { startHostileServer, type HostileServer } from '../fixtures/hostile-server';
import {
  ACTIVE,
  PWNED_FLAG,
  cardJourneys,
  notificationJourneys,
  popupDetailsJourneys,
  pwnedProbe,
  type CardDom,
  type HostileDriver,
  type Shown,
} from './hostile-reply-journeys';
import { chromiumDriver } from './chromium-driver';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

let ext: ChromiumExtension;
let sandbox: Sandbox;
let proxy: HostileServer;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  proxy = await startHostileServer(sandbox.url);
  ext = await launchChromium();
  await configureForSandbox(ext.serviceWorker, { endpoint: proxy.trackingmoreUrl, apiKey: DEMO_KEYS.trackingmore });
});

afterAll(async () => {
  await ext?.close();
  await proxy?.close();
  await sandbox?.close();
});

/** The card's HTML and any active elements in it, read through CDP (its shadow root is closed). */
function cardDom(page: Page): Promise<CardDom> {
  return readCard(page, async (card) => {
    if (!card) return { html: '', active: [] };
    const { nodeIds } = await card.cdp.send('DOM.querySelectorAll', { nodeId: card.nodeId, selector: ACTIVE });
    const active = await Promise.all(
      nodeIds.map((id) => card.cdp.send('DOM.getOuterHTML', { nodeId: id }).then((r) => r.outerHTML.slice(0, 200))),
    );
    return { html: card.html, active };
  });
}


describe('hostile replies in the in-page card, the popup details and notifications', () => {
  let driver: HostileDriver;
  beforeAll(async () => {
    const extensionPage = await ext.context.newPage();
    await extensionPage.goto(ext.extUrl('popup.html'));
    const background = chromiumDriver(extensionPage, sandbox);
    driver = {
      sandbox,
      async cardOf(number) {
        const page = await ext.context.newPage();
        await page.goto(`${sandbox.url}/shop/en/order/1001`);
        await page.click(`trackpin-mark[data-trackpin="${number}"]`, { timeout: 15_000 });
        return { read: () => cardDom(page), pwned: () => page.evaluate(pwnedProbe, PWNED_FLAG), close: () => page.close() };
      },
      send: background.send,
      badge: background.badge,
      async popupAt(hash) {
        const page = await ext.context.newPage();
        await page.goto(ext.extUrl(`popup.html#${hash}`));
        return { run: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg), close: () => page.close() };
      },
      // Headless Chromium shows nothing: the worker's calls to notifications.create are recorded.
      async recordNotifications() {
        await (await ext.worker()).evaluate(() => {
          const g = globalThis as unknown as { __notes: unknown[]; chrome: { notifications: { create: (...a: unknown[]) => Promise<string> } } };
          g.__notes = [];
          const original = g.chrome.notifications.create.bind(g.chrome.notifications);
          g.chrome.notifications.create = (...args: unknown[]) => {
            g.__notes.push(args[1]);
            return original(...args).catch(() => String(args[0]));
          };
        });
      },
      recorded: async () => (await ext.worker()).evaluate(() => (globalThis as unknown as { __notes: Shown[] }).__notes),
    };
  });
  cardJourneys(() => driver);
  popupDetailsJourneys(() => driver);
  notificationJourneys(() => driver);
});
