// Watching that respects the user in Firefox (firefox-mv3 build), the journeys of schedule.e2e.test.ts
// (watch-rules-journeys.ts): one grouped notification for three parcels, quiet hours → one digest on the
// poll alarm's next tick, the quota line. Headless Firefox has no notification service (notifications.create
// resolves, getAll stays empty), so the driver records what the background asks Firefox to show in its event
// page (firefox-driver.ts firefoxWatchRules).
import { afterAll, beforeAll, describe } from 'vitest';
import { configureFirefoxThroughOptions, launchFirefox, startSandbox, type FirefoxExtension } from './harness';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { firefoxWatchRules } from './firefox-driver';
import { scheduleJourneys, type WatchRulesDriver } from './watch-rules-journeys';
import type { SandboxHandle } from './background-journeys';

let sandbox: SandboxHandle;
let ext: FirefoxExtension;
let driver: WatchRulesDriver;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, now: new Date('2026-11-20T12:00:00Z') });
  ext = await launchFirefox();
  const tab = await configureFirefoxThroughOptions(ext, { apiKey: DEMO_KEYS.trackingmore, endpoint: sandbox.trackingmoreUrl });
  driver = firefoxWatchRules(ext, tab, sandbox);
  await driver.show('popup.html');
  // Tests run at any hour: quiet hours (on by default) would hold their notifications.
  await driver.send('save-settings', { settings: { quietHoursOn: false } });
  await driver.shown(); // starts recording
});

afterAll(async () => {
  await ext?.close();
  await sandbox?.close();
});

describe('watching that respects the user (Firefox)', () => {
  scheduleJourneys(() => driver);
});
