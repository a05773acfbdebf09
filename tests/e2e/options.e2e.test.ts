// Options journeys in Chromium with the production build against the sandbox (options-journeys.ts, shared
// with options.firefox.e2e.test.ts): onboarding, key check (valid and invalid key), import of 50 numbers
// with progress, export.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, startSandbox, type ChromiumExtension } from './harness';
import { optionsJourneys, type OptionsUi } from './options-journeys';
import type { SandboxHandle } from './background-journeys';

let sandbox: SandboxHandle;
let ext: ChromiumExtension;
let page: Page;
let ui: OptionsUi;

/** Opens the <details> around `selector` (the endpoint sits under "Advanced"), as a user would. */
async function reveal(selector: string): Promise<void> {
  const closed = await page.locator(selector).evaluate((el) => !!el.closest('details:not([open])'));
  if (closed) await page.getByText('Advanced').click();
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  ext = await launchChromium();
  page = await ext.context.newPage();
  await page.goto(ext.extUrl('options.html'));
  await page.getByLabel('API key').waitFor();
  ui = {
    sandbox,
    async fill(selector, value) {
      await reveal(selector);
      await page.locator(selector).fill(value);
    },
    async select(selector, value) {
      await page.locator(selector).selectOption(value);
    },
    async click(name) {
      await page.getByRole('button', { name, exact: true }).click();
    },
    async waitText(pattern, { gone = false, timeoutMs = 20_000 } = {}) {
      await page.getByText(pattern).first().waitFor({ state: gone ? 'detached' : 'visible', timeout: timeoutMs });
    },
    async text(selector) {
      const el = page.locator(selector).first();
      return (await el.count()) ? ((await el.textContent()) ?? '') : '';
    },
    async reload() {
      await page.reload();
      await page.getByLabel('API key').waitFor();
    },
    progress: () => page.getByRole('progressbar').evaluate((el) => (el as HTMLProgressElement).value),
    async download(name) {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
    },
  };
});

afterAll(async () => {
  await ext?.close();
  await sandbox?.close();
});

describe('options journeys (Chromium)', () => {
  optionsJourneys(() => ui);
});
