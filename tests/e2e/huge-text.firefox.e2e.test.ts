// A number inside a huge text node in Firefox (firefox-mv3 build): highlighted without splitting the
// page's text node; a click on the number's text opens the card; its focusable stand-in opens it with
// Enter (trusted keys from puppeteer over WebDriver BiDi).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxExtension } from './harness';
import { CARD_TAG, MARK_TAG } from '@/utils/page-scan/dom-rules';
import { HUGE_NUMBER, HUGE_PREFIX, startFrameServer, type FrameServer } from '../fixtures/frame-pages';

let ext: FirefoxExtension;
let server: FrameServer;
let page: Page;

async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

const cardShown = () =>
  page.evaluate((tag: string) => {
    const w = document.documentElement.clientWidth;
    const h = document.documentElement.clientHeight;
    for (let y = 1; y < h; y += 5) for (let x = 1; x < w; x += 5) if (document.elementFromPoint(x, y)?.localName === tag) return true;
    return false;
  }, CARD_TAG);

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
