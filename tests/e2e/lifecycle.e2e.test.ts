// The lifecycle in Chromium, production build, against the sandbox with its clock 12 days behind the
// browser's: a parcel pinned 20 days ago is delivered (the sandbox clock moves on), stays while the setting says 30
// days, goes to the Archived view by itself when the user sets 7 days in the options page, and comes back
// to the pinned list with Restore. Also: the synced copy of the pinned list holds no tracking data.
// The journey is shared with Firefox (watch-rules-journeys.ts, lifecycle.firefox.e2e.test.ts).
import { afterAll, beforeAll, describe } from 'vitest';
import { launchChromium, startSandbox, type ChromiumExtension } from './harness';
import { configureForSandbox } from './configure';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { chromiumWatchRules } from './chromium-driver';
import { lifecycleJourneys, type WatchRulesDriver } from './watch-rules-journeys';
import type { SandboxHandle } from './background-journeys';

const DAY = 86_400_000;
let sandbox: SandboxHandle;
let ext: ChromiumExtension;
let driver: WatchRulesDriver;

beforeAll(async () => {
  // The sandbox lives 12 days in the past, so what it delivers now was delivered ~12 days ago for the browser.
  sandbox = await startSandbox({ port: 0, now: new Date(Date.now() - 12 * DAY) });
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

describe('lifecycle (Chromium)', () => {
  lifecycleJourneys(() => driver);
});
