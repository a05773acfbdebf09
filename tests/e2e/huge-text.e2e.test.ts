// A number inside a huge text node (Chromium): drawn as a CSS highlight, so the page's text node is never
// split; a click on the number's text opens the card; Tab reaches its focusable stand-in and Enter opens
// the card too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumExtension } from './harness';
import { CARD_TAG, MARK_TAG } from '@/utils/page-scan/dom-rules';
import { cardCoversViewport, poll } from './page-probes';
import { HUGE_NUMBER, HUGE_PREFIX, startFrameServer, type FrameServer } from '../fixtures/frame-pages';

let ext: ChromiumExtension;
let server: FrameServer;
let page: Page;

beforeAll(async () => {
  server = await startFrameServer();
  ext = await launchChromium();
  page = await ext.context.newPage();
  await page.goto(server.hugeUrl);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const cardShown = () => page.evaluate(cardCoversViewport, CARD_TAG);
const until = (what: string, probe: () => Promise<boolean>) => poll(what, probe, Boolean, 15_000);

describe('a number in a huge text node (Chromium)', () => {
  it('is highlighted without touching the text node, and has a labelled stand-in', async () => {
    const proxy = page.locator(`${MARK_TAG}[data-trackpin="${HUGE_NUMBER}"][role="button"]`);
    await proxy.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await proxy.getAttribute('aria-label')).toContain(HUGE_NUMBER);
    const text = await page.evaluate(() => {
      const p = document.getElementById('huge')!;
      return { nodes: p.childNodes.length, highlighted: (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('trackpin') };
    });
    expect(text).toEqual({ nodes: 1, highlighted: true });
  });

  it('a click on the number opens the card; a click on other text does not', async () => {
    const at = (from: number, to: number) =>
      page.evaluate(([a, b]) => {
        const range = document.createRange();
        const node = document.getElementById('huge')!.firstChild!;
        range.setStart(node, a!);
        range.setEnd(node, b!);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }, [from, to]);
    const other = await at(0, 3);
    await page.mouse.click(other.x, other.y);
    await page.waitForTimeout(400);
    expect(await cardShown()).toBe(false);
    const onNumber = await at(HUGE_PREFIX.length + 2, HUGE_PREFIX.length + 6);
    await page.mouse.click(onNumber.x, onNumber.y);
    await until('the card (mouse)', cardShown);
    await page.keyboard.press('Escape');
    await until('the card to close', async () => !(await cardShown()));
  });

  it('Tab reaches the stand-in and Enter opens the card', async () => {
    // Start Tab navigation from the top of the text (as after reading it), then Tab: the stand-in.
    const start = await page.evaluate(() => {
      const r = document.getElementById('huge')!.getBoundingClientRect();
      return { x: r.left + 2, y: r.top + 4 };
    });
    await page.mouse.click(start.x, start.y);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-trackpin'))).toBe(HUGE_NUMBER);
    await page.keyboard.press('Enter');
    await until('the card (keyboard)', cardShown);
    await page.keyboard.press('Escape');
    await until('the card to close', async () => !(await cardShown()));
  });
});
