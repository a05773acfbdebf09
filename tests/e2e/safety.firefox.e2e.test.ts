// Firefox (firefox-mv3 build): the API key is out of reach of content scripts. Firefox lets every content
// script of an extension read its storage.local, so a probe content script is added to a copy of the
// production build: it runs in the content-script context with exactly Trackpin's privileges and reports
// what it can read of storage.local, storage.session, storage.sync and IndexedDB.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { buildDir, configureFirefoxThroughOptions, launchFirefox, startSandbox, waitInPage, type FirefoxExtension } from './harness';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { SEED } from '@/sandbox/seed-data';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

const PROBE = `(async () => {
  const out = {};
  const grab = async (name, read) => { try { out[name] = JSON.stringify(await read()); } catch (e) { out[name] = 'error: ' + e; } };
  await grab('local', () => browser.storage.local.get(null));
  await grab('session', () => browser.storage.session.get(null));
  await grab('sync', () => browser.storage.sync.get(null));
  await grab('idb', () => new Promise((resolve) => {
    const q = indexedDB.open('trackpin-secrets');
    q.onerror = () => resolve('open failed');
    q.onsuccess = () => {
      const db = q.result;
      if (!db.objectStoreNames.contains('secrets')) return resolve('no secrets store');
      const get = db.transaction('secrets').objectStore('secrets').get('apiKey');
      get.onsuccess = () => resolve(String(get.result));
      get.onerror = () => resolve('read failed');
    };
  }));
  document.documentElement.setAttribute('data-probe', JSON.stringify(out));
})();`;

/** A copy of the build with the probe content script next to Trackpin's. */
function buildWithProbe(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'trackpin-probe-'));
  const ext = path.join(dir, 'firefox-mv3');
  cpSync(buildDir('firefox'), ext, { recursive: true });
  writeFileSync(path.join(ext, 'probe.js'), PROBE);
  const manifest = JSON.parse(readFileSync(path.join(ext, 'manifest.json'), 'utf8')) as { content_scripts?: unknown[] };
  // Trackpin's own script is registered at run time (site access), so the manifest may have none.
  (manifest.content_scripts ??= []).push({ matches: ['<all_urls>'], run_at: 'document_idle', js: ['probe.js'] });
  writeFileSync(path.join(ext, 'manifest.json'), JSON.stringify(manifest));
  return ext;
}

async function probe(ext: FirefoxExtension, url: string): Promise<Record<string, string>> {
  const page = await ext.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await waitInPage(page, 'html[data-probe]');
  const seen = JSON.parse((await page.evaluate(() => document.documentElement.getAttribute('data-probe'))) ?? '{}') as Record<string, string>;
  await page.close();
  return seen;
}

type Runtime = { browser: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data?: { apiKey?: string } }> }; storage: { local: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } } } };

describe('the API key is out of reach of content scripts (Firefox)', () => {
  let sandbox: Sandbox;
  let ext: FirefoxExtension;
  let dir: string;
  let options: Page;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    dir = buildWithProbe();
    ext = await launchFirefox({ extDir: dir });
    options = await configureFirefoxThroughOptions(ext, { apiKey: DEMO_KEYS.trackingmore, endpoint: sandbox.trackingmoreUrl });
  });
  afterAll(async () => {
    await ext?.close();
    await sandbox?.close();
    rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it('a content script reads no key from any storage it can reach; the background still uses it', async () => {
    const got = await options.evaluate(() => (globalThis as unknown as Runtime).browser.runtime.sendMessage({ type: 'get-settings', payload: {} }));
    expect(got.data?.apiKey).toBe(DEMO_KEYS.trackingmore);
    const seen = await probe(ext, `${sandbox.url}/shop/en/order/1001`);
    console.log('[safety.firefox] what a content script sees:', JSON.stringify(seen).slice(0, 600));
    expect(seen.local, 'the probe ran with storage access').toContain('"settings"');
    for (const [where, value] of Object.entries(seen)) expect(value, where).not.toContain(DEMO_KEYS.trackingmore);
    // storage.session (where the background keeps which number each tab's card shows) is not exposed at all.
    expect(seen.session).toMatch(/^error/);
    const lookup = await options.evaluate(
      (number) => (globalThis as unknown as Runtime).browser.runtime.sendMessage({ type: 'lookup', payload: { number } }),
      SEED.ups,
    );
    expect(lookup.ok).toBe(true);
  });

  it('a key stored in storage.local by an older version is moved out of it and keeps working', async () => {
    const OLD = DEMO_KEYS.empty;
    await options.evaluate(async (key) => {
      const api = (globalThis as unknown as Runtime).browser;
      const { settings } = (await api.storage.local.get('settings')) as { settings: object };
      await api.storage.local.set({ settings: { ...settings, apiKey: key } });
    }, OLD);
    const got = await options.evaluate(() => (globalThis as unknown as Runtime).browser.runtime.sendMessage({ type: 'get-settings', payload: {} }));
    expect(got.data?.apiKey).toBe(OLD);
    const seen = await probe(ext, `${sandbox.url}/shop/en/order/1001`);
    expect(seen.local).toContain('"settings"');
    expect(seen.local).not.toContain(OLD);
  });
});
