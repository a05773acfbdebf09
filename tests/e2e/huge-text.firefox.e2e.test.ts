// A number inside a huge text node in Firefox (firefox-mv3 build): highlighted without splitting the
// page's text node; a click on the number's text opens the card; its focusable stand-in opens it with
// Enter (trusted keys from puppeteer over WebDriver BiDi).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxExtension } from './harness';
import { CARD_TAG, MARK_TAG } from '@/utils/page-scan/dom-rules';
import { cardCoversViewport, poll } from './page-probes';
import { HUGE_NUMBER, HUGE_PREFIX, startFrameServer, type FrameServer } from '../fixtures/frame-pages';

let ext: FirefoxExtension;
let server: FrameServer;
let page: Page;

const until = (what: string, probe: () => Promise<boolean>) => poll(what, probe, Boolean);
const cardShown = () => page.evaluate(cardCoversViewport, CARD_TAG);

const proxySel = `${MARK_TAG}[data-trackpin="${HUGE_NUMBER}"][role="button"]`;

beforeAll(async () => {
  server = await startFrameServer();
  ext = await launchFirefox();
  page = await ext.browser.newPage();
  await page.goto(server.hugeUrl, { waitUntil: 'load' });
  await page.bringToFront();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('a number in a huge text node (Firefox)', () => {
  it('is highlighted without touching the text node; a click on it opens the card', async () => {
    await until('the stand-in', () => page.evaluate((s: string) => !!document.querySelector(s), proxySel));
    expect(await page.evaluate(() => document.getElementById('huge')!.childNodes.length)).toBe(1);
    const at = await page.evaluate((from: number) => {
      const range = document.createRange();
      const node = document.getElementById('huge')!.firstChild!;
      range.setStart(node, from);
      range.setEnd(node, from + 4);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, HUGE_PREFIX.length + 2);
    await page.mouse.click(at.x, at.y);
    await until('the card (mouse)', cardShown);
    await page.keyboard.press('Escape');
    await until('the card to close', async () => !(await cardShown()));
  });

  it('Enter on the stand-in opens the card', async () => {
    const proxy = (await page.$(proxySel)) as ElementHandle<Element>;
    await proxy.focus();
    await page.keyboard.press('Enter');
    await until('the card (keyboard)', cardShown);
    await page.keyboard.press('Escape');
    await until('the card to close', async () => !(await cardShown()));
  });
});
