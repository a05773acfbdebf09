// The fault journeys of faults.e2e.test.ts in Firefox (background-journeys.ts): Firefox's own fetch, CORS
// and storage against the sandbox's fault hooks.
import { afterAll, beforeAll, describe } from 'vitest';
import { configureFirefoxThroughOptions, launchFirefox, startSandbox, type FirefoxExtension } from './harness';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { firefoxDriver } from './firefox-driver';
import { faultJourneys, type BackgroundDriver, type SandboxHandle } from './background-journeys';

let sandbox: SandboxHandle;
let ext: FirefoxExtension;
let driver: BackgroundDriver;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, now: new Date('2026-11-20T12:00:00Z') });
  ext = await launchFirefox();
  const page = await configureFirefoxThroughOptions(ext, { apiKey: DEMO_KEYS.trackingmore, endpoint: sandbox.trackingmoreUrl });
  driver = firefoxDriver(page, sandbox);
});

afterAll(async () => {
  await ext?.close();
  await sandbox?.close();
});

describe('faults (Firefox)', () => {
  faultJourneys(() => driver);
});
