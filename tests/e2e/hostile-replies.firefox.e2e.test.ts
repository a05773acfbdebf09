// Hostile replies in Firefox (firefox-mv3 build): the in-page card, the popup's details and the
// notifications, the journeys of hostile-reply-journeys.ts shared with hostile-replies.e2e.test.ts. The card's
// closed shadow root is read over WebDriver BiDi (firefox-card.ts); the card is opened with a real key press.
// Firefox refuses BiDi navigations to moz-extension:// from ordinary tabs, so the details are shown in the
// options tab the extension opens.
// Headless Firefox has no notification service (notifications.create resolves, getAll stays empty, onShown
// never fires), so what the background asks Firefox to show is recorded in its event page (reached with
// runtime.getBackgroundPage()), and what the user sees besides is checked: the unread count and the badge.
import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'puppeteer-core';
import { configureFirefoxThroughOptions, launchFirefox, startSandbox, waitInPage, type FirefoxExtension } from './harness';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { startHostileServer, type HostileServer } from '../fixtures/hostile-server';
import {
  ACTIVE,
  PWNED_FLAG,
  cardJourneys,
  notificationJourneys,
  popupDetailsJourneys,
  pwnedProbe,
  type HostileDriver,
  type Shown,
} from './hostile-reply-journeys';
import { firefoxDriver } from './firefox-driver';
import { firefoxCard } from './firefox-card';
import { MARK_TAG } from '@/utils/page-scan/dom-rules';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
type NotificationsApi = { create(id: string, options: Shown): Promise<string> };
declare const browser: { runtime: { getBackgroundPage(): Promise<{ browser: { notifications: NotificationsApi } }> } };

let ext: FirefoxExtension;
let sandbox: Sandbox;
let proxy: HostileServer;
let driver: HostileDriver;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  proxy = await startHostileServer(sandbox.url);
  ext = await launchFirefox();
  const tab: Page = await configureFirefoxThroughOptions(ext, { apiKey: DEMO_KEYS.trackingmore, endpoint: proxy.trackingmoreUrl });
  const background = firefoxDriver(tab, sandbox);
  driver = {
    sandbox,
    async cardOf(number) {
      const page = await ext.browser.newPage();
      await page.goto(`${sandbox.url}/shop/en/order/1001`, { waitUntil: 'load' });
      await page.bringToFront();
      const mark = `${MARK_TAG}[data-trackpin="${number}"][tabindex]`;
      await waitInPage(page, mark);
      await page.evaluate((sel: string) => (document.querySelector(sel) as HTMLElement).focus(), mark);
      await page.keyboard.press('Enter');
      return {
        read: async () => {
          const { html, matches } = await firefoxCard(page, ACTIVE);
          return { html, active: matches };
        },
        pwned: () => page.evaluate(pwnedProbe, PWNED_FLAG),
        close: () => page.close(),
      };
    },
    send: background.send,
    badge: background.badge,
    async popupAt(hash) {
      // Leave the popup first: a change of hash alone would keep the last details on screen a moment.
      await ext.gotoExtensionPage(tab, 'options.html', '#tp-key');
      await ext.gotoExtensionPage(tab, `popup.html#${hash}`);
      return { run: (fn, arg) => tab.evaluate(fn as (a: unknown) => never, arg), close: async () => undefined };
    },
    async recordNotifications() {
      const installed = await tab.evaluate(async () => {
        const notes: Shown[] = [];
        (globalThis as unknown as { __notes: Shown[] }).__notes = notes;
        const api = (await browser.runtime.getBackgroundPage()).browser.notifications;
        const original = api.create.bind(api);
        const recording = (id: string, o: Shown) => {
          notes.push({ title: String(o.title), message: String(o.message) });
          return original(id, o);
        };
        Object.defineProperty(api, 'create', { value: recording, configurable: true, writable: true });
        return api.create === recording;
      });
      if (!installed) throw new Error('could not record notifications.create in the background page');
    },
    recorded: () => tab.evaluate(() => (globalThis as unknown as { __notes: Shown[] }).__notes.map((n) => ({ ...n }))),
  };
});

afterAll(async () => {
  await ext?.close();
  await proxy?.close();
  await sandbox?.close();
});

describe('hostile replies in the in-page card (Firefox)', () => {
  cardJourneys(() => driver);
});

describe('hostile replies in the popup details (Firefox)', () => {
  popupDetailsJourneys(() => driver);
});

describe('hostile replies in notifications (Firefox)', () => {
  notificationJourneys(() => driver);
});
