// Watching that respects the user, in Chromium (production build) against the sandbox and its clock:
// three parcels moving in one poll are one grouped notification; in quiet hours nothing is shown and, once
// they are over, the poll alarm's tick tells one digest; the popup shows the quota and its forecast.
// The journeys are shared with Firefox (watch-rules-journeys.ts, schedule.firefox.e2e.test.ts); here the
// notifications are the ones Chromium lists (notifications.getAll).
import { afterAll, beforeAll, describe } from 'vitest';
import { launchChromium, startSandbox, type ChromiumExtension } from './harness';
import { configureForSandbox } from './configure';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { chromiumWatchRules } from './chromium-driver';
import { scheduleJourneys, type WatchRulesDriver } from './watch-rules-journeys';
import type { SandboxHandle } from './background-journeys';

let sandbox: SandboxHandle;
let ext: ChromiumExtension;
let driver: WatchRulesDriver;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, now: new Date('2026-11-20T12:00:00Z') });
  ext = await launchChromium();
  await configureForSandbox(ext.serviceWorker, { endpoint: sandbox.trackingmoreUrl, apiKey: DEMO_KEYS.trackingmore });
  const page = await ext.context.newPage();
  await page.goto(ext.extUrl('popup.html'));
  driver = chromiumWatchRules(page, sandbox, ext.extUrl);
});

afterAll(async () => {
  await ext?.close();
  await sandbox?.close();
});

describe('watching that respects the user (Chromium)', () => {
  scheduleJourneys(() => driver);
});
