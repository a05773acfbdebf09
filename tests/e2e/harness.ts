// Launches real browsers with the production build of the extension. Chromium through Playwright,
// Firefox through puppeteer-core over WebDriver BiDi (Playwright's Firefox needs its own build).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';
import { providerFor } from './configure';

export { startSandbox } from '../../sandbox/server';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The build folder (`.output` by default; `TRACKPIN_EXT_DIR` lets parallel runs use their own). */
export function buildDir(browser: 'chrome' | 'firefox', base = process.env.TRACKPIN_EXT_DIR ?? '.output'): string {
  const dir = path.resolve(ROOT, base, `${browser}-mv3`);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No ${browser} build in ${dir}. Run \`npm run build\` first.`);
  }
  return dir;
}

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error('No Chromium found. Install one (`apt-get install -y chromium`) or set CHROMIUM_PATH.');
  }
  return found;
}

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error('No Firefox found. Install one (`apt-get install -y firefox-esr`) or set FIREFOX_PATH.');
  }
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface ChromiumExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  extUrl(pathname: string): string;
  /** The current service worker (a new one after the old one was stopped). */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/**
 * Chrome holds "all sites" as an optional permission (README "Permissions"), which only a prompt grants, and
 * headless Chromium cannot answer prompts. A profile gets it as an upgrading user does: the build is first
 * installed with `<all_urls>` required (as builds before allow-only mode had it), then the real manifest is
 * put back; Chrome keeps the grant across that update. The copy keeps the shared build untouched.
 */
async function grantAllSitesFirst(dir: string, userDataDir: string, args: string[]): Promise<string> {
  const copy = mkdtempSync(path.join(tmpdir(), 'trackpin-ext-'));
  cpSync(dir, copy, { recursive: true });
  const manifestPath = path.join(copy, 'manifest.json');
  const real = readFileSync(manifestPath, 'utf8');
  const manifest = JSON.parse(real) as { host_permissions?: string[] };
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, host_permissions: [...(manifest.host_permissions ?? []), '<all_urls>'] }));
  const first = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [`--disable-extensions-except=${copy}`, `--load-extension=${copy}`, ...args],
  });
  if (!first.serviceWorkers().length) await first.waitForEvent('serviceworker');
  await first.close();
  writeFileSync(manifestPath, real);
  return copy;
}

declare const chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } };

async function waitForContentScript(): Promise<void> {
  for (let i = 0; i < 200 && (await chrome.scripting.getRegisteredContentScripts()).length === 0; i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * `allSites` (default true): start as a user who has allowed Trackpin on all sites (the default mode's
 * state); false is a new Chrome install, which has not (and on which the extension opens its options page).
 */
export async function launchChromium(
  options: { extDir?: string; headless?: boolean; args?: string[]; allSites?: boolean } = {},
): Promise<ChromiumExtension> {
  const built = options.extDir ?? buildDir('chrome');
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'trackpin-chromium-'));
  const args = [...CHROMIUM_ARGS, ...(options.args ?? [])];
  const dir = options.allSites === false ? built : await grantAllSitesFirst(built, userDataDir, args);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...args],
  });
  const worker = async () => {
    const [sw] = context.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension://'));
    return sw ?? (await context.waitForEvent('serviceworker'));
  };
  const serviceWorker = await worker();
  const extensionId = new URL(serviceWorker.url()).host;
  // The worker registers the content script as it starts (an update clears registered scripts): pages a
  // test opens must not race it.
  if (dir !== built) await serviceWorker.evaluate(waitForContentScript);
  // The extension opens its options page on install. Let that happen before tests open pages: Chrome's
  // openOptionsPage() would otherwise reuse and re-navigate a tab a test is loading options.html in. (With
  // `allSites` the install happened in the first launch.)
  const optionsUrl = `chrome-extension://${extensionId}/options.html`;
  if (dir === built && !context.pages().some((p) => p.url().startsWith(optionsUrl))) {
    await context.waitForEvent('page', { predicate: (p) => p.url().startsWith(optionsUrl), timeout: 10_000 }).catch(() => undefined);
  }
  return {
    context,
    extensionId,
    serviceWorker,
    worker,
    extUrl: (p) => `chrome-extension://${extensionId}/${p.replace(/^\//, '')}`,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      if (dir !== built) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface FirefoxExtension {
  browser: PuppeteerBrowser;
  uuid: string;
  extUrl(pathname: string): string;
  /**
   * A tab showing an extension page: the options page the extension opens on install. Firefox refuses
   * BiDi navigations to moz-extension:// from ordinary tabs, so extension pages are reached from here.
   */
  extensionTab(): Promise<PuppeteerPage>;
  /** Navigates an extension tab to another extension page and waits for `selector` (default `body`). */
  gotoExtensionPage(page: PuppeteerPage, pathname: string, selector?: string): Promise<void>;
  close(): Promise<void>;
}

/** Polls a condition in the page with fresh evaluations (puppeteer's frame tracking loses these pages). */
export async function waitInPage(page: PuppeteerPage, selector: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await page.evaluate((sel: string) => !!document.querySelector(sel), selector).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  const text = await page.evaluate(() => document.body?.innerText.slice(0, 500)).catch(() => '');
  throw new Error(`Timed out waiting for ${selector} in ${page.url()}; the page shows: ${text}`);
}

/** `prefs`: extra about:config preferences for this profile (e.g. a small storage quota). */
export async function launchFirefox(options: { extDir?: string; prefs?: Record<string, unknown> } = {}): Promise<FirefoxExtension> {
  const dir = options.extDir ?? buildDir('firefox');
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    headless: true,
    executablePath: firefoxPath(),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Grant host access at install so the extension behaves as after the user's consent.
      'extensions.originControls.grantByDefault': true,
      ...options.prefs,
    },
  });
  await browser.installExtension(dir);
  const extUrl = (p: string) => `moz-extension://${uuid}/${p.replace(/^\//, '')}`;
  const origin = extUrl('');
  const ext: FirefoxExtension = {
    browser,
    uuid,
    extUrl,
    async extensionTab() {
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        for (const page of await browser.pages()) {
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href.startsWith(origin)) return page;
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error('The extension did not open its options page on install.');
    },
    async gotoExtensionPage(page, pathname, selector = 'body') {
      await page.evaluate((url: string) => {
        location.href = url;
      }, extUrl(pathname));
      await new Promise((r) => setTimeout(r, 300));
      await waitInPage(page, selector);
    },
    async close() {
      await browser.close();
    },
  };
  // The background registers the content script as it starts: pages a test opens must not race it.
  await (await ext.extensionTab()).evaluate(waitForContentScriptInFirefox);
  return ext;
}

async function waitForContentScriptInFirefox(): Promise<void> {
  const scripting = (globalThis as unknown as { browser: { scripting: typeof chrome.scripting } }).browser.scripting;
  for (let i = 0; i < 200 && (await scripting.getRegisteredContentScripts()).length === 0; i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Types into an input the way Preact sees it (value + input event). */
/** Polls a predicate in the page with fresh evaluations (robust across in-page navigations). */
export async function untilInPage<A>(page: PuppeteerPage, predicate: (arg: A) => boolean, arg: A, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await page.evaluate(predicate as (a: unknown) => boolean, arg as unknown).catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out waiting for ${predicate.toString()} (${JSON.stringify(arg)})`);
}

export async function fillInPage(page: PuppeteerPage, selector: string, value: string): Promise<void> {
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

export async function clickInPage(page: PuppeteerPage, selector: string): Promise<void> {
  await page.evaluate((sel: string) => (document.querySelector(sel) as HTMLElement).click(), selector);
}

/**
 * Firefox: enters the key and endpoint in the options tab the extension opened on install and saves, as a
 * user would. Returns that tab (the way into other extension pages).
 */
export async function configureFirefoxThroughOptions(
  ext: FirefoxExtension,
  settings: { apiKey: string; endpoint: string; provider?: string },
): Promise<PuppeteerPage> {
  const page = await ext.extensionTab();
  await waitInPage(page, '#tp-key');
  // New installs default to TrackingMore v4: pick the API the endpoint speaks.
  await page.evaluate((value: string) => {
    const select = document.querySelector('#tp-provider') as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, settings.provider ?? providerFor(settings.endpoint));
  await fillInPage(page, '#tp-key', settings.apiKey);
  await page.evaluate(() => {
    const advanced = document.querySelector('details.tp-advanced') as HTMLDetailsElement;
    if (!advanced.open) (advanced.querySelector('summary') as HTMLElement).click();
  });
  await fillInPage(page, '#tp-endpoint', settings.endpoint);
  // Tests run at any hour: quiet hours (on by default, 22:00–07:00) would hold their notifications.
  await page.evaluate(() => {
    const quiet = document.getElementById('tp-quiet-start')?.closest('fieldset')?.querySelector<HTMLInputElement>('input[type=checkbox]');
    if (!quiet) throw new Error('no quiet hours switch in Options');
    if (quiet.checked) quiet.click();
  });
  await clickInPage(page, '.tp-savebar button[type=submit]');
  await waitInPage(page, '.tp-savebar .tp-ok');
  return page;
}

/** The in-page card's closed shadow root as CDP sees it (page scripts and Playwright cannot reach it). */
export interface CardShadow {
  cdp: CDPSession;
  nodeId: number;
  /** Outer HTML of the shadow root's children. */
  html: string;
}

/** Reads inside the card through CDP; `read` gets null while no card is open. */
export async function readCard<T>(page: Page, read: (card: CardShadow | null) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type N = { nodeName: string; nodeId: number; children?: N[]; shadowRoots?: N[] };
    const find = (n: N): N | null => {
      if (n.nodeName === 'TRACKPIN-CARD') return n;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
        const f = find(c);
        if (f) return f;
      }
      return null;
    };
    const shadow = find(root as N)?.shadowRoots?.[0];
    if (!shadow) return await read(null);
    const parts = await Promise.all(
      (shadow.children ?? []).map((c) => cdp.send('DOM.getOuterHTML', { nodeId: c.nodeId }).then((r) => r.outerHTML)),
    );
    return await read({ cdp, nodeId: shadow.nodeId, html: parts.join('') });
  } finally {
    await cdp.detach();
  }
}

/** Polls the card until its HTML passes `test`; returns the last reading. */
export async function waitForCard<T extends { html: string }>(
  page: Page,
  view: (page: Page) => Promise<T>,
  test: (html: string) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last = await view(page);
  while (!test(last.html)) {
    if (Date.now() > until) throw new Error(`card never matched; last HTML: ${last.html.slice(0, 1500)}`);
    await page.waitForTimeout(150);
    last = await view(page);
  }
  return last;
}
