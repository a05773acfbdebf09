// Page safety journeys shared by Chromium (page-safety.e2e.test.ts) and Firefox (page-safety.firefox.e2e.test.ts):
// a page tries UI redress (a transparent mark stretched over its decoy; the card hidden under a decoy; the
// card moved under the pointer) and replays WXT's start-up event to switch Trackpin off. Each attack fails;
// real user clicks and keys still work. The page is tests/fixtures/redress-pages.ts; each browser's file
// brings the driver (the card's shadow root is closed: Chromium reads it through CDP, Firefox through BiDi).
import { describe, expect, it } from 'vitest';
import { SEED } from '@/sandbox/seed-data';
import { cardLoaded, cardOpen, type CardView } from './card-view';
import { poll } from './page-probes';
import type { Reply, SandboxHandle } from './background-journeys';

export interface ShopPage {
  run<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  /** A real click of the mouse at viewport coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  /** A real key press to the focused element. */
  press(key: string): Promise<void>;
  card(): Promise<CardView>;
  /** Focuses the card's Pin button, as Tab would. */
  focusPin(): Promise<void>;
  /** The colour the user sees at a point of the viewport (from a screenshot). */
  pixelAt(x: number, y: number): Promise<[number, number, number]>;
  close(): Promise<void>;
}

export interface PageSafetyDriver {
  sandbox: SandboxHandle;
  /**
   * The test's page (1000×700) with its marks in place: page-safety's decoy shop (SEED.ups and
   * SEED.upsUndelivered), hostile-pages' forgery page (SEED.ups).
   */
  openPage(): Promise<ShopPage>;
  /** A message from the extension's own page, as the popup sends it. */
  send(type: string, payload?: object): Promise<Reply>;
  /** runtime.id, which WXT's start-up event name starts with. */
  runtimeId: string;
}

export const markOf = (number: string) => `trackpin-mark[data-trackpin="${number}"]`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs in a blank page: the colour of a 1×1 PNG. */
export async function decodePixel(b64: string): Promise<[number, number, number]> {
  const img = new Image();
  img.src = `data:image/png;base64,${b64}`;
  await img.decode();
  const c = document.createElement('canvas');
  c.width = 1;
  c.height = 1;
  const g = c.getContext('2d')!;
  g.drawImage(img, 0, 0);
  const d = g.getImageData(0, 0, 1, 1).data;
  return [d[0]!, d[1]!, d[2]!];
}

export const untilCard = (page: ShopPage, ok: (html: string) => boolean) => poll('the card', () => page.card(), (v) => ok(v.html), 15_000);

/** Runs in the page: the centre of the element `selector` in viewport coordinates. */
export function centreOf(selector: string): { x: number; y: number } {
  const r = document.querySelector(selector)!.getBoundingClientRect();
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

export async function openCardByClick(page: ShopPage, number: string): Promise<CardView> {
  const { x, y } = await page.run(centreOf, markOf(number));
  await page.clickAt(x, y);
  return untilCard(page, cardLoaded);
}

export function pageSafetyJourneys(driver: () => PageSafetyDriver): void {
  const watchlist = async () => (await driver().send('watchlist')).data as { number: string; key: string }[];
  const unpinAll = async () => driver().send('unpin', { keys: (await watchlist()).map((p) => p.key) });
  const apiCalls = () => driver().sandbox.log().map((e) => `${e.method} ${e.path}`);

  describe('a transparent or stretched mark does not take the user’s click', () => {
    const variants: Record<string, string> = {
      'stretched over the viewport, opacity 0': 'position:fixed;inset:0;width:100vw;height:100vh;display:block;opacity:0;z-index:2147483647',
      'stretched, text transparent': 'position:fixed;inset:0;width:100vw;height:100vh;display:block;color:transparent;z-index:2147483647',
      'moved under the decoy, filter opacity(0)': 'position:absolute;left:440px;top:370px;filter:opacity(0);z-index:2147483647;font-size:40px',
    };
    for (const [name, css] of Object.entries(variants)) {
      it(name, async () => {
        const page = await driver().openPage();
        driver().sandbox.clearLog();
        await page.run(([selector, style]) => void (document.querySelector<HTMLElement>(selector)!.style.cssText = style), [markOf(SEED.ups), css] as const);
        const { x, y } = await page.run(centreOf, '#decoy');
        await page.clickAt(x, y);
        await sleep(800);
        expect(cardOpen((await page.card()).html)).toBe(false);
        expect(apiCalls()).toEqual([]);
        await page.close();
      });
    }

    it('a visible mark still opens the card with a click and with Enter', async () => {
      const page = await driver().openPage();
      await openCardByClick(page, SEED.ups);
      await page.press('Escape');
      await page.run((sel) => document.querySelector<HTMLElement>(sel)!.focus(), markOf(SEED.upsUndelivered));
      await page.press('Enter');
      const view = await untilCard(page, (h) => cardLoaded(h) && h.includes(SEED.upsUndelivered));
      expect(view.html).toContain(SEED.upsUndelivered);
      await page.close();
    });
  });

  describe('the card cannot be hidden under a decoy or moved under the pointer', () => {
    it('the page cannot make the card transparent: it stays painted over the page’s own overlay', async () => {
      const page = await driver().openPage();
      const view = await openCardByClick(page, SEED.ups);
      const opacity = await page.run(() => {
        const host = document.querySelector<HTMLElement>('trackpin-card')!;
        host.style.setProperty('opacity', '0', 'important');
        host.style.setProperty('z-index', '0', 'important');
        const decoy = document.createElement('div');
        decoy.style.cssText = 'position:fixed;inset:0;background:rgb(255,0,0);pointer-events:none;z-index:2147483647';
        document.body.append(decoy);
        return getComputedStyle(host).opacity;
      }, null);
      expect(opacity).toBe('1');
      await sleep(300);
      // What the user sees where Pin is: the card, not the page's red overlay.
      expect(await page.pixelAt(view.pinBox!.x, view.pinBox!.y)).not.toEqual([255, 0, 0]);
      await page.close();
    });

    it('a click on Pin under a page popover drawn over the card is ignored; the card comes back on top', async () => {
      await unpinAll();
      const page = await driver().openPage();
      const view = await openCardByClick(page, SEED.ups);
      await sleep(700);
      await page.run(() => {
        const decoy = document.createElement('div');
        decoy.setAttribute('popover', 'manual');
        decoy.textContent = 'Click the button to win';
        decoy.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;margin:0;background:rgb(255,0,0);pointer-events:none;border:0';
        document.body.append(decoy);
        decoy.showPopover();
      }, null);
      await sleep(700);
      await page.clickAt(view.pinBox!.x, view.pinBox!.y);
      await sleep(800);
      expect((await page.card()).html).toContain('aria-pressed="false"');
      expect(await watchlist()).toEqual([]);
      // The ignored click raised the card above the page's popover: now the user sees it, and may pin.
      expect(await page.pixelAt(view.pinBox!.x, view.pinBox!.y)).not.toEqual([255, 0, 0]);
      await sleep(700);
      await page.clickAt(view.pinBox!.x, view.pinBox!.y);
      await untilCard(page, (h) => h.includes('aria-pressed="true"'));
      expect((await watchlist()).map((p) => p.number)).toEqual([SEED.ups]);
      await unpinAll();
      await page.close();
    });

    it('a click right after the page scrolled the card under the pointer is ignored; a later one and Enter work', async () => {
      await unpinAll();
      const page = await driver().openPage();
      const view = await openCardByClick(page, SEED.ups);
      await sleep(700);
      // The page shifts its layout so the card follows its mark down; the user clicks where Pin now is at once.
      await page.run(() => {
        document.body.style.paddingTop = '120px';
        window.dispatchEvent(new Event('scroll'));
      }, null);
      await sleep(60);
      const now = await page.card();
      // It moved well away from where it was (the card may stop at the viewport's bottom edge).
      expect(now.pinBox!.y).toBeGreaterThan(view.pinBox!.y + 60);
      await page.clickAt(now.pinBox!.x, now.pinBox!.y);
      await sleep(600);
      expect((await page.card()).html).toContain('aria-pressed="false"');
      expect(await watchlist()).toEqual([]);

      // Keyboard: focus Pin (as Tab would) and press Enter once the card has settled.
      await page.focusPin();
      await page.press('Enter');
      await untilCard(page, (h) => h.includes('aria-pressed="true"'));
      expect((await watchlist()).map((p) => p.number)).toEqual([SEED.ups]);
      await unpinAll();
      await page.close();
    });
  });

  describe('a page cannot switch Trackpin off nor learn its start-up event', () => {
    it('nothing is posted to the window, and replaying WXT’s start-up event leaves the marks working', async () => {
      const page = await driver().openPage();
      const received = await page.run(() => (window as unknown as { __received: string[] }).__received, null);
      expect(received.filter((r) => r.includes('content-script-started'))).toEqual([]);
      await page.run((id) => {
        const name = `${id}:content:wxt:content-script-started`;
        document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'page' } }));
        window.postMessage({ type: name, contentScriptName: 'content', messageId: 'page' }, '*');
      }, driver().runtimeId);
      await sleep(800);
      expect(await page.run(() => document.querySelectorAll('trackpin-mark[data-trackpin]').length, null)).toBeGreaterThan(0);
      const view = await openCardByClick(page, SEED.ups);
      expect(view.html).toContain(SEED.ups);
      await page.close();
    });
  });
}
