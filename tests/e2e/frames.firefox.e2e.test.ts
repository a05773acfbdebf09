// Iframes and open shadow roots in Firefox (firefox-mv3 build, WebDriver BiDi): numbers are marked in a
// same-origin, a cross-origin and a srcdoc iframe and in an open shadow root; each card opens in that
// place by mouse and by keyboard (trusted input from puppeteer); numbers inserted later are marked;
// inputs and contenteditable stay as they were; a 1×1 frame is left alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { configureFirefoxThroughOptions, launchFirefox, startSandbox, type FirefoxExtension } from './harness';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { CARD_TAG, MARK_TAG } from '@/utils/page-scan/dom-rules';
import { cardCoversViewport, poll } from './page-probes';
import { FIELD_TEXT, FRAME_NUMBERS, LATE_SHADOW, LATER_NUMBER, startFrameServer, type FrameServer } from '../fixtures/frame-pages';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
type Place = 'same' | 'cross' | 'srcdoc' | 'shadow';

let ext: FirefoxExtension;
let sandbox: Sandbox;
let server: FrameServer;
let page: Page;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  server = await startFrameServer();
  ext = await launchFirefox();
  await configureFirefoxThroughOptions(ext, { apiKey: DEMO_KEYS.trackingmore, endpoint: sandbox.trackingmoreUrl });
  page = await ext.browser.newPage();
  await page.goto(server.url, { waitUntil: 'load' });
  await page.bringToFront();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  await sandbox?.close();
});

function frameOf(place: Place): Frame {
  if (place === 'shadow') return page.mainFrame();
  const frame = page.frames().find((f) => f.url().includes(`/frame/${place}`) || (place === 'srcdoc' && f.url() === 'about:srcdoc'));
  if (!frame) throw new Error(`no ${place} frame among ${page.frames().map((f) => f.url()).join(', ')}`);
  return frame;
}

/** Runs `selector` in the place's document (or inside the shadow root) and returns the first match. */
const find = (place: Place, selector: string) =>
  frameOf(place).evaluateHandle(
    (inShadow: boolean, sel: string) => (inShadow ? document.getElementById('host')!.shadowRoot! : document).querySelector(sel),
    place === 'shadow',
    selector,
  );

const markSel = (number: string) => `${MARK_TAG}[data-trackpin="${number}"][tabindex]`;
const hasMark = async (place: Place, number: string) => (await (await find(place, markSel(number))).jsonValue()) !== null;

const cardShown = (frame: Frame) => frame.evaluate(cardCoversViewport, CARD_TAG);

describe('frames and open shadow roots (Firefox)', () => {
  const places: Place[] = ['same', 'cross', 'srcdoc', 'shadow'];

  it('marks the number of every place, and of the top page', async () => {
    await poll('the top mark', () => page.evaluate((s: string) => !!document.querySelector(s), markSel(FRAME_NUMBERS.top)), Boolean);
    for (const place of places) await poll(`the mark in ${place}`, () => hasMark(place, FRAME_NUMBERS[place]), Boolean);
  });

  for (const place of places) {
    it(`${place}: the card opens in that place by mouse and by keyboard; Esc closes it`, async () => {
      const frame = frameOf(place);
      const mark = (await find(place, markSel(FRAME_NUMBERS[place]))) as ElementHandle<Element>;
      await mark.click();
      await poll(`the card in ${place} (mouse)`, () => cardShown(frame), Boolean);
      await page.keyboard.press('Escape');
      await poll(`the card in ${place} to close`, () => cardShown(frame), (shown) => !shown);
      await mark.focus();
      await page.keyboard.press('Enter');
      await poll(`the card in ${place} (keyboard)`, () => cardShown(frame), Boolean);
      await page.keyboard.press('Escape');
      await poll(`the card in ${place} to close`, () => cardShown(frame), (shown) => !shown);
    });
  }

  for (const place of places) {
    it(`${place}: a number inserted later is marked; the input and the contenteditable stay untouched`, async () => {
      await frameOf(place).evaluate(
        (inShadow: boolean, html: string) => {
          const root = inShadow ? document.getElementById('host')!.shadowRoot! : document;
          root.getElementById('later')!.innerHTML = html;
        },
        place === 'shadow',
        `<p>Later: tracking number ${LATER_NUMBER}</p>`,
      );
      await poll(`the later mark in ${place}`, () => hasMark(place, LATER_NUMBER), Boolean);
      const fields = await frameOf(place).evaluate((inShadow: boolean) => {
        const root = inShadow ? document.getElementById('host')!.shadowRoot! : document;
        return [(root.getElementById('field') as HTMLInputElement).value, root.getElementById('editable')!.innerHTML];
      }, place === 'shadow');
      expect(fields).toEqual([FIELD_TEXT(FRAME_NUMBERS[place]), FIELD_TEXT(FRAME_NUMBERS[place])]);
    });
  }

  it('marks the shadow root of a custom element the page defines after the scan (a late upgrade)', async () => {
    const late = await ext.browser.newPage();
    try {
      await late.goto(server.lateShadowUrl, { waitUntil: 'load' });
      await late.bringToFront();
      await poll('the light DOM mark', () => late.evaluate((sel: string) => !!document.querySelector(sel), markSel(LATE_SHADOW.light)), Boolean);
      // The page defines the element only once that mark is there: the scan met it undefined.
      await poll(
        'the mark in the late shadow root',
        () => late.evaluate((sel: string) => !!document.getElementById('late')!.shadowRoot?.querySelector(sel), markSel(LATE_SHADOW.shadow)),
        Boolean,
      );
    } finally {
      await late.close();
      await page.bringToFront();
    }
  });

  it('leaves a 1×1 frame alone', async () => {
    const tiny = page.frames().find((f) => f.url().includes('/frame/tiny'))!;
    expect(await tiny.evaluate((tag: string) => document.querySelectorAll(tag).length, MARK_TAG)).toBe(0);
  });
});
