// The background driver for Firefox (background-journeys.ts), from the extension tab puppeteer drives.
// Firefox's MV3 background is an event page, not a service worker: Firefox unloads it after
// extensions.background.idle.timeout (30 s) without events and loads it again on the next one
// (https://extensionworkshop.com/documentation/develop/manifest-v3-migration-guide/ "event pages").
// `stopBackground` unloads it mid-work the same way, by reloading the page document: every global, timer
// and in-flight request of the old page is gone, and the new page's start-up must resume from storage.
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'puppeteer-core';
import { configureFirefoxThroughOptions, launchFirefox, startSandbox, waitInPage, type FirefoxExtension } from './harness';
import { callInCard } from './firefox-card';
import type { CardView } from './card-view';
import { decodePixel, type PageSafetyDriver, type ShopPage } from './page-safety-journeys';
import { startHostileServer, type HostileServer } from '../fixtures/hostile-server';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import type { BackgroundDriver, Reply, SandboxHandle } from './background-journeys';
import { pageButtons, type WatchRulesDriver } from './watch-rules-journeys';

declare const browser: any;

export function firefoxDriver(page: Page, sandbox: SandboxHandle): BackgroundDriver {
  const driver: BackgroundDriver = {
    sandbox,
    send: (type, payload = {}) =>
      page
        .evaluate((t: string, p: object) => browser.runtime.sendMessage({ type: t, payload: p }), type, payload)
        .catch((e: Error) => ({ ok: false, rejected: e.message })) as Promise<Reply>,
    stored: (keys) => page.evaluate((k: string[]) => browser.storage.local.get(k), keys),
    alarm: (name) => page.evaluate((n: string) => browser.alarms.get(n), name),
    badge: () => page.evaluate(() => browser.action.getBadgeText({})),
    // Headless Firefox has no notification service: created notifications are never listed.
    notifications: async () => null,
    clearNotification: async () => undefined,
    async stopBackground() {
      await page.evaluate(async () => {
        const background = await browser.runtime.getBackgroundPage();
        background.location.reload();
      });
    },
    async wakeBackground() {
      const deadline = Date.now() + 10_000;
      while (!(await driver.send('status')).ok) {
        if (Date.now() > deadline) throw new Error('the background page did not come back');
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
  return driver;
}

/**
 * Registers the set-up of a Firefox background test: a sandbox with a fixed clock, Firefox configured with
 * the v2 sandbox endpoint and `apiKey` through its options page, and the driver on that tab.
 */
export function useFirefoxBackground(apiKey: string): () => BackgroundDriver {
  let sandbox: SandboxHandle;
  let ext: FirefoxExtension;
  let driver: BackgroundDriver;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, now: new Date('2026-11-20T12:00:00Z') });
    ext = await launchFirefox();
    const page = await configureFirefoxThroughOptions(ext, { apiKey, endpoint: sandbox.trackingmoreUrl });
    driver = firefoxDriver(page, sandbox);
  });
  afterAll(async () => {
    await ext?.close();
    await sandbox?.close();
  });
  return () => driver;
}

type NotificationsApi = { create(id: string, o: object): Promise<string>; clear(id: string): Promise<boolean> };

/**
 * The watching-rules driver (watch-rules-journeys.ts) on the extension tab. Headless Firefox has no
 * notification service (notifications.create resolves, getAll stays empty), so "on screen" is what the
 * background asked to create and has not cleared: its event page's notifications.create and clear are wrapped
 * from this tab (runtime.getBackgroundPage()). The wrappers live in this tab's realm, so they are taken off
 * before the tab shows another page.
 */
export function firefoxWatchRules(ext: FirefoxExtension, tab: Page, sandbox: SandboxHandle): WatchRulesDriver {
  const unwrap = () => tab.evaluate(() => (globalThis as unknown as { __unwrap?: () => void }).__unwrap?.()).catch(() => undefined);
  // The popup's controls are clicked in the page: puppeteer loses track of extension pages reached by
  // location changes (harness.ts waitInPage), so it cannot dispatch input to them.
  const buttonNamed = async (name: string) => (await tab.evaluate(pageButtons, name)).includes(name);
  return {
    sandbox,
    send: firefoxDriver(tab, sandbox).send,
    inExtension: (fn, arg) => tab.evaluate(fn as (a: unknown) => never, arg as unknown),
    async show(path) {
      await unwrap();
      await ext.gotoExtensionPage(tab, path, path === 'options.html' ? '#tp-key' : 'main, body');
    },
    async click(name) {
      const deadline = Date.now() + 10_000;
      while (!(await buttonNamed(name))) {
        if (Date.now() > deadline) throw new Error(`no button named ${name}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async select(label, value) {
      const found = await tab.evaluate(
        (l: string, v: string) => {
          const control = [...document.querySelectorAll('label')].find((e) => e.textContent?.trim().startsWith(l))?.control as HTMLSelectElement | null;
          if (!control) return false;
          control.value = v;
          control.dispatchEvent(new Event('change', { bubbles: true }));
          control.dispatchEvent(new Event('input', { bubbles: true }));
          return control.value === v;
        },
        label,
        value,
      );
      if (!found) throw new Error(`no select labelled ${label} with ${value}`);
    },
    async shown() {
      const ids = await tab.evaluate(async () => {
        const g = globalThis as unknown as { __shown?: Set<string>; __unwrap?: () => void };
        if (!g.__shown) {
          const shown = new Set<string>();
          const api = (await browser.runtime.getBackgroundPage()).browser.notifications as NotificationsApi;
          const { create, clear } = api;
          const wrap = (name: 'create' | 'clear', fn: (id: string, o?: object) => Promise<unknown>) =>
            Object.defineProperty(api, name, { value: fn, configurable: true, writable: true });
          wrap('create', (id, o) => (shown.add(id), create.call(api, id, o!)));
          wrap('clear', (id) => (shown.delete(id), clear.call(api, id)));
          g.__unwrap = () => {
            wrap('create', create as never);
            wrap('clear', clear as never);
          };
          g.__shown = shown;
        }
        return [...g.__shown];
      });
      return ids;
    },
    dismiss: (id) => tab.evaluate((i: string) => void (globalThis as unknown as { __shown?: Set<string> }).__shown?.delete(i), id),
  };
}

const PIN = 'button[aria-pressed]';

/** A web page as the page-safety and hostile-page journeys drive it: real BiDi input, the card read over BiDi. */
export function firefoxShopPage(page: Page): ShopPage {
  return {
    run: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg as unknown),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as 'Enter'),
    async card() {
      const view = await callInCard<CardView>(
        page,
        `(root, pin) => {
          const b = root.querySelector(pin)?.getBoundingClientRect();
          return { html: root.innerHTML, pinBox: b ? { x: b.x + b.width / 2, y: b.y + b.height / 2 } : null };
        }`,
        PIN,
      );
      return view ?? { html: '', pinBox: null };
    },
    focusPin: async () => void (await callInCard(page, '(root, pin) => root.querySelector(pin).focus()', PIN)),
    async pixelAt(x, y) {
      const png = await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 }, encoding: 'base64' });
      // Decoded in the same tab (a detached canvas): a second tab would take the focus from this one.
      return page.evaluate(decodePixel, png);
    },
    close: () => page.close(),
  };
}

/** Opens `url` in a new 1000×700 tab in front and waits for `marks`. */
export async function openFirefoxPage(ext: FirefoxExtension, url: string, marks: string[]): Promise<ShopPage> {
  const page = await ext.browser.newPage();
  await page.setViewport({ width: 1000, height: 700 });
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  for (const mark of marks) await waitInPage(page, mark);
  return firefoxShopPage(page);
}

/**
 * Registers the set-up of a Firefox page-safety / hostile-page test: a sandbox, a site serving the page
 * `pageUrl` makes, Firefox configured with the sandbox key, and the driver opening that page with `marks` in place.
 */
export function useFirefoxPages(pageUrl: (site: HostileServer) => string, marks: string[]): () => PageSafetyDriver {
  let sandbox: SandboxHandle;
  let site: HostileServer;
  let ext: FirefoxExtension;
  let driver: PageSafetyDriver;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    site = await startHostileServer(sandbox.url);
    const url = pageUrl(site);
    ext = await launchFirefox();
    const tab = await configureFirefoxThroughOptions(ext, { apiKey: DEMO_KEYS.trackingmore, endpoint: sandbox.trackingmoreUrl });
    driver = {
      sandbox,
      openPage: () => openFirefoxPage(ext, url, marks),
      send: firefoxDriver(tab, sandbox).send,
      runtimeId: await tab.evaluate(() => browser.runtime.id),
    };
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
    await sandbox?.close();
  });
  return () => driver;
}
