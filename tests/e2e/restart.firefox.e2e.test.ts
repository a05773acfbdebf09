// The restart journeys of restart.e2e.test.ts in Firefox (background-journeys.ts): the event page is
// unloaded in the middle of a bulk import and of a poll (see firefox-driver.ts for how) and its next start
// finishes the work, nothing lost, nothing twice. Notifications: headless Firefox shows none, so the
// journey checks the unread count and badge there.
import { afterAll, beforeAll, describe } from 'vitest';
import { configureFirefoxThroughOptions, launchFirefox, startSandbox, type FirefoxExtension } from './harness';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { firefoxDriver } from './firefox-driver';
import { restartJourneys, type BackgroundDriver, type SandboxHandle } from './background-journeys';

let sandbox: SandboxHandle;
let ext: FirefoxExtension;
let driver: BackgroundDriver;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, now: new Date('2026-11-20T12:00:00Z') });
  ext = await launchFirefox();
  const page = await configureFirefoxThroughOptions(ext, { apiKey: DEMO_KEYS.empty, endpoint: sandbox.trackingmoreUrl });
  driver = firefoxDriver(page, sandbox);
});

afterAll(async () => {
  await ext?.close();
  await sandbox?.close();
});

describe('background restarts (Firefox event page)', () => {
  restartJourneys(() => driver);
});
