// Page safety in Firefox (firefox-mv3 build): the journeys of page-safety-journeys.ts, shared with
// page-safety.e2e.test.ts — UI redress (a transparent or stretched mark, the card hidden under a decoy or
// moved under the pointer) and WXT's start-up event replayed by the page. Clicks and keys are real BiDi input
// (input.performActions); the card's closed shadow root is read and its Pin focused over BiDi (firefox-card.ts).
// Firefox has no IntersectionObserver v2 (trackVisibility, https://bugzil.la/1896900): its card relies on the
// rest of the click rule (top layer, hit test, settle time), which these journeys exercise.
// "A content script may unpin only the number its card opened" stays Chromium-only: see page-safety.e2e.test.ts.
import { afterAll, beforeAll, describe } from 'vitest';
import { configureFirefoxThroughOptions, launchFirefox, startSandbox, type FirefoxExtension } from './harness';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { SEED } from '@/sandbox/seed-data';
import { startHostileServer, type HostileServer } from '../fixtures/hostile-server';
import { decoyShopPage } from '../fixtures/redress-pages';
import { firefoxDriver, openFirefoxPage } from './firefox-driver';
import { markOf, pageSafetyJourneys, type PageSafetyDriver } from './page-safety-journeys';
import type { SandboxHandle } from './background-journeys';

declare const browser: { runtime: { id: string } };

let ext: FirefoxExtension;
let sandbox: SandboxHandle;
let site: HostileServer;
let driver: PageSafetyDriver;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  site = await startHostileServer(sandbox.url);
  const shopUrl = site.page('shop', decoyShopPage([SEED.ups, SEED.upsUndelivered]));
  ext = await launchFirefox();
  const tab = await configureFirefoxThroughOptions(ext, { apiKey: DEMO_KEYS.trackingmore, endpoint: sandbox.trackingmoreUrl });
  driver = {
    sandbox,
    openPage: () => openFirefoxPage(ext, shopUrl, [markOf(SEED.ups), markOf(SEED.upsUndelivered)]),
    send: firefoxDriver(tab, sandbox).send,
    runtimeId: await tab.evaluate(() => browser.runtime.id),
  };
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
  await sandbox?.close();
});

describe('page safety (Firefox)', () => {
  pageSafetyJourneys(() => driver);
});
