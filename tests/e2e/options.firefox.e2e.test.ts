// The options journeys of options.e2e.test.ts in Firefox (options-journeys.ts), in the options tab the
// extension opens on install (Firefox refuses BiDi navigations to moz-extension:// from ordinary tabs).
import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'puppeteer-core';
import { fillInPage, launchFirefox, startSandbox, untilInPage, waitInPage, type FirefoxExtension } from './harness';
import { catchDownload } from './firefox-downloads';
import { optionsJourneys, type OptionsUi } from './options-journeys';
import type { SandboxHandle } from './background-journeys';

let sandbox: SandboxHandle;
let ext: FirefoxExtension;
let page: Page;
let ui: OptionsUi;

/** Clicks the enabled button whose text is exactly `name`, once there is one. */
function clickButton(name: string): Promise<void> {
  return untilInPage(page, (n: string) => {
    const b = [...document.querySelectorAll('button')].find((x) => !x.disabled && (x.textContent ?? '').trim() === n);
    b?.click();
    return !!b;
  }, name);
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  ext = await launchFirefox();
  page = await ext.extensionTab();
  await waitInPage(page, '#tp-key');
  ui = {
    sandbox,
    async fill(selector, value) {
      await page.evaluate((sel: string) => {
        const details = document.querySelector(sel)?.closest('details:not([open])');
        if (details) (details.querySelector('summary') as HTMLElement).click();
      }, selector);
      await fillInPage(page, selector, value);
    },
    async select(selector, value) {
      await page.evaluate(
        (sel: string, v: string) => {
          const select = document.querySelector(sel) as HTMLSelectElement;
          select.value = v;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        },
        selector,
        value,
      );
    },
    click: clickButton,
    async waitText(pattern, { gone = false, timeoutMs = 20_000 } = {}) {
      await untilInPage(page, ([source, g]: [string, boolean]) => new RegExp(source).test(document.body.innerText) !== g, [pattern.source, gone] as [string, boolean], timeoutMs);
    },
    text: (selector) => page.evaluate((sel: string) => document.querySelector(sel)?.textContent ?? '', selector),
    reload: () => ext.gotoExtensionPage(page, 'options.html', '#tp-key'),
    progress: () => page.evaluate(() => (document.querySelector('progress') as HTMLProgressElement).value),
    async download(name) {
      await page.evaluate(() => {
        const w = window as unknown as { __tpBlob?: Blob; __tpName?: string };
        delete w.__tpBlob;
        delete w.__tpName;
      });
      const file = await catchDownload(page);
      await clickButton(name);
      return file();
    },
  };
});

afterAll(async () => {
  await ext?.close();
  await sandbox?.close();
});

describe('options journeys (Firefox)', () => {
  optionsJourneys(() => ui);
});
