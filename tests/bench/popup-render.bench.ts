// Popup render with 200 pinned shipments, measured in headless Chromium with the built extension.
// Prints figures, asserts nothing (shared, noisy machines).
//   npx tsx tests/bench/popup-render.bench.ts        (TRACKPIN_EXT_DIR picks the build folder;
//   TP_PROFILE=1 also prints the hottest functions of the re-render loops)
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Worker } from 'playwright-core';
import { launchChromium } from '../e2e/harness';
import { event, parcel, pinned } from '../unit/components/fixtures';
import { STATUSES } from '../../utils/shipments/types';
import type { PinnedShipment } from '../../utils/watchlist/model';
import { WATCHLIST_VERSION } from '../../utils/watchlist/migrations';

export interface PopupBenchFigures {
  pinned: number;
  /** Rows in the DOM at first render (the list is windowed: the rows in view). */
  rowsRendered: number;
  /** Navigation start → first rows in the DOM (script load, background round trip, first render), ms. */
  firstRenderMs: number;
  /** Of that, from the popup page's first script to the rows, ms. */
  appToRowsMs: number;
  /** Opening the popup again (code cached, as on every later click of the toolbar icon): navigation start → rows, median of 5, ms. */
  reopenMs: number;
  /** Of that, one msg.watchlist round trip to the (warm) background with 200 entries, median of 5, ms. */
  watchlistRoundTripMs: number;
  /** Mounting the list view with the data in memory (details → Back), to the first screen of rows, median of 5, ms. */
  listMountScriptMs: number;
  /** The same, to the next painted frame (includes style, layout and frame scheduling), median of 5, ms. */
  listMountFrameMs: number;
  /** Re-render of the list (text filter cleared: 1 row → the first screen), to the rows in the DOM and to the next frame; median of 10, ms. */
  rerenderScriptMs: number;
  rerenderFrameMs: number;
  /** Status filter switch (200 → some → 200 rows), median of 10, ms. */
  statusSwitchMedianMs: number;
}

export function watchlist(count: number, events: number): Record<string, PinnedShipment> {
  const out: Record<string, PinnedShipment> = {};
  for (let i = 0; i < count; i++) {
    const number = `RB${String(10_000_000 + i * 37).padStart(8, '0')}CN`;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const status = STATUSES[i % STATUSES.length]!;
    const shipment = parcel({
      id: `china-post:${number}`,
      number,
      carrier: { code: 'china-post', name: 'China Post' },
      status,
      events: Array.from({ length: events }, (_, j) =>
        event({ date: `2026-11-${day} ${String(23 - j).padStart(2, '0')}:05`, description: `Event ${j} for parcel ${i}`, location: 'Shenzhen' }),
      ),
    });
    const p = pinned(shipment, { title: i % 3 ? `Order item ${i}` : null, unread: i % 7 === 0, pinnedAt: Date.parse('2026-11-01T00:00:00Z') + i * 60_000 });
    out[p.key] = p;
  }
  return out;
}

/** Writes `count` pinned shipments as the background stores them and waits for its list index. */
export async function seedWatchlist(sw: Worker, count: number, events = 12): Promise<void> {
  // Same storage item the background reads (utils/watchlist/store.ts: local:watchlist), current version.
  await sw.evaluate(async ([list, v]) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ watchlist: list, watchlist$: { v } });
  }, [watchlist(count, events), WATCHLIST_VERSION] as const);
  // The background rebuilds the popup's list index after a watchlist written without one (as on the
  // first start after an upgrade); measure the normal case, with the index current.
  await sw.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string[]): Promise<Record<string, any>> } } } }).chrome;
    for (let i = 0; i < 400; i++) {
      const got = await api.storage.local.get(['listIndex', 'watchlist$']);
      if (got.listIndex?.rev && got.listIndex.rev === got['watchlist$']?.rev) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the list index was not rebuilt');
  });
}

/** Rows that mean the first screen is painted: the list is windowed (components/VirtualList.tsx), so only
 * the rows in view (and, once idle, a few beyond) are ever in the DOM. */
const FIRST_SCREEN = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function runPopupBench(count = 200): Promise<PopupBenchFigures> {
  const ext = await launchChromium();
  try {
    await seedWatchlist(await ext.worker(), count);

    const page = await ext.context.newPage();
    // `__name`: tsx (esbuild keepNames) wraps named functions inside evaluated code with it.
    await page.addInitScript('window.__tpStart = performance.now(); window.__name = (f) => f;');
    await page.goto(ext.extUrl('popup.html'));
    const firstRows = Math.min(count, FIRST_SCREEN);
    await page.waitForFunction((n) => document.querySelectorAll('.tp-row').length >= n, firstRows, { polling: 'raf', timeout: 30_000 });
    const first = await page.evaluate(() => ({
      now: performance.now(),
      start: (window as unknown as { __tpStart?: number }).__tpStart ?? 0,
      rows: document.querySelectorAll('.tp-row').length,
    }));

    const reopen: number[] = [];
    for (let i = 0; i < 5; i++) {
      const again = await ext.context.newPage();
      await again.goto(ext.extUrl('popup.html'));
      await again.waitForFunction((n) => document.querySelectorAll('.tp-row').length >= n, firstRows, { polling: 'raf', timeout: 30_000 });
      reopen.push(await again.evaluate(() => performance.now()));
      await again.close();
    }

    const cdp = process.env.TP_PROFILE ? await ext.context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    // Re-render timings inside the page: change the input, wait for the next two frames (layout + paint).
    const timings = await page.evaluate(async (n) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      // Preact flushes signal-driven renders in a microtask; a macrotask boundary means it is done.
      const flushed = () => new Promise((r) => setTimeout(r, 0));
      const rows = () => document.querySelectorAll('.tp-row').length;
      // Task by task (not microtasks): the windowed list measures its rows in a frame, which must get to run.
      const until = async (done: () => boolean) => {
        const give = performance.now() + 10_000;
        while (!done()) {
          if (performance.now() > give) throw new Error(`the list never showed its rows (${rows()})`);
          await flushed();
        }
      };
      const mountScript: number[] = [];
      const mountFrame: number[] = [];
      for (let i = 0; i < 5; i++) {
        (document.querySelector('.tp-row-main') as HTMLElement).click();
        while (!document.querySelector('.tp-back')) await flushed();
        await frame();
        const t0 = performance.now();
        (document.querySelector('.tp-back') as HTMLElement).click();
        await Promise.resolve();
        await until(() => rows() >= n);
        void document.body.offsetHeight;
        mountScript.push(performance.now() - t0);
        await frame();
        mountFrame.push(performance.now() - t0);
      }
      const input = document.querySelector('#tp-list-filter') as HTMLInputElement;
      const set = (v: string) => {
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const rerender: number[] = [];
      const rerenderScript: number[] = [];
      for (let i = 0; i < 10; i++) {
        set('Order item 33');
        await frame();
        const t0 = performance.now();
        set('');
        await until(() => rows() >= n);
        void document.body.offsetHeight;
        rerenderScript.push(performance.now() - t0);
        await frame();
        rerender.push(performance.now() - t0);
      }
      const chips = [...document.querySelectorAll<HTMLButtonElement>('.tp-filters .tp-chip')];
      const switches: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t0 = performance.now();
        chips[1 + (i % (chips.length - 1))]!.click();
        await frame();
        chips[0]!.click();
        await frame();
        switches.push(performance.now() - t0);
      }
      return { rerender, rerenderScript, switches, mountScript, mountFrame };
      // The rows of the first screen: what a re-render brings back before the idle-time overscan (which a
      // loop of microtasks would never let run).
    }, first.rows);

    const roundTrips = await page.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      const out: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        await api.runtime.sendMessage({ type: 'watchlist', payload: {} });
        out.push(performance.now() - t0);
      }
      return out;
    });

    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      const self = new Map<string, number>();
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const counts = new Map<number, number>();
      for (const id of profile.samples ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
      for (const [id, c] of counts) {
        const f = byId.get(id)!.callFrame;
        const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
        self.set(k, (self.get(k) ?? 0) + c);
      }
      console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25));
    }
    return {
      pinned: count,
      rowsRendered: first.rows,
      firstRenderMs: Math.round(first.now),
      appToRowsMs: Math.round(first.now - first.start),
      reopenMs: Math.round(median(reopen)),
      watchlistRoundTripMs: Math.round(median(roundTrips)),
      listMountScriptMs: Math.round(median(timings.mountScript) * 10) / 10,
      listMountFrameMs: Math.round(median(timings.mountFrame) * 10) / 10,
      rerenderScriptMs: Math.round(median(timings.rerenderScript) * 10) / 10,
      rerenderFrameMs: Math.round(median(timings.rerender) * 10) / 10,
      statusSwitchMedianMs: Math.round(median(timings.switches) * 10) / 10,
    };
  } finally {
    await ext.close();
  }
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) {
  const figures = await runPopupBench();
  console.log('## Popup render (200 pinned, headless Chromium)');
  console.table(figures);
}
