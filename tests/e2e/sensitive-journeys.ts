// Sensitive sites, shared by Chromium (sensitive-sites.e2e.test.ts) and Firefox
// (sensitive-sites.firefox.e2e.test.ts): a bank's host and a sign-in page with a password field stay
// unmarked by default; the user's choice (the site switch, or a kind in Options) turns them on.
import { expect, it } from 'vitest';
import { SEED } from '@/sandbox/seed-data';
import type { HostileServer } from '../fixtures/hostile-server';
import { decoyShopPage } from '../fixtures/redress-pages';

/** The bank's host name; each browser's file maps it to 127.0.0.1. */
export const BANK = 'online-banking.test';

export interface SensitiveDriver {
  site: HostileServer;
  /** Opens `url` in a new tab and counts the marks once an ordinary page would have them. */
  marksOn(url: string): Promise<number>;
  /** A protocol message from an extension page (the popup's site switch, the options page's save). */
  fromPopup(message: unknown): Promise<unknown>;
}

const SIGN_IN = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head><body>
<h1>Sign in to see your order</h1><p>Tracking number: ${SEED.ups}</p>
<form><label>E-mail <input type="email"></label><label>Password <input type="password"></label></form></body></html>`;

export function sensitiveJourneys(driver: () => SensitiveDriver): void {
  it('an ordinary page is marked (control)', async () => {
    const d = driver();
    expect(await d.marksOn(d.site.page('shop', decoyShopPage([SEED.ups])))).toBeGreaterThan(0);
  });

  it('a page showing a password field is not marked; the site switch turns it on', async () => {
    const d = driver();
    const url = d.site.page('sign-in', SIGN_IN);
    expect(await d.marksOn(url)).toBe(0);
    await d.fromPopup({ type: 'set-site-enabled', payload: { host: new URL(url).hostname, enabled: true } });
    expect(await d.marksOn(url)).toBeGreaterThan(0);
  });

  it('a bank’s site is not marked; ticking “banks and payment” in Options turns it on', async () => {
    const d = driver();
    const url = d.site.page('bank', decoyShopPage([SEED.ups])).replace('127.0.0.1', BANK);
    expect(await d.marksOn(url)).toBe(0);
    expect(await d.fromPopup({ type: 'save-settings', payload: { settings: { sensitiveKindsOn: ['finance'] } } })).toMatchObject({ ok: true });
    expect(await d.marksOn(url)).toBeGreaterThan(0);
  });
}
