// One popup journey in Firefox (firefox-mv3 build): configure through the options page (which the
// extension opens itself on install), then search → details in popup.html.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, startSandbox, type FirefoxExtension } from './harness';
import { DEMO_KEYS } from '../../sandbox/demo-keys';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

/**
 * The tab the extension opened on install (its options page). Found by its location because the
 * moz-extension UUID Firefox assigned may differ from the one the harness asked for, and a page can
 * only navigate to moz-extension:// URLs of an installed extension.
 */
async function extensionTab(ext: FirefoxExtension): Promise<{ page: Page; base: string }> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    for (const page of await ext.browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://')) return { page, base: href.replace(/^(moz-extension:\/\/[^/]+).*$/, '$1') };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('The extension did not open its options page on install.');
}

/**
 * Same-origin navigation from inside the extension page (BiDi navigation to moz-extension is refused).
 * Puppeteer's frame tracking does not follow these pages, so waiting is done with fresh evaluations.
 */
async function navigate(page: Page, url: string, selector: string): Promise<void> {
  await page.evaluate((u: string) => {
    location.href = u;
  }, url);
  await until(page, (sel) => !!document.querySelector(sel), selector);
}

/** Polls a predicate in the page with fresh evaluations (robust across in-page navigations). */
async function until<A>(page: Page, predicate: (arg: A) => boolean, arg: A, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await page.evaluate(predicate as (a: unknown) => boolean, arg as unknown).catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out waiting for ${predicate.toString()} (${JSON.stringify(arg)})`);
}

/** Types into an input the way Preact sees it (value + input event). */
async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.evaluate(
    (sel: string, v: string) => {
      const el = document.querySelector(sel) as HTMLInputElement;
      el.focus();
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    selector,
    value,
  );
}

async function click(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel: string) => (document.querySelector(sel) as HTMLElement).click(), selector);
}

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
    const { page, base } = await extensionTab(ext);
    await until(page, (sel) => !!document.querySelector(sel), '#tp-key');
    await fill(page, '#tp-key', DEMO_KEYS.trackingmore);
    await click(page, 'details.tp-advanced summary');
    await fill(page, '#tp-endpoint', sandbox.trackingmoreUrl);
    await click(page, '.tp-savebar button[type=submit]');
    await until(page, (sel) => !!document.querySelector(sel), '.tp-savebar .tp-ok');

    await navigate(page, `${base}/popup.html`, '#tp-search-input');
    await fill(page, '#tp-search-input', '1Z 999 AA1 0123456784');
    await until(page, (t) => !!document.querySelector('#tp-search-hint')?.textContent?.includes(t), 'Looks like: UPS');
    // Enter submits the search form.
    await page.keyboard.press('Enter');
    await until(page, (sel) => !!document.querySelector(sel), '.tp-summary');
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
