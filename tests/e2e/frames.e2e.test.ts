// Iframes and open shadow roots in Chromium (chrome-mv3 build): numbers are marked in a same-origin, a
// cross-origin and a srcdoc iframe and in an open shadow root; each card opens in that place by mouse
// and by keyboard; numbers inserted later are marked; inputs and contenteditable stay as they were; a
// 1×1 frame is left alone; the popup's "found on this page" hears from every frame.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import { launchChromium, startSandbox, type ChromiumExtension } from './harness';
import { configureForSandbox } from './configure';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { CARD_TAG, MARK_TAG } from '@/utils/page-scan/dom-rules';
import { cardCoversViewport, poll } from './page-probes';
import { FIELD_TEXT, FRAME_NUMBERS, LATE_SHADOW, LATER_NUMBER, startFrameServer, type FrameServer } from '../fixtures/frame-pages';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
type Place = 'same' | 'cross' | 'srcdoc' | 'shadow';

let ext: ChromiumExtension;
let sandbox: Sandbox;
let server: FrameServer;
let page: Page;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  server = await startFrameServer();
  ext = await launchChromium();
  await configureForSandbox(ext.serviceWorker, { endpoint: sandbox.trackingmoreUrl, apiKey: DEMO_KEYS.trackingmore });
  page = await ext.context.newPage();
  await page.goto(server.url);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  await sandbox?.close();
});

function frameOf(place: Place): Frame {
  if (place === 'shadow') return page.mainFrame();
  const frame = page.frames().find((f) => f.name() === place || f.url().includes(`/frame/${place}`) || (place === 'srcdoc' && f.url() === 'about:srcdoc'));
  if (!frame) throw new Error(`no ${place} frame`);
  return frame;
}

/** Playwright's CSS selectors pierce open shadow roots; `#host` scopes to the shadow place. */
const scope = (place: Place) => (place === 'shadow' ? `#host ` : '');
const mark = (place: Place, number: string): Locator =>
  frameOf(place).locator(`${scope(place)}${MARK_TAG}[data-trackpin="${number}"][tabindex]`);

const cardShown = (frame: Frame) => frame.evaluate(cardCoversViewport, CARD_TAG);

const waitFor = (what: string, probe: () => Promise<boolean>) => poll(what, probe, Boolean, 15_000);

describe('frames and open shadow roots (Chromium)', () => {
  const places: Place[] = ['same', 'cross', 'srcdoc', 'shadow'];

  it('marks the number of every place, and of the top page', async () => {
    await page.locator(`${MARK_TAG}[data-trackpin="${FRAME_NUMBERS.top}"][tabindex]`).waitFor({ timeout: 15_000 });
    for (const place of places) await mark(place, FRAME_NUMBERS[place]).waitFor({ timeout: 15_000 });
  });

  for (const place of places) {
    it(`${place}: the card opens in that place by mouse and by keyboard; Esc closes it`, async () => {
      const frame = frameOf(place);
      const m = mark(place, FRAME_NUMBERS[place]);
      await m.click();
      await waitFor(`the card in ${place} (mouse)`, () => cardShown(frame));
      await page.keyboard.press('Escape');
      await waitFor(`the card in ${place} to close`, async () => !(await cardShown(frame)));
      await m.focus();
      await page.keyboard.press('Enter');
      await waitFor(`the card in ${place} (keyboard)`, () => cardShown(frame));
      await page.keyboard.press('Escape');
      await waitFor(`the card in ${place} to close`, async () => !(await cardShown(frame)));
    });
  }

  for (const place of places) {
    it(`${place}: a number inserted later is marked; the input and the contenteditable stay untouched`, async () => {
      const frame = frameOf(place);
      await frame.evaluate(
        ([inShadow, html]) => {
          const root = inShadow ? document.getElementById('host')!.shadowRoot! : document;
          root.getElementById('later')!.innerHTML = html!;
        },
        [place === 'shadow' ? '1' : '', `<p>Later: tracking number ${LATER_NUMBER}</p>`] as const,
      );
      await mark(place, LATER_NUMBER).waitFor({ timeout: 15_000 });
      const number = FRAME_NUMBERS[place];
      expect(await frame.locator(`${scope(place)}#field`).inputValue()).toBe(FIELD_TEXT(number));
      const editable = await frame.locator(`${scope(place)}#editable`).evaluate((el) => el.innerHTML);
      expect(editable).toBe(FIELD_TEXT(number));
    });
  }

  it('marks the shadow root of a custom element the page defines after the scan (a late upgrade)', async () => {
    const late = await ext.context.newPage();
    try {
      await late.goto(server.lateShadowUrl);
      await late.locator(`${MARK_TAG}[data-trackpin="${LATE_SHADOW.light}"][tabindex]`).waitFor({ timeout: 15_000 });
      // The page defines the element only once this mark is there: the scan met it undefined.
      await late.locator(`#late ${MARK_TAG}[data-trackpin="${LATE_SHADOW.shadow}"][tabindex]`).waitFor({ timeout: 15_000 });
    } finally {
      await late.close();
    }
  });

  it('leaves a 1×1 frame alone', async () => {
    const tiny = page.frames().find((f) => f.url().includes('/frame/tiny'))!;
    expect(await tiny.locator(MARK_TAG).count()).toBe(0);
  });

  it("the popup's found list hears the numbers of every frame", async () => {
    const popup = await ext.context.newPage();
    await popup.goto(ext.extUrl('popup.html'));
    const numbers = await popup.evaluate(async (host) => {
      type Msg = { type?: string; payload?: { numbers?: { number: string }[] } };
      const api = (globalThis as unknown as { chrome: any }).chrome;
      const heard: { tab: number; number: string }[] = [];
      api.runtime.onMessage.addListener((m: Msg, sender: { tab?: { id: number } }) => {
        if (m?.type === 'frame-numbers') for (const n of m.payload?.numbers ?? []) heard.push({ tab: sender.tab!.id, number: n.number });
      });
      // Without the "tabs" permission URLs are hidden: find the tab whose content script answers.
      for (const tab of await api.tabs.query({})) {
        const reply = await api.tabs.sendMessage(tab.id, { type: 'found-numbers', payload: {} }).catch(() => null);
        if (!reply?.ok || reply.data.host !== host) continue;
        await new Promise((r) => setTimeout(r, 1500));
        const fromFrames = heard.filter((h) => h.tab === tab.id).map((h) => h.number);
        return [...reply.data.numbers.map((n: { number: string }) => n.number), ...fromFrames];
      }
      throw new Error('no tab with the content script');
    }, new URL(server.url).hostname);
    for (const n of [FRAME_NUMBERS.top, FRAME_NUMBERS.same, FRAME_NUMBERS.cross, FRAME_NUMBERS.srcdoc, FRAME_NUMBERS.shadow]) {
      expect(numbers).toContain(n);
    }
    expect(numbers).not.toContain(FRAME_NUMBERS.tiny);
    await popup.close();
  });
});
