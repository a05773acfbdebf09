// Hostile pages shared by Chromium (hostile-pages.e2e.test.ts) and Firefox (hostile-pages.firefox.e2e.test.ts):
// a page's own scripts try to reach the background (runtime messages, postMessage envelopes), read or drive
// the in-page card, and forge marks. The page is tests/fixtures/hostile-pages.ts forgeryPage(SEED.ups); each
// browser's file brings the driver (page-safety-journeys.ts ShopPage: real input, the card read by the client).
import { describe, expect, it } from 'vitest';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { SEED } from '@/sandbox/seed-data';
import { cardLoaded, cardOpen } from './card-view';
import { centreOf, openCardByClick, untilCard, type PageSafetyDriver } from './page-safety-journeys';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function hostilePageJourneys(driver: () => PageSafetyDriver): void {
  /** API calls that reached the sandbox (the key is only ever used there). */
  const apiCalls = () => driver().sandbox.log().map((e) => `${e.method} ${e.path}`);
  const watchlistNumbers = async () => ((await driver().send('watchlist')).data as { number: string }[]).map((p) => p.number);

  describe('a page cannot reach the background', () => {
    it('has no runtime messaging to Trackpin, and forged postMessage envelopes are ignored', async () => {
      const page = await driver().openPage();
      driver().sandbox.clearLog();
      const attempt = await page.run(
        async ({ id, number }) => {
          const out: Record<string, string> = {};
          const c = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: Function; connect?: Function } } }).chrome;
          out.runtime = typeof c?.runtime?.sendMessage;
          for (const message of [
            { type: 'lookup', payload: { number } },
            { type: 'get-settings', payload: {} },
            { type: 'check-key', payload: { provider: 'trackingmore-v2', apiKey: 'x', endpoint: 'http://evil.test' } },
          ]) {
            try {
              c?.runtime?.sendMessage?.(id, message, () => undefined);
              out[message.type] = 'sent';
            } catch (error) {
              out[message.type] = String(error);
            }
          }
          try {
            c?.runtime?.connect?.(id);
            out.connect = 'connected';
          } catch (error) {
            out.connect = String(error);
          }
          // Envelopes of our protocol (and WXT-like shapes) posted to the window the content script lives in.
          for (const data of [
            { type: 'lookup', payload: { number } },
            { type: 'pin', payload: { number, carrier: 'ups' } },
            { type: 'get-settings', payload: {} },
            { type: 'show-card', payload: { number } },
            { type: 'settings-changed', payload: { enabled: true } },
            { type: 'wxt:lookup', payload: { number } },
            JSON.stringify({ type: 'lookup', payload: { number } }),
          ]) {
            window.postMessage(data, '*');
            document.dispatchEvent(new CustomEvent(typeof data === 'string' ? 'lookup' : data.type, { detail: data }));
          }
          await new Promise((r) => setTimeout(r, 1000));
          return out;
        },
        { id: driver().runtimeId, number: SEED.fourPx },
      );
      // Without externally_connectable the browser gives the page no runtime.sendMessage to call.
      expect(attempt.runtime).toBe('undefined');
      expect(apiCalls()).toEqual([]);
      expect(await watchlistNumbers()).toEqual([]);
      // Nothing answered the page, and the key appears nowhere it can read.
      const received = await page.run(() => (window as unknown as { __received: string[] }).__received, null);
      for (const r of received) expect(r).not.toContain(DEMO_KEYS.trackingmore);
      expect(received.some((r) => r.includes('"ok"'))).toBe(false);
      expect(await page.run(() => document.documentElement.outerHTML, null)).not.toContain(DEMO_KEYS.trackingmore);
      await page.close();
    });
  });

  describe('a page cannot drive or read the card', () => {
    it('synthetic clicks and keys on marks do not open the card or call the API', async () => {
      const page = await driver().openPage();
      driver().sandbox.clearLog();
      await page.run(() => {
        for (const mark of document.querySelectorAll<HTMLElement>('trackpin-mark')) {
          mark.click();
          const r = mark.getBoundingClientRect();
          for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) {
            mark.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, clientX: r.right + 4, clientY: r.top + 2 }));
          }
          mark.focus();
          for (const key of ['Enter', ' ']) mark.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        }
      }, null);
      await sleep(600);
      expect(cardOpen((await page.card()).html)).toBe(false);
      expect(apiCalls()).toEqual([]);
      await page.close();
    });

    it('the open card is closed to page scripts: no shadow root, no text, no clicks on Pin', async () => {
      const page = await driver().openPage();
      const view = await openCardByClick(page, SEED.ups);
      const lastEvent = /class="tp-card-last-desc">([^<]+)</.exec(view.html)?.[1];
      expect(lastEvent, 'the card shows the last event').toBeTruthy();
      expect(view.pinBox).not.toBeNull();

      const seen = await page.run(
        ({ pin }) => {
          const host = document.querySelector('trackpin-card') as HTMLElement | null;
          getSelection()!.selectAllChildren(document.body);
          const out = {
            hostFound: !!host,
            shadowRoot: host?.shadowRoot === null ? 'null' : typeof host?.shadowRoot,
            // The page patched attachShadow to force open roots: did it capture ours?
            capturedRoots: (window as unknown as { __roots: ShadowRoot[] }).__roots.length,
            texts: [host?.innerText ?? '', host?.textContent ?? '', document.body.innerText, getSelection()!.toString()],
            atPin: document.elementFromPoint(pin.x, pin.y)?.tagName ?? null,
          };
          getSelection()!.removeAllRanges();
          // Now try to press Pin: at its position, on the host, and with keys while the card has focus.
          const target = document.elementFromPoint(pin.x, pin.y) as HTMLElement;
          for (const el of [target, host!]) {
            el.click();
            for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) {
              el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, clientX: pin.x, clientY: pin.y }));
            }
            for (const key of ['Enter', ' ']) el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
          }
          (document.activeElement as HTMLElement | null)?.click();
          return out;
        },
        { pin: view.pinBox! },
      );
      expect(seen.hostFound).toBe(true);
      expect(seen.shadowRoot).toBe('null');
      expect(seen.capturedRoots).toBe(0);
      for (const text of seen.texts) expect(text).not.toContain(lastEvent);
      // Whatever the page clicks lands on the host, never on a button inside.
      expect(seen.atPin).toBe('TRACKPIN-CARD');
      await sleep(500);
      expect((await page.card()).html).toContain('aria-pressed="false"');
      expect(await watchlistNumbers()).toEqual([]);

      // A real click on Pin still works: the card is usable, only page scripts are shut out.
      await page.clickAt(view.pinBox!.x, view.pinBox!.y);
      await untilCard(page, (h) => h.includes('aria-pressed="true"'));
      expect(await watchlistNumbers()).toEqual([SEED.ups]);
      const list = (await driver().send('watchlist')).data as { key: string }[];
      await driver().send('unpin', { keys: list.map((p) => p.key) });
      await page.close();
    });

    it('forged marks and rewritten data-trackpin do not make the key look up the page’s numbers', async () => {
      const page = await driver().openPage();
      driver().sandbox.clearLog();
      await page.run((number) => {
        const fake = document.createElement('trackpin-mark');
        fake.setAttribute('data-trackpin', number);
        fake.setAttribute('role', 'button');
        fake.setAttribute('tabindex', '0');
        fake.setAttribute('data-trackpin-icon', '');
        fake.id = 'fake';
        fake.textContent = 'Check your parcel';
        document.getElementById('spare')!.append(fake);
      }, SEED.fourPx);
      // A real user click (and Enter) on the page's fake mark.
      const fake = await page.run(centreOf, '#fake');
      await page.clickAt(fake.x, fake.y);
      await page.run(() => document.getElementById('fake')!.focus(), null);
      await page.press('Enter');
      await sleep(600);
      expect(cardOpen((await page.card()).html)).toBe(false);
      expect(apiCalls()).toEqual([]);

      // The page rewrites our real mark to point at another number: the card still shows the real one.
      await page.run((number) => {
        for (const m of document.querySelectorAll('trackpin-mark[data-trackpin]')) if (m.id !== 'fake') m.setAttribute('data-trackpin', number);
      }, SEED.fourPx);
      const real = await page.run(centreOf, '#line trackpin-mark');
      await page.clickAt(real.x, real.y);
      const view = await untilCard(page, cardOpen);
      expect(view.html).toContain(SEED.ups);
      expect(view.html).not.toContain(SEED.fourPx);
      await untilCard(page, cardLoaded);
      expect(apiCalls().some((c) => c.includes(SEED.fourPx))).toBe(false);
      await page.close();
    });
  });
}
