// Options journeys in Chromium with the production build against the sandbox: key check (valid and
// invalid key), import of 50 numbers with progress, export.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, startSandbox, type ChromiumExtension } from './harness';
import { DEMO_KEYS } from '../../sandbox/demo-keys';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

/** 50 distinct China Post S10 numbers with valid check digits. */
function s10Numbers(count: number): string[] {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  return Array.from({ length: count }, (_, i) => {
    const serial = String(52_000_000 + i * 7919).padStart(8, '0');
    const sum = [...serial].reduce((acc, d, j) => acc + Number(d) * weights[j]!, 0);
    const c = 11 - (sum % 11);
    return `RB${serial}${c === 10 ? 0 : c === 11 ? 5 : c}CN`;
  });
}

describe('options journeys (Chromium)', () => {
  let sandbox: Sandbox;
  let ext: ChromiumExtension;
  let page: Page;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    ext = await launchChromium();
    page = await ext.context.newPage();
    await page.goto(ext.extUrl('options.html'));
    await page.getByLabel('API key').waitFor();
  });
  afterAll(async () => {
    await ext?.close();
    await sandbox?.close();
  });

  it('first run shows onboarding; dismissing it sticks', async () => {
    await page.getByRole('heading', { name: 'Welcome to Trackpin' }).waitFor();
    await page.getByRole('button', { name: 'Got it' }).click();
    await page.getByRole('heading', { name: 'Welcome to Trackpin' }).waitFor({ state: 'detached' });
    await page.reload();
    await page.getByLabel('API key').waitFor();
    expect(await page.getByRole('heading', { name: 'Welcome to Trackpin' }).count()).toBe(0);
  });

  it('key check: an invalid key shows the exact error, the sandbox demo key shows the account', async () => {
    await page.getByLabel('Provider').selectOption('trackingmore-v2');
    await page.getByText('Advanced').click();
    await page.getByLabel('API endpoint').fill(sandbox.trackingmoreUrl);
    await page.getByLabel('API key').fill('tm-wrong-key');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('API key rejected');

    await page.getByLabel('API key').fill(DEMO_KEYS.trackingmore);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const ok = page.getByText('Key accepted.', { exact: false });
    await ok.waitFor();
    expect(await ok.textContent()).toMatch(/Remaining quota: [\d,]+/);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved.').waitFor();
  });

  it('imports 50 numbers with a progress bar', async () => {
    const numbers = s10Numbers(50);
    await page.getByLabel('Numbers or CSV to pin').fill(['number,carrier,title', ...numbers.map((n, i) => `${n},china-post,Item ${i + 1}`)].join('\n'));
    await page.getByText('50 numbers ready.').waitFor();
    await page.getByRole('button', { name: 'Pin 50 numbers' }).click();
    await page.getByRole('progressbar').waitFor();
    await page.getByText(/Import finished: \d+ of 50 added/).waitFor({ timeout: 45_000 });
    const bar = page.getByRole('progressbar');
    expect(await bar.evaluate((el) => (el as HTMLProgressElement).value)).toBe(50);
    expect(await page.getByText('Import finished: 50 of 50 added').count()).toBe(1);
  });

  it('exports the watchlist as CSV and JSON', async () => {
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^trackpin-watchlist-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.split(/\r?\n/)[0]).toContain('number,carrier,title,status');
    expect(csvText.split(/\r?\n/).filter((l) => l.includes(',china-post,')).length).toBe(50);

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const data = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(data.watchlist).toHaveLength(50);
  });
});
