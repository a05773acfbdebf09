// Sensitive sites (issue 14), Chromium, production build (journeys in sensitive-journeys.ts, shared with
// sensitive-sites.firefox.e2e.test.ts).
import { afterAll, beforeAll, describe } from 'vitest';
import { launchChromium, startSandbox, type ChromiumExtension } from './harness';
import { configureForSandbox } from './configure';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { startHostileServer, type HostileServer } from '../fixtures/hostile-server';
import { BANK, sensitiveJourneys, type SensitiveDriver } from './sensitive-journeys';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

let ext: ChromiumExtension;
let sandbox: Sandbox;
let site: HostileServer;
let driver: SensitiveDriver;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  site = await startHostileServer(sandbox.url);
  // A bank's host name, served by the local test server.
  ext = await launchChromium({ args: [`--host-resolver-rules=MAP ${BANK} 127.0.0.1`] });
  await configureForSandbox(ext.serviceWorker, { endpoint: sandbox.trackingmoreUrl, apiKey: DEMO_KEYS.trackingmore });
  driver = {
    site,
    async marksOn(url) {
      const page = await ext.context.newPage();
      await page.goto(url);
      // Trackpin marks an ordinary page this small well within this time (the control proves it).
      await page.waitForSelector('trackpin-mark[data-trackpin]', { timeout: 3000 }).catch(() => undefined);
      const marks = await page.locator('trackpin-mark[data-trackpin]').count();
      await page.close();
      return marks;
    },
    async fromPopup(message) {
      const popup = await ext.context.newPage();
      await popup.goto(ext.extUrl('popup.html'));
      const reply = await popup.evaluate((m) => chrome.runtime.sendMessage(m), message);
      await popup.close();
      return reply;
    },
  };
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
  await sandbox?.close();
});

describe('sensitive sites are off until the user turns them on', () => {
  sensitiveJourneys(() => driver);
});
