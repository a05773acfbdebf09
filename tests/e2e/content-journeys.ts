// Content-script journeys shared by Chromium (content.e2e.test.ts) and Firefox (content.firefox.e2e.test.ts):
// switching the site off restores the page exactly (text and layout) and on again marks it; clicks and key
// presses a page script makes on a mark open nothing, while the user's own key press does; the card opened with
// the mouse (on a mark, on the icon inside a link) closes on Esc and on a click outside, and shows the status
// and the milestone stepper. Each browser's file brings a small driver.
import { expect, it } from 'vitest';
import { poll } from './page-probes';
import { SHOP_PAGES } from '@/sandbox/shop';
import { SEED, SEEDED_SHIPMENTS } from '@/sandbox/seed-data';
import { MARK_TAG } from '@/utils/page-scan/dom-rules';

export interface ContentTab {
  /** Runs `fn(arg)` in the page's own world, as a page script would. */
  run<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  /** Whether the in-page card is open (its shadow root is closed: each browser looks in its own way). */
  cardOpen(): Promise<boolean>;
  /** The card's HTML, '' while none is open (read through CDP in Chromium, BiDi in Firefox). */
  cardHtml(): Promise<string>;
  /** A real (trusted) key press by the user, on whatever has focus. */
  press(key: string): Promise<void>;
  /** A real click of the mouse at viewport coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  close(): Promise<void>;
}

export interface ContentDriver {
  /** Opens the sandbox page `pathname` in a new tab. */
  open(pathname: string): Promise<ContentTab>;
  /** A message from an extension page to the content script of the tab showing `host`. */
  toTab(host: string, message: unknown): Promise<unknown>;
  /** The sandbox's host name (the demo pages' host). */
  host: string;
}

const markCount = (tab: ContentTab) =>
  tab.run((tag) => new Set([...document.querySelectorAll(`${tag}[data-trackpin]`)].map((e) => e.getAttribute('data-trackpin'))).size, MARK_TAG);

/** What the user sees of the page without Trackpin's own elements: its text and every box's place. */
function snapshot(tag: string): { text: string; boxes: string[] } {
  return {
    text: document.body.innerText,
    boxes: [...document.querySelectorAll(`body *:not(${tag})`)]
      .filter((e) => !e.closest(`${tag}, trackpin-card`))
      .map((e) => {
        const r = e.getBoundingClientRect();
        return `${e.tagName}:${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)},${Math.round(r.height)}`;
      }),
  };
}

export function contentJourneys(driver: () => ContentDriver): void {
  it('answers the popup, and switching the site off restores the page exactly (layout included)', async () => {
    const d = driver();
    const expectation = SHOP_PAGES.find((p) => p.path === '/shop/en/orders')!;
    const tab = await d.open(expectation.path);
    await poll('the marks', () => markCount(tab), (n) => n >= expectation.parcels.length);
    const marked = await tab.run(snapshot, MARK_TAG);

    const found = (await d.toTab(d.host, { type: 'found-numbers', payload: {} })) as {
      ok: boolean;
      data: { host: string; enabled: boolean; numbers: { number: string }[] };
    };
    expect(found).toMatchObject({ ok: true, data: { enabled: true, host: d.host } });
    expect(found.data.numbers.map((n) => n.number).sort()).toEqual([...expectation.parcels].sort());

    await d.toTab(d.host, { type: 'settings-changed', payload: { enabled: false } });
    expect(await tab.run((tag) => document.querySelectorAll(tag).length, MARK_TAG)).toBe(0);
    const plain = await tab.run(snapshot, MARK_TAG);
    expect(plain.text).toBe(marked.text);
    expect(plain.boxes).toEqual(marked.boxes);

    await d.toTab(d.host, { type: 'settings-changed', payload: { enabled: true } });
    await poll('the marks again', () => markCount(tab), (n) => n >= expectation.parcels.length);
    await tab.close();
  });

  it('ignores clicks and key presses made by page scripts; the user’s own Enter opens the card', async () => {
    const d = driver();
    const tab = await d.open('/shop/en/order/1001');
    const mark = `${MARK_TAG}[data-trackpin="${SEED.ups}"][tabindex]`;
    await poll('the marks', () => markCount(tab), (n) => n >= 3);
    await tab.run((sel) => {
      const el = document.querySelector(sel) as HTMLElement;
      el.click();
      el.focus();
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true }));
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 1, clientY: 1 }));
    }, mark);
    // Absence needs a wait: the user's key press below opens the card well within it (the control).
    await new Promise((r) => setTimeout(r, 800));
    expect(await tab.cardOpen()).toBe(false);
    expect(await tab.run(() => document.activeElement?.getAttribute('data-trackpin') ?? null, undefined)).toBe(SEED.ups);
    await tab.press('Enter');
    await poll('the card to open on the user’s key press', () => tab.cardOpen(), (open) => open, 8_000);
    await tab.close();
  });
}

const isOpen = (html: string) => html.includes('class="tp-card"');
const isLoaded = (html: string) => isOpen(html) && !html.includes('data-phase="loading"');
const untilCard = (tab: ContentTab, what: string, ok: (html: string) => boolean) => poll(what, () => tab.cardHtml(), ok, 15_000);

/** Runs in the page: a point on `selector`'s box, `dx` px right of its right edge (0: its centre). */
function pointOn([selector, dx]: readonly [string, number]): { x: number; y: number } {
  const r = document.querySelector(selector)!.getBoundingClientRect();
  return dx ? { x: r.right + dx, y: r.top } : { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

async function clickOn(tab: ContentTab, selector: string, dx = 0): Promise<void> {
  const { x, y } = await tab.run(pointOn, [selector, dx] as const);
  await tab.clickAt(x, y);
}

/** Journeys with the card opened by the mouse. The driver's extension has the sandbox key. */
export function cardMouseJourneys(driver: () => ContentDriver): void {
  const markOf = (n: string) => `${MARK_TAG}[data-trackpin="${n}"]`;

  it('opens from a click on a mark, closes on Esc (focus back on the mark) and on a click outside', async () => {
    const tab = await driver().open('/shop/en/order/1001');
    await poll('the marks', () => markCount(tab), (n) => n >= 3);
    await clickOn(tab, markOf(SEED.awb));
    expect(await untilCard(tab, 'the card', isOpen)).toContain(SEED.awb);
    await tab.press('Escape');
    await untilCard(tab, 'the card closed by Esc', (h) => !isOpen(h));
    expect(await tab.run(() => document.activeElement?.getAttribute('data-trackpin') ?? null, undefined)).toBe(SEED.awb);
    // A click outside the card closes it too.
    await clickOn(tab, markOf(SEED.awb));
    await untilCard(tab, 'the card again', isOpen);
    await tab.clickAt(2, 2);
    await untilCard(tab, 'the card closed by a click outside', (h) => !isOpen(h));
    await tab.close();
  });

  it('opens from the icon inside a link without following the link', async () => {
    const tab = await driver().open('/shop/en/order/1001');
    await poll('the marks', () => markCount(tab), (n) => n >= 3);
    const before = await tab.run(() => location.href, undefined);
    // The icon is drawn just right of the (empty) mark inside the link: click there, like a user.
    await clickOn(tab, `#track-link ${MARK_TAG}`, 4);
    expect(await untilCard(tab, 'the card', isOpen)).toContain(SEED.ups);
    expect(await tab.run(() => location.href, undefined)).toBe(before);
    await tab.close();
  });

  it('shows the sandbox status and the milestone stepper’s step', async () => {
    const tab = await driver().open('/shop/en/order/1001');
    await poll('the marks', () => markCount(tab), (n) => n >= 3);
    await clickOn(tab, markOf(SEED.ups));
    const html = await untilCard(tab, 'the loaded card', isLoaded);
    expect(html).toContain(`data-status="${SEEDED_SHIPMENTS.find((s) => s.number === SEED.ups)!.status}"`);
    // The parcel was last scanned at its destination facility, not out for delivery yet.
    expect(html).toMatch(/data-step="in-destination"/);
    expect(html).toContain('Step 3 of 5: In destination country');
    await tab.close();
  });
}
