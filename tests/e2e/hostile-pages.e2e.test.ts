// Hostile pages (issue 8): a page's own scripts try to reach the background (runtime messages,
// postMessage envelopes), read or drive the in-page card, forge marks; heavy pages (50,000 nodes,
// 5,000 levels, a 5 MB text node, iframes, a DOM rewritten every 10 ms) must stay responsive and
// unchanged apart from the marks. Baselines come from the same pages in a Chromium without Trackpin.
// Chromium only. "Heavy pages stay responsive" cannot run in Firefox: it counts long tasks with the Long
// Tasks API, which Firefox does not implement (https://bugzil.la/1348405,
// https://developer.mozilla.org/docs/Web/API/PerformanceLongTaskTiming#browser_compatibility), and takes
// Trackpin's share of main-thread time from a CDP `Tracing` trace; Firefox has removed CDP
// (https://fxdx.dev/deprecating-cdp-support-in-firefox-embracing-the-future-with-webdriver-bidi/) and
// WebDriver BiDi has no tracing module (https://w3c.github.io/webdriver-bidi/#modules). The other parts
// read the card through CDP only for convenience: BiDi reads its closed shadow root too (firefox-card.ts,
// used by hostile-replies.firefox), so they are not yet ported rather than impossible; Firefox already
// covers forged clicks and key presses on marks (content-journeys.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, launchChromium, startSandbox, waitForCard, type ChromiumExtension } from './harness';
import { configureForSandbox } from './configure';
import { cardLoaded, cardOpen, cardView } from './card-view';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { SEED } from '@/sandbox/seed-data';
import { startHostileServer, type HostileServer } from '../fixtures/hostile-server';
import { HEAVY_PAGES, PAGE_NUMBERS, forgeryPage } from '../fixtures/hostile-pages';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

let ext: ChromiumExtension;
let sandbox: Sandbox;
let site: HostileServer;
let forgeryUrl: string;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  site = await startHostileServer(sandbox.url);
  forgeryUrl = site.page('forgery', forgeryPage(SEED.ups));
  ext = await launchChromium();
  await configureForSandbox(ext.serviceWorker, { endpoint: sandbox.trackingmoreUrl, apiKey: DEMO_KEYS.trackingmore });
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
  await sandbox?.close();
});

async function openForgery(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(forgeryUrl);
  await page.waitForSelector(`trackpin-mark[data-trackpin="${SEED.ups}"]`, { timeout: 15_000 });
  return page;
}

/** API calls that reached the sandbox (the key is only ever used there). */
const apiCalls = () => sandbox.log().map((e) => `${e.method} ${e.path}`);

async function watchlistNumbers(): Promise<string[]> {
  const popup = await ext.context.newPage();
  await popup.goto(ext.extUrl('popup.html'));
  const list = (await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'watchlist', payload: {} }))) as { data: { number: string }[] };
  await popup.close();
  return list.data.map((p) => p.number);
}

describe('a page cannot reach the background', () => {
  it('has no runtime messaging to Trackpin, and forged postMessage envelopes are ignored', async () => {
    const page = await openForgery();
    sandbox.clearLog();
    const attempt = await page.evaluate(
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
      { id: ext.extensionId, number: SEED.fourPx },
    );
    // Without externally_connectable, Chrome gives the page no runtime.sendMessage to call.
    expect(attempt.runtime).toBe('undefined');
    expect(apiCalls()).toEqual([]);
    expect(await watchlistNumbers()).toEqual([]);
    // Nothing answered the page, and the key appears nowhere it can read.
    const received = await page.evaluate(() => (window as unknown as { __received: string[] }).__received);
    for (const r of received) expect(r).not.toContain(DEMO_KEYS.trackingmore);
    expect(received.some((r) => r.includes('"ok"'))).toBe(false);
    expect(await page.content()).not.toContain(DEMO_KEYS.trackingmore);
    await page.close();
  });
});

describe('a page cannot drive or read the card', () => {
  it('synthetic clicks and keys on marks do not open the card or call the API', async () => {
    const page = await openForgery();
    sandbox.clearLog();
    await page.evaluate(() => {
      for (const mark of document.querySelectorAll<HTMLElement>('trackpin-mark')) {
        mark.click();
        const r = mark.getBoundingClientRect();
        for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) {
          mark.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, clientX: r.right + 4, clientY: r.top + 2 }));
        }
        mark.focus();
        for (const key of ['Enter', ' ']) mark.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      }
    });
    await page.waitForTimeout(600);
    expect(cardOpen((await cardView(page)).html)).toBe(false);
    expect(apiCalls()).toEqual([]);
    await page.close();
  });

  it('the open card is closed to page scripts: no shadow root, no text, no clicks on Pin', async () => {
    const page = await openForgery();
    await page.click(`trackpin-mark[data-trackpin="${SEED.ups}"]`);
    const view = await waitForCard(page, cardView, cardLoaded);
    const lastEvent = /class="tp-card-last-desc">([^<]+)</.exec(view.html)?.[1];
    expect(lastEvent, 'the card shows the last event').toBeTruthy();
    expect(view.pinBox).not.toBeNull();

    const seen = await page.evaluate(
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
    await page.waitForTimeout(500);
    expect((await cardView(page)).html).toContain('aria-pressed="false"');
    expect(await watchlistNumbers()).toEqual([]);

    // A real click on Pin still works: the card is usable, only page scripts are shut out.
    await page.mouse.click(view.pinBox!.x, view.pinBox!.y);
    await waitForCard(page, cardView, (h) => h.includes('aria-pressed="true"'));
    expect(await watchlistNumbers()).toEqual([SEED.ups]);
    const popup = await ext.context.newPage();
    await popup.goto(ext.extUrl('popup.html'));
    await popup.evaluate(async () => {
      const list = (await chrome.runtime.sendMessage({ type: 'watchlist', payload: {} })) as { data: { key: string }[] };
      await chrome.runtime.sendMessage({ type: 'unpin', payload: { keys: list.data.map((p) => p.key) } });
    });
    await popup.close();
    await page.close();
  });

  it('forged marks and rewritten data-trackpin do not make the key look up the page’s numbers', async () => {
    const page = await openForgery();
    sandbox.clearLog();
    await page.evaluate((number) => {
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
    await page.click('#fake');
    await page.focus('#fake');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(600);
    expect(cardOpen((await cardView(page)).html)).toBe(false);
    expect(apiCalls()).toEqual([]);

    // The page rewrites our real mark to point at another number: the card still shows the real one.
    await page.evaluate((number) => {
      for (const m of document.querySelectorAll('trackpin-mark[data-trackpin]')) if (m.id !== 'fake') m.setAttribute('data-trackpin', number);
    }, SEED.fourPx);
    await page.click('#line trackpin-mark');
    const view = await waitForCard(page, cardView, cardOpen);
    expect(view.html).toContain(SEED.ups);
    expect(view.html).not.toContain(SEED.fourPx);
    await waitForCard(page, cardView, cardLoaded);
    expect(apiCalls().some((c) => c.includes(SEED.fourPx))).toBe(false);
    await page.close();
  });
});

describe('heavy pages stay responsive and unchanged', () => {
  let plain: Browser;
  beforeAll(async () => {
    plain = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await plain?.close();
  });

  interface Snapshot {
    longTasks: number[];
    marks: string[];
    /** Hash of the page's innerText and of every non-Trackpin element's box. */
    text: string;
    boxes: string;
  }

  /** Loads a page, waits for Trackpin (when present) to finish, then measures for `settleMs`. */
  async function load(page: Page, url: string, expectMarks: number, settleMs: number): Promise<Snapshot> {
    await page.goto(url, { timeout: 30_000 });
    await page.waitForFunction(() => (window as unknown as { __built?: number }).__built !== undefined, null, { timeout: 30_000 });
    if (expectMarks > 0) {
      await page.waitForFunction(
        (n) => new Set([...document.querySelectorAll('trackpin-mark[data-trackpin]')].map((m) => m.getAttribute('data-trackpin'))).size >= n,
        expectMarks,
        { timeout: 30_000 },
      );
    }
    await page.waitForTimeout(settleMs);
    return page.evaluate(() => {
      const w = window as unknown as { __long: { start: number; duration: number }[]; __built: number };
      const hash = (s: string) => {
        let h = 2166136261;
        for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
        return `${s.length}:${(h >>> 0).toString(16)}`;
      };
      const boxes: string[] = [];
      for (const e of document.querySelectorAll('body *')) {
        if (e.tagName.startsWith('TRACKPIN-') || e.closest('trackpin-mark, trackpin-run, trackpin-card')) continue;
        const r = e.getBoundingClientRect();
        boxes.push(`${e.tagName}:${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)},${Math.round(r.height)}`);
      }
      return {
        // Long tasks after the page finished building itself: Trackpin starts at document_idle, after that.
        longTasks: w.__long.filter((t) => t.start >= w.__built).map((t) => Math.round(t.duration)),
        marks: [...new Set([...document.querySelectorAll('trackpin-mark[data-trackpin]')].map((m) => m.getAttribute('data-trackpin')!))].sort(),
        text: hash(document.body.innerText),
        boxes: hash(boxes.join('|')),
      };
    });
  }

  type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { data?: { url?: string } } };
  interface TrackpinTime {
    /** Evaluating the content script bundle once at document_idle (compile + module set-up), CPU ms. */
    startup: number[];
    /** Every call into the content script afterwards (idle slices, timers, observers, events), CPU ms. */
    work: number[];
  }

  /**
   * Attributes main-thread time to Trackpin with a Chromium trace: every EvaluateScript/FunctionCall whose
   * script is our content script. Thread (CPU) time, not wall time: two shared cores stretch wall time.
   */
  async function traced<T>(page: Page, run: () => Promise<T>): Promise<{ result: T; trackpin: TrackpinTime }> {
    const cdp = await page.context().newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
    const result = await run();
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    const ours = `chrome-extension://${ext.extensionId}/content-scripts/`;
    const trackpin: TrackpinTime = { startup: [], work: [] };
    const mine = events.filter((e) => e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && e.args?.data?.url?.startsWith(ours));
    // Nested calls (a FunctionCall inside another) count once, through the outer one.
    const outer = mine.filter((e) => !mine.some((o) => o !== e && o.tid === e.tid && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) && (o.ts < e.ts || (o.dur ?? 0) > (e.dur ?? 0))));
    for (const e of outer) {
      const cpu = Math.round(((e.tdur ?? e.dur ?? 0) / 1000) * 10) / 10;
      (e.name === 'EvaluateScript' ? trackpin.startup : trackpin.work).push(cpu);
    }
    return { result, trackpin };
  }

  const cases: { name: string; marks: string[]; static: boolean }[] = [
    { name: 'nodes50k', marks: [PAGE_NUMBERS.ups], static: true },
    { name: 'deep5000', marks: [PAGE_NUMBERS.usps], static: true },
    { name: 'text5mb', marks: [PAGE_NUMBERS.s10, PAGE_NUMBERS.ups, PAGE_NUMBERS.usps], static: true },
    { name: 'iframes', marks: [PAGE_NUMBERS.s10], static: true },
    { name: 'mutations', marks: [PAGE_NUMBERS.ups, PAGE_NUMBERS.usps], static: false },
  ];

  for (const c of cases) {
    it(`${c.name}: marks its numbers, no long task from Trackpin, page unchanged apart from marks`, async () => {
      const url = site.page(c.name, HEAVY_PAGES[c.name]!);
      const basePage = await plain.newPage();
      const base = await load(basePage, url, 0, 1500);
      await basePage.close();
      const page = await ext.context.newPage();
      const { result: withExt, trackpin } = await traced(page, () => load(page, url, c.marks.length, 1500));
      await page.close();
      const top = (xs: number[]) => [...xs].sort((a, b) => b - a).slice(0, 5);
      console.log(
        `[hostile-pages] ${c.name}: long tasks (wall ms) without Trackpin ${JSON.stringify(base.longTasks)}, with ${JSON.stringify(withExt.longTasks)}; ` +
          `Trackpin CPU ms: startup ${JSON.stringify(trackpin.startup)}, ${trackpin.work.length} calls, longest ${JSON.stringify(top(trackpin.work))}`,
      );
      expect(withExt.marks).toEqual([...c.marks].sort());
      expect(trackpin.work.length, 'the trace saw Trackpin at work').toBeGreaterThan(0);
      // Time-sliced: no call into Trackpin after start-up runs 50 ms or more.
      expect(trackpin.work.filter((ms) => ms >= 50)).toEqual([]);
      if (c.static) {
        expect(withExt.text).toBe(base.text);
        expect(withExt.boxes).toBe(base.boxes);
      }
    });
  }
});
