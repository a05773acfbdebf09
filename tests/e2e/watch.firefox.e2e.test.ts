// The watch loop in Firefox (firefox-mv3 build) against the sandbox: search → pin → Check now brings a new
// event → details show that event, with no further API call; Check now says when it last checked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickInPage, configureFirefoxThroughOptions, fillInPage, launchFirefox, startSandbox, untilInPage, waitInPage, type FirefoxExtension } from './harness';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { SEED } from '../../sandbox/seed-data';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;


const text = (page: Page, selector: string) => page.evaluate((s: string) => document.querySelector(s)?.textContent ?? '', selector);

describe('the watch loop (Firefox)', () => {
  let sandbox: Sandbox;
  let ext: FirefoxExtension;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, now: new Date('2026-11-20T12:00:00Z') });
    ext = await launchFirefox();
  });
  afterAll(async () => {
    await ext?.close();
    await sandbox?.close();
  });

  it('search → pin → Check now with a new event → details show it', async () => {
    const page = await configureFirefoxThroughOptions(ext, { apiKey: DEMO_KEYS.trackingmore, endpoint: sandbox.trackingmoreUrl });
    await ext.gotoExtensionPage(page, 'popup.html', '#tp-search-input');
    await fillInPage(page, '#tp-search-input', SEED.ups);
    await page.keyboard.press('Enter');
    await waitInPage(page, '.tp-summary', 45_000);
    await untilInPage(page, () => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Pin'), null);
    await page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Pin')!.click());
    await untilInPage(page, () => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Unpin'), null);
    await clickInPage(page, '.tp-back');
    await waitInPage(page, '.tp-check button');

    await clickInPage(page, '.tp-check button'); // baseline
    await untilInPage(page, () => !!document.querySelector('#tp-check-line')?.textContent?.startsWith('Last checked'), null);
    sandbox.advance(7);
    sandbox.clearLog();
    await clickInPage(page, '.tp-check button');
    await expect.poll(() => sandbox.log().filter((e) => e.endpoint === 'list').length, { timeout: 20_000 }).toBe(1);
    await untilInPage(page, () => !(document.querySelector('.tp-check button') as HTMLButtonElement).disabled && !!document.querySelector('#tp-check-line')?.textContent?.startsWith('Last checked'), null);
    await untilInPage(page, () => !!document.querySelector('.tp-row-event')?.textContent, null);
    expect(sandbox.log().filter((e) => e.endpoint === 'list')).toHaveLength(1);
    const rowLast = await text(page, '.tp-row-event');

    sandbox.clearLog();
    await clickInPage(page, '.tp-row-main');
    await waitInPage(page, '.tp-summary', 45_000);
    expect(await text(page, '.tp-summary')).toContain('Ready for pickup');
    const newest = await text(page, '.tp-timeline .tp-event');
    expect(rowLast.length).toBeGreaterThan(0);
    expect(newest).toContain(rowLast);
    expect(sandbox.log().filter((e) => e.endpoint === 'get' || e.endpoint === 'realtime')).toHaveLength(0);
    expect(await text(page, '.tp-age')).toMatch(/^Checked/);
  });
});
