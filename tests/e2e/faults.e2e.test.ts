// Faults in real Chromium: the production build's fetch, CORS and storage, against sandbox fault hooks
// (journeys in background-journeys.ts, shared with faults.firefox.e2e.test.ts): lookups name each failure
// clearly; a poll that meets a 429 pauses for the server's Retry-After; pinned data survives; the key
// appears in no reply.
import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, startSandbox, type ChromiumExtension } from './harness';
import { configureForSandbox } from './configure';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { chromiumDriver } from './chromium-driver';
import { faultJourneys, type BackgroundDriver, type SandboxHandle } from './background-journeys';

let sandbox: SandboxHandle;
let ext: ChromiumExtension;
let page: Page;
let driver: BackgroundDriver;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, now: new Date('2026-11-20T12:00:00Z') });
  ext = await launchChromium();
  await configureForSandbox(ext.serviceWorker, { endpoint: sandbox.trackingmoreUrl, apiKey: DEMO_KEYS.trackingmore });
  page = await ext.context.newPage();
  await page.goto(ext.extUrl('/popup.html'));
  driver = chromiumDriver(page, sandbox);
});

afterAll(async () => {
  await ext?.close();
  await sandbox?.close();
});

describe('faults (Chromium)', () => {
  faultJourneys(() => driver);
});
