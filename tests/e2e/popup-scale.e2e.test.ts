// The popup with 2,000 pinned shipments: rows show at once, the list is windowed yet tells screen
// readers its full length, and a row far down is reached by keyboard and by scrolling, and opens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumExtension } from './harness';
import { seedWatchlist } from '../bench/popup-render.bench';

let ext: ChromiumExtension;

beforeAll(async () => {
  ext = await launchChromium();
  await seedWatchlist(await ext.worker(), 2000, 6);
});

afterAll(async () => {
  await ext?.close();
});

async function openPopup(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(ext.extUrl('popup.html'));
  await page.locator('.tp-row').first().waitFor();
  return page;
}

/** Rows carry their pin key, `carrier:number`. */
const numberOf = (key: string) => key.slice(key.indexOf(':') + 1);

const focusedRow = (page: Page) =>
  page.evaluate(() => {
    const row = document.activeElement?.closest('.tp-row');
    return row ? { pos: Number(row.getAttribute('aria-posinset')), main: document.activeElement!.classList.contains('tp-row-main') } : null;
  });

describe('popup with 2,000 pinned', () => {
  it('shows the first rows, renders only some, and gives each its place in the whole list', async () => {
    const page = await openPopup();
    const rows = page.locator('.tp-row');
    // The first render fills the viewport; the rows just below it follow when the browser is idle.
    await page.waitForFunction(() => document.querySelectorAll('.tp-row').length > 3);
    const count = await rows.count();
    expect(count).toBeGreaterThan(3);
    expect(count).toBeLessThan(100);
    expect(await rows.first().getAttribute('aria-posinset')).toBe('1');
    expect(await rows.first().getAttribute('aria-setsize')).toBe('2000');
    expect(await page.getByRole('list', { name: 'Pinned' }).count()).toBe(1);
    await page.close();
  });

  it('Tab walks past the rows first rendered, and Enter opens the row reached', async () => {
    const page = await openPopup();
    const firstRendered = await page.locator('.tp-row').count();
    await page.locator('.tp-row-check').first().focus();
    // Two stops per row (checkbox, row button): walk well past what was rendered at first.
    for (let i = 0; i < firstRendered * 2 + 20; i++) await page.keyboard.press('Tab');
    let at = await focusedRow(page);
    expect(at).not.toBeNull();
    expect(at!.pos).toBeGreaterThan(firstRendered + 5);
    if (!at!.main) {
      await page.keyboard.press('Tab');
      at = await focusedRow(page);
    }
    const number = numberOf(await page.evaluate(() => document.activeElement!.closest('.tp-row')!.getAttribute('data-key')!));
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Back' }).waitFor();
    expect(page.url()).toContain(number);
    await page.close();
  });

  it('scrolling far down renders the rows there, and one opens with a click', async () => {
    const page = await openPopup();
    await page.mouse.move(190, 400);
    // Wheel down about 1,500 rows' worth (rows are ~70 px).
    for (let i = 0; i < 40 && (await page.evaluate(() => scrollY)) < 100_000; i++) {
      await page.mouse.wheel(0, 10_000);
      await page.waitForTimeout(100);
    }
    // The row now under the pointer is one of those far down, rendered for this scroll position.
    await expect.poll(() => page.evaluate(() => document.elementFromPoint(190, 300)?.closest('.tp-row')?.getAttribute('aria-posinset') ?? null)).not.toBeNull();
    const pos = Number(await page.evaluate(() => document.elementFromPoint(190, 300)!.closest('.tp-row')!.getAttribute('aria-posinset')));
    expect(pos).toBeGreaterThan(1300);
    const row = page.locator(`.tp-row[aria-posinset="${pos}"]`);
    expect(await page.locator('.tp-row').count()).toBeLessThan(100);
    const number = numberOf((await row.getAttribute('data-key'))!);
    await row.locator('.tp-row-main').click();
    await page.getByRole('button', { name: 'Back' }).waitFor();
    expect(page.url()).toContain(number);
    await page.close();
  });
});
