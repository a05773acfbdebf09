// Numbers in a big table in Firefox (firefox-mv3 build): drawn as CSS highlights without changing a cell;
// a click on a number opens its card; its stand-in opens it with Enter; a number the page adds later is
// drawn too, and rows the page sorts stay drawn; a small table keeps its inline marks (trusted input from puppeteer over WebDriver BiDi).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxExtension } from './harness';
import { CARD_TAG, HIGHLIGHT_ATTR, MARK_TAG } from '@/utils/page-scan/dom-rules';
import { cardCoversViewport, drawnNumbers, poll, reverseRows, textCentre } from './page-probes';
import { BIG_TABLE, startFrameServer, type FrameServer } from '../fixtures/frame-pages';
import { SEED } from '../../sandbox/seed-data';

let ext: FirefoxExtension;
let server: FrameServer;
let page: Page;

const until = (what: string, probe: () => Promise<boolean>) => poll(what, probe, Boolean);
const cardShown = () => page.evaluate(cardCoversViewport, CARD_TAG);
const standIn = (n: string) => `${MARK_TAG}[data-trackpin="${n}"][role="button"]`;
const present = (sel: string) => page.evaluate((s: string) => !!document.querySelector(s), sel);

beforeAll(async () => {
  server = await startFrameServer();
  ext = await launchFirefox();
  page = await ext.browser.newPage();
  await page.goto(server.bigTableUrl, { waitUntil: 'load' });
  await page.bringToFront();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('numbers in a big table (Firefox)', () => {
  it('are highlighted without changing a cell; the small table gets an inline mark', async () => {
    for (const n of [BIG_TABLE.first, BIG_TABLE.split]) await until(`the stand-in of ${n}`, () => present(standIn(n)));
    const state = await page.evaluate((attr: string) => {
      const first = document.getElementById('cell-0')!;
      const split = document.getElementById('cell-700')!;
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return {
        first: [first.childNodes.length, first.hasAttribute(attr)],
        split: [split.childNodes.length, split.textContent, split.querySelector('b')!.hasAttribute(attr)],
        ranges: registry.get('trackpin')?.size ?? 0,
        smallMark: document.getElementById('small-cell')!.firstElementChild?.matches('[role="button"][tabindex="0"]') ?? false,
      };
    }, HIGHLIGHT_ATTR);
    expect(state).toEqual({ first: [1, true], split: [3, BIG_TABLE.split, true], ranges: 2, smallMark: true });
  });

  it('a click on a number opens its card', async () => {
    const at = await page.evaluate(textCentre, ['cell-0', false] as [string, boolean]);
    await page.mouse.click(at.x, at.y);
    await until('the card (mouse)', cardShown);
    await page.keyboard.press('Escape');
    await until('the card to close', async () => !(await cardShown()));
  });

  it('Enter on a stand-in opens the card', async () => {
    const proxy = (await page.$(standIn(BIG_TABLE.split))) as ElementHandle<Element>;
    await proxy.focus();
    await page.keyboard.press('Enter');
    await until('the card (keyboard)', cardShown);
    await page.keyboard.press('Escape');
    await until('the card to close', async () => !(await cardShown()));
  });

  it('a number the page adds to the table later is highlighted too', async () => {
    await page.evaluate((n: string) => {
      const row = document.createElement('tr');
      row.innerHTML = `<td>#200000</td><td id="cell-later">${n}</td><td>chair</td>`;
      document.querySelector('#big tbody')!.append(row);
    }, SEED.russianPost);
    await until('the later stand-in', () => present(standIn(SEED.russianPost)));
    expect(await page.evaluate(() => document.getElementById('cell-later')!.childNodes.length)).toBe(1);
  });

  it('a row the page removes takes its stand-in along; a cell it renders again keeps one stand-in per number', async () => {
    const standIns = (n: string) => page.evaluate((sel: string) => document.querySelectorAll(sel).length, standIn(n));
    const ranges = () => page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('trackpin')?.size ?? 0);
    const before = await ranges();
    await page.evaluate(() => document.getElementById('cell-700')!.parentElement!.remove());
    await until('the removed number\'s stand-in to go', async () => (await standIns(BIG_TABLE.split)) === 0);
    expect(await ranges()).toBe(before - 1);
    await page.evaluate((n: string) => { document.getElementById('cell-0')!.textContent = n; }, BIG_TABLE.first);
    await new Promise((r) => setTimeout(r, 600));
    expect(await standIns(BIG_TABLE.first)).toBe(1);
    expect(await ranges()).toBe(before - 1);
  });

  it('the page sorting the table (moving its rows) leaves every number drawn, once', async () => {
    const drawn = () => page.evaluate(drawnNumbers);
    const before = await drawn();
    expect(before).toContain(BIG_TABLE.first);
    await page.evaluate(reverseRows, 'big');
    await poll('the moved numbers drawn again', drawn, (now) => now.join() === before.join());
    expect(await page.evaluate((sel: string) => document.querySelectorAll(sel).length, standIn(BIG_TABLE.first))).toBe(1);
    const at = await page.evaluate(textCentre, ['cell-0', true] as [string, boolean]);
    await page.mouse.click(at.x, at.y);
    await until('the card of a moved number', cardShown);
    await page.keyboard.press('Escape');
    await until('the card to close', async () => !(await cardShown()));
  });
});
