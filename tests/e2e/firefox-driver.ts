// The background driver for Firefox (background-journeys.ts), from the extension tab puppeteer drives.
// Firefox's MV3 background is an event page, not a service worker: Firefox unloads it after
// extensions.background.idle.timeout (30 s) without events and loads it again on the next one
// (https://extensionworkshop.com/documentation/develop/manifest-v3-migration-guide/ "event pages").
// `stopBackground` unloads it mid-work the same way, by reloading the page document: every global, timer
// and in-flight request of the old page is gone, and the new page's start-up must resume from storage.
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'puppeteer-core';
import { configureFirefoxThroughOptions, launchFirefox, startSandbox, type FirefoxExtension } from './harness';
import type { BackgroundDriver, Reply, SandboxHandle } from './background-journeys';

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
