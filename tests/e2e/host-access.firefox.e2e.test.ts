// Host permissions withheld in Firefox, where users may revoke them at any time (about:addons →
// Permissions). Firefox only: Chrome does not let an extension remove its required host permissions
// (https://developer.chrome.com/docs/extensions/reference/api/permissions#method-remove), and granting an
// optional one there means clicking Chrome's own prompt, which automation cannot reach. The prompt is
// skipped here with extensions.webextOptionalPermissionPrompts=false; permissions.request still needs a
// real user input (a trusted key press), as for a user.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { configureFirefoxThroughOptions, fillInPage, launchFirefox, startSandbox, untilInPage, waitInPage, type FirefoxExtension } from './harness';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { SEED } from '../../sandbox/seed-data';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

const SANDBOX_HOST = 'http://127.0.0.1/*';

let sandbox: Sandbox;
let ext: FirefoxExtension;
let page: Page;

/** The extension's own permissions API, from an extension page. */
function permissions(page: Page, op: 'contains' | 'remove', origin: string): Promise<boolean> {
  return page.evaluate(
    (o: string, which: string) => {
      const api = (globalThis as unknown as { browser: { permissions: Record<string, (p: object) => Promise<boolean>> } }).browser.permissions;
      return api[which]!({ origins: [o] });
    },
    origin,
    op,
  );
}

/**
 * Withdraws every host permission Trackpin holds, as a user does in about:addons. In Firefox MV3 the content
 * script's match patterns (`http://*\/*`, `https://*\/*`) are host permissions too and cover the APIs' hosts.
 */
async function revokeAllHosts(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { permissions: { getAll(): Promise<{ origins?: string[] }>; remove(p: object): Promise<boolean> } } }).browser.permissions;
    const origins = (await api.getAll()).origins ?? [];
    await api.remove({ origins });
    return origins;
  });
}

/** Focuses the button whose text starts with `text` and presses Enter: a trusted user input. */
async function pressButton(page: Page, text: string): Promise<void> {
  await untilInPage(page, (t) => [...document.querySelectorAll('button')].some((b) => b.textContent?.startsWith(t)), text);
  await page.evaluate((t: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith(t))!.focus(), text);
  await page.keyboard.press('Enter');
}

async function search(page: Page, number: string): Promise<void> {
  await ext.gotoExtensionPage(page, 'popup.html', '#tp-search-input');
  await fillInPage(page, '#tp-search-input', number);
  await page.keyboard.press('Enter');
  await waitInPage(page, '.tp-summary, [role=alert]', 45_000);
}

const alertKind = (page: Page) => page.evaluate(() => document.querySelector('[role=alert]')?.getAttribute('data-kind') ?? null);

beforeAll(async () => {
  // No CORS headers, as the real APIs: without the host permission Firefox blocks the reply.
  sandbox = await startSandbox({ port: 0, cors: false });
  ext = await launchFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  page = await configureFirefoxThroughOptions(ext, { apiKey: DEMO_KEYS.trackingmore, endpoint: sandbox.trackingmoreUrl });
});

afterAll(async () => {
  await ext?.close();
  await sandbox?.close();
});

describe('host permissions withheld (Firefox)', () => {
  it('a custom endpoint without its host: the lookup says so (not a network error), Allow grants it, the lookup works', async () => {
    expect(await revokeAllHosts(page)).not.toEqual([]);
    expect(await permissions(page, 'contains', SANDBOX_HOST)).toBe(false);
    await search(page, SEED.ups);
    expect(await alertKind(page)).toBe('host-permission');
    const banner = await page.evaluate(() => document.querySelector('[data-banner=host-permission]')?.textContent ?? '');
    expect(banner).toContain('Trackpin needs your permission to reach 127.0.0.1');
    await pressButton(page, 'Allow access to 127.0.0.1');
    await waitInPage(page, '.tp-summary', 45_000);
    expect(await page.evaluate(() => document.querySelector('.tp-summary')?.textContent ?? '')).toContain('In transit');
    expect(await permissions(page, 'contains', SANDBOX_HOST)).toBe(true);
    expect(await page.evaluate(() => !!document.querySelector('[data-banner=host-permission]'))).toBe(false);
  });

  it('the permission revoked again: the next lookup names the cause again', async () => {
    expect(await permissions(page, 'remove', SANDBOX_HOST)).toBe(true);
    await search(page, SEED.dhl);
    expect(await alertKind(page)).toBe('host-permission');
  });

  it("the provider's own API host revoked (above): the popup and the options key section ask for it before any call", async () => {
    await ext.gotoExtensionPage(page, 'options.html', '#tp-endpoint');
    await page.evaluate(() => {
      const advanced = document.querySelector('details.tp-advanced') as HTMLDetailsElement;
      if (!advanced.open) (advanced.querySelector('summary') as HTMLElement).click();
    });
    await fillInPage(page, '#tp-endpoint', '');
    await page.evaluate(() => (document.querySelector('.tp-savebar button[type=submit]') as HTMLElement).click());
    await waitInPage(page, '.tp-savebar .tp-ok');
    const api = 'https://api.trackingmore.com/*';
    expect(await permissions(page, 'contains', api)).toBe(false);

    await ext.gotoExtensionPage(page, 'popup.html', '[data-banner=host-permission]');
    expect(await page.evaluate(() => document.querySelector('[data-banner=host-permission]')!.textContent)).toContain('api.trackingmore.com');

    await ext.gotoExtensionPage(page, 'options.html', '[data-banner=host-permission]');
    await pressButton(page, 'Allow access to api.trackingmore.com');
    await untilInPage(page, () => !document.querySelector('[data-banner=host-permission]'), null);
    expect(await permissions(page, 'contains', api)).toBe(true);
  });
});
