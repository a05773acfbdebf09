// Hostile pages in Firefox (firefox-mv3 build): the journeys of hostile-page-journeys.ts, shared with
// hostile-pages.e2e.test.ts — a page's scripts try runtime messages and forged postMessage envelopes, drive
// and read the in-page card, and forge marks. Clicks and keys are real BiDi input; the card's closed shadow
// root is read over BiDi (firefox-card.ts). "Heavy pages stay responsive" is Chromium only (see that file).
import { afterAll, beforeAll, describe } from 'vitest';
import { configureFirefoxThroughOptions, launchFirefox, startSandbox, type FirefoxExtension } from './harness';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { SEED } from '@/sandbox/seed-data';
import { startHostileServer, type HostileServer } from '../fixtures/hostile-server';
import { forgeryPage } from '../fixtures/hostile-pages';
import { firefoxDriver, openFirefoxPage } from './firefox-driver';
import { hostilePageJourneys } from './hostile-page-journeys';
import { markOf, type PageSafetyDriver } from './page-safety-journeys';
import type { SandboxHandle } from './background-journeys';

declare const browser: { runtime: { id: string } };

let ext: FirefoxExtension;
let sandbox: SandboxHandle;
let site: HostileServer;
let driver: PageSafetyDriver;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  site = await startHostileServer(sandbox.url);
  const forgeryUrl = site.page('forgery', forgeryPage(SEED.ups));
  ext = await launchFirefox();
  const tab = await configureFirefoxThroughOptions(ext, { apiKey: DEMO_KEYS.trackingmore, endpoint: sandbox.trackingmoreUrl });
  driver = {
    sandbox,
    openPage: () => openFirefoxPage(ext, forgeryUrl, [markOf(SEED.ups)]),
    send: firefoxDriver(tab, sandbox).send,
    runtimeId: await tab.evaluate(() => browser.runtime.id),
  };
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
  await sandbox?.close();
});

describe('hostile pages: messages, the card, forged marks (Firefox)', () => {
  hostilePageJourneys(() => driver);
});
