// The service worker is stopped (as Chrome does to an idle or long-running worker) in the middle of a bulk
// import and in the middle of a poll, with the sandbox holding one reply back so the stop lands mid-request
// (journeys in background-journeys.ts, shared with restart.firefox.e2e.test.ts). Stopping uses the DevTools
// protocol's ServiceWorker.stopAllWorkers from a page session (closing the worker's target does not stop
// it, and runtime.reload() does not bring it back).
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, startSandbox, type ChromiumExtension } from './harness';
import { configureForSandbox } from './configure';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { chromiumDriver } from './chromium-driver';
import { restartJourneys, type BackgroundDriver, type SandboxHandle } from './background-journeys';

let sandbox: SandboxHandle;
let ext: ChromiumExtension;
let page: Page;
let cdp: CDPSession;
let driver: BackgroundDriver;

/** Running status of the extension's worker, from the DevTools ServiceWorker domain's updates. */
let workerStatus = 'unknown';

async function waitStatus(want: string): Promise<void> {
  const end = Date.now() + 10_000;
  while (workerStatus !== want) {
    if (Date.now() > end) throw new Error(`the worker did not become ${want} (${workerStatus})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, now: new Date('2026-11-20T12:00:00Z') });
  ext = await launchChromium();
  await configureForSandbox(ext.serviceWorker, { endpoint: sandbox.trackingmoreUrl, apiKey: DEMO_KEYS.empty });
  page = await ext.context.newPage();
  await page.goto(ext.extUrl('/popup.html'));
  cdp = await ext.context.newCDPSession(page);
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) if (v.scriptURL.startsWith(`chrome-extension://${ext.extensionId}/`)) workerStatus = v.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  await waitStatus('running');
  driver = chromiumDriver(page, sandbox, {
    async stopBackground() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitStatus('stopped');
    },
    // Playwright does not report the restarted worker, so state is read through the extension page.
    async wakeBackground() {
      expect(await driver.send('status')).toMatchObject({ ok: true });
      expect(workerStatus).toBe('running');
    },
  });
});

afterAll(async () => {
  await ext?.close();
  await sandbox?.close();
});

describe('service worker restarts (Chromium)', () => {
  restartJourneys(() => driver);
});
