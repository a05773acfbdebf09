// Options-page journeys shared by Chromium (options.e2e.test.ts) and Firefox (options.firefox.e2e.test.ts):
// onboarding, the key check (invalid and valid key), a bulk import of 50 with its progress bar, export.
// Each browser brings a small UI driver working on the options page as a user does.
import { expect, it } from 'vitest';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import type { SandboxHandle } from './background-journeys';

export interface OptionsUi {
  sandbox: SandboxHandle;
  /** Types into the field `selector` (an id of the options page). */
  fill(selector: string, value: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  /** Clicks the enabled button whose text is exactly `name`. */
  click(name: string): Promise<void>;
  /** Waits until the page's text matches `pattern`, or (`gone`) no longer does. */
  waitText(pattern: RegExp, options?: { gone?: boolean; timeoutMs?: number }): Promise<void>;
  /** The text of the first element matching `selector`. */
  text(selector: string): Promise<string>;
  reload(): Promise<void>;
  /** The import progress bar's value. */
  progress(): Promise<number>;
  /** Clicks `name` and returns the file the page offers for download. */
  download(name: string): Promise<{ name: string; text: string }>;
}

/** 50 distinct China Post S10 numbers with valid check digits. */
export function s10Numbers(count: number): string[] {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  return Array.from({ length: count }, (_, i) => {
    const serial = String(52_000_000 + i * 7919).padStart(8, '0');
    const sum = [...serial].reduce((acc, d, j) => acc + Number(d) * weights[j]!, 0);
    const c = 11 - (sum % 11);
    return `RB${serial}${c === 10 ? 0 : c === 11 ? 5 : c}CN`;
  });
}

export function optionsJourneys(ui: () => OptionsUi): void {
  it('first run shows onboarding; dismissing it sticks', async () => {
    const u = ui();
    await u.waitText(/Welcome to Trackpin/);
    await u.click('Got it');
    await u.waitText(/Welcome to Trackpin/, { gone: true });
    await u.reload();
    expect(await u.text('.tp-onboarding')).toBe('');
  });

  it('key check: an invalid key shows the exact error, the sandbox demo key shows the account', async () => {
    const u = ui();
    await u.select('#tp-provider', 'trackingmore-v2');
    await u.fill('#tp-endpoint', u.sandbox.trackingmoreUrl);
    await u.fill('#tp-key', 'tm-wrong-key');
    await u.click('Check');
    await u.waitText(/API key rejected/);
    expect(await u.text('[role=alert]')).toContain('API key rejected');

    await u.fill('#tp-key', DEMO_KEYS.trackingmore);
    await u.click('Check');
    await u.waitText(/Key accepted\./);
    expect(await u.text('.tp-ok[role=status]')).toMatch(/Remaining quota: [\d,]+/);
    await u.click('Save');
    await u.waitText(/Saved\./);
  });

  it('imports 50 numbers with a progress bar', async () => {
    const u = ui();
    const numbers = s10Numbers(50);
    await u.fill('#tp-import-text', ['number,carrier,title', ...numbers.map((n, i) => `${n},china-post,Item ${i + 1}`)].join('\n'));
    await u.waitText(/50 numbers ready\./);
    await u.click('Pin 50 numbers');
    await u.waitText(/Import finished: \d+ of 50 added/, { timeoutMs: 45_000 });
    expect(await u.progress()).toBe(50);
    expect(await u.text('.tp-progress')).toContain('Import finished: 50 of 50 added');
  });

  it('exports the watchlist as CSV and JSON', async () => {
    const u = ui();
    const csv = await u.download('Export CSV');
    expect(csv.name).toMatch(/^trackpin-watchlist-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.split(/\r?\n/)[0]).toContain('number,carrier,title,status');
    expect(csv.text.split(/\r?\n/).filter((l) => l.includes(',china-post,')).length).toBe(50);
    const json = await u.download('Export JSON');
    expect(JSON.parse(json.text).watchlist).toHaveLength(50);
  });
}
