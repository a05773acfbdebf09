// Sensitive sites in Firefox (journeys in sensitive-journeys.ts, shared with sensitive-sites.e2e.test.ts).
// The bank's host resolves to this machine through network.dns.localDomains.
import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'puppeteer-core';
import { configureFirefoxThroughOptions, launchFirefox, startSandbox, type FirefoxExtension } from './harness';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { startHostileServer, type HostileServer } from '../fixtures/hostile-server';
import { BANK, sensitiveJourneys, type SensitiveDriver } from './sensitive-journeys';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
declare const browser: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

let ext: FirefoxExtension;
let sandbox: Sandbox;
let site: HostileServer;
let extensionPage: Page;
let driver: SensitiveDriver;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  site = await startHostileServer(sandbox.url);
  ext = await launchFirefox({ prefs: { 'network.dns.localDomains': BANK } });
  extensionPage = await configureFirefoxThroughOptions(ext, { apiKey: DEMO_KEYS.trackingmore, endpoint: sandbox.trackingmoreUrl });
  driver = {
    site,
    async marksOn(url) {
      const page = await ext.browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      // Trackpin marks an ordinary page this small well within this time (the control proves it).
      await page.waitForSelector('trackpin-mark[data-trackpin]', { timeout: 3000 }).catch(() => undefined);
      const marks = await page.evaluate(() => document.querySelectorAll('trackpin-mark[data-trackpin]').length);
      await page.close();
      return marks;
    },
    fromPopup: (message) => extensionPage.evaluate((m: unknown) => browser.runtime.sendMessage(m), message),
  };
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
  await sandbox?.close();
});

describe('sensitive sites are off until the user turns them on (Firefox)', () => {
  sensitiveJourneys(() => driver);
});
