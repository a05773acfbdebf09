// Hostile replies (issue 8): the provider answers with markup, script, javascript: links, bidi overrides,
// emoji and very long strings in event texts, titles and airline names. The in-page card, the popup's
// details and the notifications must show them as inert text, and only http(s) links may become links.
// The replies come from a rewriting proxy in front of the sandbox (tests/fixtures/hostile-server.ts).
// The popup and notification journeys are shared with Firefox (hostile-reply-journeys.ts). The card part is
// Chromium-only: the card's shadow root is closed, and only CDP (DOM.getDocument with pierce) reads inside
// it; Firefox has removed CDP (https://fxdx.dev/deprecating-cdp-support-in-firefox-embracing-the-future-with-webdriver-bidi/)
// and WebDriver BiDi reaches closed shadow roots only through an element reference to their host node, which
// a closed root never gives out (https://w3c.github.io/webdriver-bidi/#type-script-RemoteReference and
// https://github.com/w3c/webdriver-bidi/issues/?q=closed+shadow).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, readCard, startSandbox, waitForCard, type ChromiumExtension } from './harness';
import { configureForSandbox } from './configure';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { SEED } from '@/sandbox/seed-data';
import { startHostileServer, EVENT_CYCLE, HOSTILE_AIRLINE, type HostileServer } from '../fixtures/hostile-server';
import { HOSTILE, PWNED_FLAG } from '../fixtures/hostile-strings';
import { ACTIVE, notificationJourneys, popupDetailsJourneys, type HostileDriver, type Shown } from './hostile-reply-journeys';
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

interface CardDom {
  html: string;
  /** Outer HTML of elements inside the card matching ACTIVE. */
  active: string[];
}

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


const loaded = (html: string) => html.includes('class="tp-card"') && !html.includes('data-phase="loading"');
/** How the serialiser writes a text node holding `s` (what we expect to find as text). */
const asText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');

async function openShop(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`${sandbox.url}/shop/en/order/1001`);
  await page.waitForSelector(`trackpin-mark[data-trackpin="${SEED.ups}"]`, { timeout: 15_000 });
  return page;
}

describe('hostile replies in the in-page card', () => {
  it('shows event texts and locations with markup, script, bidi, emoji and 30,000 characters as inert text', async () => {
    const page = await openShop();
    await page.click(`trackpin-mark[data-trackpin="${SEED.ups}"]`);
    const { html, active } = await waitForCard(page, cardDom, loaded);
    // The hostile texts arrived (the proxy works) and are shown as text...
    // A 30,000-character text is stored cut to its first 500 characters (bounded storage), and shown so.
    expect(html).toContain(asText(EVENT_CYCLE[0]!.slice(0, 300)));
    expect(html).not.toContain('END-OF-LONG');
    expect(html).toContain(asText(HOSTILE.script));
    expect(html).toContain(asText('<b>Bold</b>'));
    expect(html).toContain('\u202Eevil.exe\u202C');
    expect(html).toContain('👨‍👩‍👧');
    // ...never as elements, and nothing ran in the page.
    expect(active).toEqual([]);
    // The number itself is its own element: a bidi override in a neighbour cannot rewrite it.
    expect(html).toContain(`translate="no">${SEED.ups}</span>`);
    await page.waitForTimeout(300);
    expect(await page.evaluate((flag) => document.documentElement.dataset[flag], PWNED_FLAG)).toBeUndefined();
    await page.close();
  });

  it('shows a hostile airline name as text and renders no links', async () => {
    const page = await openShop();
    await page.click(`trackpin-mark[data-trackpin="${SEED.awb}"]`);
    const { html, active } = await waitForCard(page, cardDom, loaded);
    expect(html).toContain(`<span class="tp-card-carrier">${asText(HOSTILE_AIRLINE)}</span>`);
    expect(active).toEqual([]);
    expect(html).not.toMatch(/<a\b/);
    expect(await page.evaluate((flag) => document.documentElement.dataset[flag], PWNED_FLAG)).toBeUndefined();
    await page.close();
  });
});

describe('hostile replies in the popup details and notifications (journeys shared with Firefox)', () => {
  let driver: HostileDriver;
  beforeAll(async () => {
    const extensionPage = await ext.context.newPage();
    await extensionPage.goto(ext.extUrl('popup.html'));
    const background = chromiumDriver(extensionPage, sandbox);
    driver = {
      sandbox,
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
  popupDetailsJourneys(() => driver);
  notificationJourneys(() => driver);
});
