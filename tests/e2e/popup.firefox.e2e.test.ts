// One popup journey in Firefox (firefox-mv3 build): configure through the options page (which the
// extension opens itself on install), then search → details in popup.html. Firefox refuses BiDi
// navigations to moz-extension:// from ordinary tabs, so the journey starts in that options tab.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureFirefoxThroughOptions, fillInPage, launchFirefox, startSandbox, untilInPage, waitInPage, type FirefoxExtension } from './harness';
import { DEMO_KEYS } from '../../sandbox/demo-keys';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;


describe('popup journey (Firefox)', () => {
  let sandbox: Sandbox;
  let ext: FirefoxExtension;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    ext = await launchFirefox();
  });
  afterAll(async () => {
    await ext?.close();
    await sandbox?.close();
  });

  it('search → details', async () => {
    const page = await configureFirefoxThroughOptions(ext, { apiKey: DEMO_KEYS.trackingmore, endpoint: sandbox.trackingmoreUrl });

    await ext.gotoExtensionPage(page, 'popup.html', '#tp-search-input');
    await fillInPage(page, '#tp-search-input', '1Z 999 AA1 0123456784');
    await untilInPage(page, (t) => !!document.querySelector('#tp-search-hint')?.textContent?.includes(t), 'Looks like: UPS');
    // Enter submits the search form.
    await page.keyboard.press('Enter');
    await waitInPage(page, '.tp-summary, [role=alert]', 45_000);
    const result = await page.evaluate(() => ({
      summary: document.querySelector('.tp-summary')?.textContent ?? '',
      events: document.querySelectorAll('.tp-timeline .tp-event').length,
      hash: location.hash,
    }));
    expect(result.summary).toContain('1Z999AA10123456784');
    expect(result.summary).toContain('In transit');
    expect(result.events).toBeGreaterThan(1);
    expect(result.hash).toBe('#/details/ups/1Z999AA10123456784');
  });
});
