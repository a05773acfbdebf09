// Sensitive sites (issue 14), Chromium, production build: a bank's host and a sign-in page with a password
// field stay unmarked by default; the user's choice (the site switch, or a kind in Options) turns them on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, startSandbox, type ChromiumExtension } from './harness';
import { configureForSandbox } from './configure';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { SEED } from '@/sandbox/seed-data';
import { startHostileServer, type HostileServer } from '../fixtures/hostile-server';
import { decoyShopPage } from '../fixtures/redress-pages';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const BANK = 'online-banking.test';
let ext: ChromiumExtension;
let sandbox: Sandbox;
let site: HostileServer;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  site = await startHostileServer(sandbox.url);
  // A bank's host name, served by the local test server.
  ext = await launchChromium({ args: [`--host-resolver-rules=MAP ${BANK} 127.0.0.1`] });
  await configureForSandbox(ext.serviceWorker, { endpoint: sandbox.trackingmoreUrl, apiKey: DEMO_KEYS.trackingmore });
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
  await sandbox?.close();
});

const SIGN_IN = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head><body>
<h1>Sign in to see your order</h1><p>Tracking number: ${SEED.ups}</p>
<form><label>E-mail <input type="email"></label><label>Password <input type="password"></label></form></body></html>`;

async function marksOn(url: string): Promise<{ page: Page; marks: number }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  // Trackpin marks an ordinary page this small well within this time (the control below proves it).
  await page.waitForSelector('trackpin-mark[data-trackpin]', { timeout: 3000 }).catch(() => undefined);
  return { page, marks: await page.locator('trackpin-mark[data-trackpin]').count() };
}

async function fromPopup(message: unknown): Promise<unknown> {
  const popup = await ext.context.newPage();
  await popup.goto(ext.extUrl('popup.html'));
  const reply = await popup.evaluate((m) => chrome.runtime.sendMessage(m), message);
  await popup.close();
  return reply;
}

describe('sensitive sites are off until the user turns them on', () => {
  it('an ordinary page is marked (control)', async () => {
    const { page, marks } = await marksOn(site.page('shop', decoyShopPage([SEED.ups])));
    expect(marks).toBeGreaterThan(0);
    await page.close();
  });

  it('a page showing a password field is not marked; the site switch turns it on', async () => {
    const url = site.page('sign-in', SIGN_IN);
    const first = await marksOn(url);
    expect(first.marks).toBe(0);
    await first.page.close();
    await fromPopup({ type: 'set-site-enabled', payload: { host: new URL(url).hostname, enabled: true } });
    const again = await marksOn(url);
    expect(again.marks).toBeGreaterThan(0);
    await again.page.close();
  });

  it('a bank’s site is not marked; ticking “banks and payment” in Options turns it on', async () => {
    const url = site.page('bank', decoyShopPage([SEED.ups])).replace('127.0.0.1', BANK);
    const first = await marksOn(url);
    expect(first.marks).toBe(0);
    await first.page.close();
    expect(await fromPopup({ type: 'save-settings', payload: { settings: { sensitiveKindsOn: ['finance'] } } })).toMatchObject({ ok: true });
    const again = await marksOn(url);
    expect(again.marks).toBeGreaterThan(0);
    await again.page.close();
  });
});
