// Numbers in a big table (Chromium): drawn as CSS highlights, so the table's cells are never changed and
// the browser never lays the table out again; a click on a number opens its card; Tab reaches each number's
// stand-in after the page's own controls and Enter opens the card; a number the page adds later is drawn
// too, one it removes is forgotten, one it renders again is drawn once, and rows it sorts stay drawn; a small table on the same page keeps
// its inline, focusable marks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumExtension } from './harness';
import { CARD_TAG, HIGHLIGHT_ATTR, MARK_TAG } from '@/utils/page-scan/dom-rules';
import { cardCoversViewport, drawnNumbers, poll, reverseRows, textCentre } from './page-probes';
import { BIG_TABLE, startFrameServer, type FrameServer } from '../fixtures/frame-pages';
import { SEED } from '../../sandbox/seed-data';

let ext: ChromiumExtension;
let server: FrameServer;
let page: Page;

beforeAll(async () => {
  server = await startFrameServer();
  ext = await launchChromium();
  page = await ext.context.newPage();
  await page.goto(server.bigTableUrl);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const cardShown = () => page.evaluate(cardCoversViewport, CARD_TAG);
const until = (what: string, probe: () => Promise<boolean>) => poll(what, probe, Boolean, 15_000);
const standIn = (n: string) => `${MARK_TAG}[data-trackpin="${n}"][role="button"]`;

describe('numbers in a big table (Chromium)', () => {
  it('are highlighted without changing a cell, each with a labelled stand-in; the small table gets inline marks', async () => {
    for (const n of [BIG_TABLE.first, BIG_TABLE.split]) await page.locator(standIn(n)).waitFor({ state: 'attached', timeout: 15_000 });
    expect(await page.locator(standIn(BIG_TABLE.first)).getAttribute('aria-label')).toContain(BIG_TABLE.first);
    const state = await page.evaluate((attr) => {
      const first = document.getElementById('cell-0')!;
      const split = document.getElementById('cell-700')!;
      const small = document.getElementById('small-cell')!;
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return {
        first: [first.childNodes.length, first.firstChild?.nodeType],
        split: [split.childNodes.length, split.querySelector('b')!.childNodes.length, split.textContent],
        ranges: registry.get('trackpin')?.size ?? 0,
        styled: getComputedStyle(first, '::highlight(trackpin)').backgroundColor,
        splitStyled: [split.hasAttribute(attr), split.querySelector('b')!.hasAttribute(attr)],
        unstyledCell: getComputedStyle(document.getElementById('cell-1')!, '::highlight(trackpin)').backgroundColor,
        smallMark: small.firstElementChild?.matches('[role="button"][tabindex="0"]') ?? false,
      };
    }, HIGHLIGHT_ATTR);
    expect(state).toEqual({
      first: [1, 3],
      split: [3, 1, BIG_TABLE.split],
      ranges: 2,
      styled: 'rgba(255, 183, 0, 0.3)',
      splitStyled: [true, true],
      unstyledCell: 'rgba(0, 0, 0, 0)',
      smallMark: true,
    });
  });

  it('a click on a number opens its card; a click on other text in the table does not', async () => {
    const centre = (id: string) => page.evaluate(textCentre, [id, false] as [string, boolean]);
    const other = await centre('cell-1');
    await page.mouse.click(other.x, other.y);
    await page.waitForTimeout(400);
    expect(await cardShown()).toBe(false);
    const onNumber = await centre('cell-0');
    await page.mouse.click(onNumber.x, onNumber.y);
    await until('the card (mouse)', cardShown);
    await page.keyboard.press('Escape');
    await until('the card to close', async () => !(await cardShown()));
  });

  it('Tab goes from the page controls to the inline mark, then to the stand-ins; Enter opens the card', async () => {
    await page.focus('#before');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-trackpin') ?? null);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(BIG_TABLE.small);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(BIG_TABLE.first);
    // While the stand-in has focus, its number is shown with the focus highlight.
    expect(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('trackpin-focus')?.size ?? 0)).toBe(1);
    await page.keyboard.press('Enter');
    await until('the card (keyboard)', cardShown);
    await page.keyboard.press('Escape');
    await until('the card to close', async () => !(await cardShown()));
  });

  it('a number the page adds to the table later is highlighted too', async () => {
    await page.evaluate((n) => {
      const row = document.createElement('tr');
      row.innerHTML = `<td>#200000</td><td id="cell-later">${n}</td><td>chair</td>`;
      document.querySelector('#big tbody')!.append(row);
    }, SEED.russianPost);
    await page.locator(standIn(SEED.russianPost)).waitFor({ state: 'attached', timeout: 15_000 });
    expect(await page.evaluate(() => document.getElementById('cell-later')!.childNodes.length)).toBe(1);
  });

  it('a row the page removes takes its stand-in along; a cell it renders again keeps one stand-in per number', async () => {
    const standIns = (n: string) => page.locator(standIn(n)).count();
    const ranges = () => page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('trackpin')?.size ?? 0);
    const before = await ranges();
    await page.evaluate(() => document.getElementById('cell-700')!.parentElement!.remove());
    await poll('the removed number\'s stand-in to go', () => standIns(BIG_TABLE.split), (n) => n === 0, 15_000);
    expect(await ranges()).toBe(before - 1);
    // Rendered again as a framework does: new text, the same number.
    await page.evaluate((n) => { document.getElementById('cell-0')!.textContent = n; }, BIG_TABLE.first);
    await page.waitForTimeout(600);
    expect(await standIns(BIG_TABLE.first)).toBe(1);
    expect(await ranges()).toBe(before - 1);
    const onNumber = await page.evaluate(textCentre, ['cell-0', true] as [string, boolean]);
    await page.mouse.click(onNumber.x, onNumber.y);
    await until('the card of the number rendered again', cardShown);
    await page.keyboard.press('Escape');
    await until('the card to close', async () => !(await cardShown()));
  });

  it('the page sorting the table (moving its rows) leaves every number drawn, once', async () => {
    const drawn = () => page.evaluate(drawnNumbers);
    const before = await drawn();
    expect(before).toContain(BIG_TABLE.first);
    await page.evaluate(reverseRows, 'big');
    await poll('the moved numbers drawn again', drawn, (now) => now.join() === before.join(), 15_000);
    expect(await page.locator(standIn(BIG_TABLE.first)).count()).toBe(1);
    const onNumber = await page.evaluate(textCentre, ['cell-0', true] as [string, boolean]);
    await page.mouse.click(onNumber.x, onNumber.y);
    await until('the card of a moved number', cardShown);
    await page.keyboard.press('Escape');
    await until('the card to close', async () => !(await cardShown()));
  });
});
