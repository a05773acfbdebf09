// The popup with 2,000 pinned shipments in Firefox (firefox-mv3 build): the journeys of
// popup-scale-journeys.ts, with the pins written into the extension's storage from an extension tab (Firefox
// refuses BiDi navigations to moz-extension:// from ordinary tabs, so the popup is opened in that tab).
import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxExtension } from './harness';
import { watchlist } from '../bench/popup-render.bench';
import { WATCHLIST_VERSION } from '@/utils/watchlist/migrations';
import { popupScaleJourneys, type ScaleDriver } from './popup-scale-journeys';

let ext: FirefoxExtension;
let tab: Page;

beforeAll(async () => {
  ext = await launchFirefox();
  tab = await ext.extensionTab();
  // The same items the background stores (utils/watchlist/store.ts), then its list index, rebuilt by the
  // background after a watchlist written without one (as on the first start after an upgrade).
  await tab.evaluate(
    async (json: string, v: number) => {
      const api = (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void>; get(k: string[]): Promise<Record<string, any>> } } } }).browser;
      await api.storage.local.set({ watchlist: JSON.parse(json), watchlist$: { v } });
      for (let i = 0; i < 600; i++) {
        const got = await api.storage.local.get(['listIndex', 'watchlist$']);
        if (got.listIndex?.rev && got.listIndex.rev === got['watchlist$']?.rev) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('the list index was not rebuilt');
    },
    JSON.stringify(watchlist(2000, 6)),
    WATCHLIST_VERSION,
  );
}, 120_000);

afterAll(async () => {
  await ext?.close();
});

const driver: ScaleDriver = {
  async open() {
    await tab.setViewport({ width: 380, height: 600 });
    await ext.gotoExtensionPage(tab, 'popup.html', '.tp-row');
    return {
      // Puppeteer's evaluate takes the function's source and its arguments.
      run: (fn, arg) => tab.evaluate(fn as (a: unknown) => never, arg) as never,
      press: (key) => tab.keyboard.press(key as never),
      async wheel(x, y, deltaY) {
        await tab.mouse.move(x, y);
        await tab.mouse.wheel({ deltaY });
      },
      clickAt: (x, y) => tab.mouse.click(x, y),
      // One tab serves every journey: the next one navigates it again.
      close: async () => undefined,
    };
  },
};

describe('popup with 2,000 pinned (Firefox)', () => {
  popupScaleJourneys(() => driver);
});
