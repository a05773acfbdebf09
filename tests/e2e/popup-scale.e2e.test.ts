// The popup with 2,000 pinned shipments in Chromium: rows show at once, the list is windowed yet tells
// screen readers its full length, and a row far down is reached by keyboard and by scrolling, and opens
// (journeys shared with Firefox: popup-scale-journeys.ts).
import { afterAll, beforeAll, describe } from 'vitest';
import { launchChromium, type ChromiumExtension } from './harness';
import { seedWatchlist } from '../bench/popup-render.bench';
import { popupScaleJourneys, type ScaleDriver } from './popup-scale-journeys';

let ext: ChromiumExtension;

beforeAll(async () => {
  ext = await launchChromium();
  await seedWatchlist(await ext.worker(), 2000, 6);
});

afterAll(async () => {
  await ext?.close();
});

const driver: ScaleDriver = {
  async open() {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(ext.extUrl('popup.html'));
    await page.locator('.tp-row').first().waitFor();
    return {
      run: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
      press: (key) => page.keyboard.press(key),
      async wheel(x, y, deltaY) {
        await page.mouse.move(x, y);
        await page.mouse.wheel(0, deltaY);
      },
      clickAt: (x, y) => page.mouse.click(x, y),
      close: () => page.close(),
    };
  },
};

describe('popup with 2,000 pinned', () => {
  popupScaleJourneys(() => driver);
});
