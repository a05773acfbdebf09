// Popup journeys at 2,000 pinned shipments, shared by Chromium (popup-scale.e2e.test.ts) and Firefox
// (popup-scale.firefox.e2e.test.ts): the first rows show and only some are rendered, each telling screen
// readers its place in the whole list; Tab walks past the rows first rendered and Enter opens the one
// reached; scrolling far down renders the rows there and one opens with a click. Each browser's file
// brings a small driver.
import { expect, it } from 'vitest';
import { poll } from './page-probes';

export interface ScalePopup {
  /** Runs `fn(arg)` in the popup page. */
  run<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  /** A real key press by the user. */
  press(key: string): Promise<void>;
  /** A real wheel turn with the pointer at (x, y). */
  wheel(x: number, y: number, deltaY: number): Promise<void>;
  /** A real click at viewport coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  close(): Promise<void>;
}

export interface ScaleDriver {
  /** Opens popup.html (380 × 600) with the 2,000 seeded pins, once its first row is shown. */
  open(): Promise<ScalePopup>;
}

/** Rows carry their pin key, `carrier:number`. */
const numberOf = (key: string) => key.slice(key.indexOf(':') + 1);

const focusedRow = (popup: ScalePopup) =>
  popup.run(() => {
    const row = document.activeElement?.closest('.tp-row');
    return row ? { pos: Number(row.getAttribute('aria-posinset')), main: document.activeElement!.classList.contains('tp-row-main') } : null;
  }, null);

const rowCount = (popup: ScalePopup) => popup.run(() => document.querySelectorAll('.tp-row').length, null);

/** Waits until the details view of `number` is open. */
const detailsOpen = (popup: ScalePopup, number: string) =>
  poll('the details view', () => popup.run(() => ({ back: !!document.querySelector('.tp-back'), hash: location.hash }), null), (v) => v.back && v.hash.includes(number));

export function popupScaleJourneys(driver: () => ScaleDriver): void {
  it('shows the first rows, renders only some, and gives each its place in the whole list', async () => {
    const popup = await driver().open();
    // The first render fills the viewport; the rows just below it follow when the browser is idle.
    await poll('the idle-time rows', () => rowCount(popup), (n) => n > 3);
    const rows = await popup.run(() => {
      const all = [...document.querySelectorAll('.tp-row')];
      const lists = [...document.querySelectorAll('[role=list], ul, ol')].filter((l) => l.getAttribute('aria-label') === 'Pinned');
      return { count: all.length, first: all[0]?.getAttribute('aria-posinset'), size: all[0]?.getAttribute('aria-setsize'), lists: lists.length };
    }, null);
    expect(rows.count).toBeGreaterThan(3);
    expect(rows.count).toBeLessThan(100);
    expect(rows.first).toBe('1');
    expect(rows.size).toBe('2000');
    expect(rows.lists).toBe(1);
    await popup.close();
  });

  it('Tab walks past the rows first rendered, and Enter opens the row reached', async () => {
    const popup = await driver().open();
    const firstRendered = await rowCount(popup);
    await popup.run(() => (document.querySelector('.tp-row-check') as HTMLElement).focus(), null);
    // Two stops per row (checkbox, row button): walk well past what was rendered at first.
    for (let i = 0; i < firstRendered * 2 + 20; i++) await popup.press('Tab');
    let at = await focusedRow(popup);
    expect(at).not.toBeNull();
    expect(at!.pos).toBeGreaterThan(firstRendered + 5);
    if (!at!.main) {
      await popup.press('Tab');
      at = await focusedRow(popup);
    }
    const number = numberOf(await popup.run(() => document.activeElement!.closest('.tp-row')!.getAttribute('data-key')!, null));
    await popup.press('Enter');
    await detailsOpen(popup, number);
    await popup.close();
  });

  it('scrolling far down renders the rows there, and one opens with a click', async () => {
    const popup = await driver().open();
    // Wheel down about 1,500 rows' worth (rows are ~70 px).
    for (let i = 0; i < 40 && (await popup.run(() => scrollY, null)) < 100_000; i++) {
      await popup.wheel(190, 400, 10_000);
      await new Promise((r) => setTimeout(r, 100));
    }
    // The row now under the pointer is one of those far down, rendered for this scroll position.
    const under = () => popup.run(() => document.elementFromPoint(190, 300)?.closest('.tp-row')?.getAttribute('aria-posinset') ?? null, null);
    const pos = Number(await poll('a row under the pointer', under, (p) => p !== null));
    expect(pos).toBeGreaterThan(1300);
    expect(await rowCount(popup)).toBeLessThan(100);
    const target = await popup.run((p) => {
      const row = document.querySelector(`.tp-row[aria-posinset="${p}"]`)!;
      const r = row.querySelector('.tp-row-main')!.getBoundingClientRect();
      return { key: row.getAttribute('data-key')!, x: r.left + Math.min(40, r.width / 2), y: r.top + r.height / 2 };
    }, pos);
    await popup.clickAt(target.x, target.y);
    await detailsOpen(popup, numberOf(target.key));
    await popup.close();
  });
}
