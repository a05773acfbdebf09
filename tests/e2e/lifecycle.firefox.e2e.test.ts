// The lifecycle in Firefox (firefox-mv3 build), the journey of lifecycle.e2e.test.ts (watch-rules-journeys.ts):
// a delivered parcel is archived by itself after the days set in the options page, restored from the Archived
// view, and synced without tracking data. Extension pages are shown in the options tab the extension opens
// (Firefox refuses BiDi navigations to moz-extension:// from ordinary tabs).
import { afterAll, beforeAll, describe } from 'vitest';
import { configureFirefoxThroughOptions, launchFirefox, startSandbox, type FirefoxExtension } from './harness';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { firefoxWatchRules } from './firefox-driver';
import { lifecycleJourneys, type WatchRulesDriver } from './watch-rules-journeys';
import type { SandboxHandle } from './background-journeys';

const DAY = 86_400_000;
let sandbox: SandboxHandle;
let ext: FirefoxExtension;
let driver: WatchRulesDriver;

beforeAll(async () => {
  // The sandbox lives 12 days in the past, so what it delivers now was delivered ~12 days ago for the browser.
  sandbox = await startSandbox({ port: 0, now: new Date(Date.now() - 12 * DAY) });
  ext = await launchFirefox();
  const tab = await configureFirefoxThroughOptions(ext, { apiKey: DEMO_KEYS.trackingmore, endpoint: sandbox.trackingmoreUrl });
  driver = firefoxWatchRules(ext, tab, sandbox);
});

afterAll(async () => {
  await ext?.close();
  await sandbox?.close();
});

describe('lifecycle (Firefox)', () => {
  lifecycleJourneys(() => driver);
});
