// The popup with 2,000 pinned shipments (6 events each: with 12 of these fixtures' events, 2,000 pins pass
// Chrome's 10 MB storage.local quota) in headless Chromium with the production build:
// navigation start → first rows painted, a scroll through the list (frames from a CDP trace and the
// page's own frame gaps), and the text filter (input → rows updated and painted). Prints, never asserts.
//   npx tsx tests/bench/popup-scale.bench.ts
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumExtension } from '../e2e/harness';
import { seedWatchlist } from './popup-render.bench';
import { longestTasks, recordTrace, type TraceEvent } from './trace-attribution';
import { openBreakdown, type OpenBreakdown } from './popup-open-trace';

export interface PopupScaleFigures {
  pinned: number;
  /** Navigation start → the first frame with rows painted, ms (first open; then median of 5 re-opens). */
  firstRowsPaintedMs: number;
  reopenFirstRowsPaintedMs: number;
  /** One more (warm) open, traced: where its time to the first rows went, ms. */
  openBreakdown: OpenBreakdown | null;
  /** Rows in the DOM once painted (a windowed list renders only what is near the viewport). */
  rowsInDom: number;
  /** A wheel gesture down 20,000 px at 3,000 px/s: how far it got, the deepest row then rendered. */
  scrolledPx: number;
  deepestRowRendered: number;
  /** Frames during the gesture, and those whose gap exceeded 1.5×16.7 ms (dropped). */
  scrollDroppedFrames: number;
  scrollFrames: number;
  /** Longest gap between two frames while scrolling, ms (page's requestAnimationFrame). */
  scrollLongestFrameMs: number;
  /** Longest main-thread task of the popup's renderer while scrolling, from the trace, ms. */
  scrollLongestTaskMs: number;
  /** The same task's thread CPU time, and the CPU time of all the renderer's tasks during the gesture, ms. */
  scrollLongestTaskCpuMs: number;
  scrollMainThreadCpuMs: number;
  /** Typing a query that leaves 1 row, then clearing it (back to 2,000): input → painted, median of 7, ms. */
  filterNarrowMs: number;
  filterClearMs: number;
}

const SCROLL_PX = 20_000;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', '__metadata'].join(',');


/**
 * Top-level tasks on the traced renderer main threads (only the popup's page is traced): the longest in
 * wall time, and in thread CPU time (`tdur`: without the time the OS gave the core to another process,
 * which on this shared machine is most of a long task), and the CPU time of all of them.
 */
export function mainThreadTasks(events: TraceEvent[]): { longestMs: number; longestCpuMs: number; cpuMs: number } {
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = events
    .filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && main.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts);
  let longestMs = 0;
  let longestCpuMs = 0;
  let cpuMs = 0;
  let end = -Infinity;
  for (const e of tasks) {
    if (e.ts < end) continue; // nested in the previous task
    end = e.ts + (e.dur ?? 0);
    const cpu = ((e as TraceEvent & { tdur?: number }).tdur ?? e.dur ?? 0) / 1000;
    longestMs = Math.max(longestMs, (e.dur ?? 0) / 1000);
    longestCpuMs = Math.max(longestCpuMs, cpu);
    cpuMs += cpu;
  }
  return { longestMs, longestCpuMs, cpuMs };
}

// Installed before the popup's scripts: the time of the first frame painted with rows in it (a message
// posted from requestAnimationFrame arrives after that frame's paint).
const paintProbe = (selector: string) => `window.__name = (f) => f;
new MutationObserver((_, mo) => {
  if (!document.querySelector(${JSON.stringify(selector)})) return;
  mo.disconnect();
  requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => { window.__tpPainted = performance.now(); }; ch.port2.postMessage(0); });
}).observe(document, { childList: true, subtree: true });`;

async function openPopup(ext: ChromiumExtension, url = ext.extUrl('popup.html'), selector = '.tp-row'): Promise<{ page: Page; painted: number }> {
  const page = await ext.context.newPage();
  await page.addInitScript(paintProbe(selector));
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __tpPainted?: number }).__tpPainted !== undefined, null, { timeout: 30_000 });
  const painted = await page.evaluate(() => (window as unknown as { __tpPainted: number }).__tpPainted);
  return { page, painted };
}

const OPEN_CATEGORIES = [CATEGORIES, 'blink.user_timing', 'loading', 'v8', 'devtools.timeline.frame'].join(',');

/** An open of the popup under a CDP trace (the figure itself is not reported: tracing slows it). */
async function tracedOpen(ext: ChromiumExtension): Promise<OpenBreakdown | null> {
  const page = await ext.context.newPage();
  await page.addInitScript(paintProbe('.tp-row'));
  const cdp = await ext.context.newCDPSession(page);
  let painted = 0;
  const events = await recordTrace(cdp, OPEN_CATEGORIES, async () => {
    await page.goto(ext.extUrl('popup.html'));
    await page.waitForFunction(() => (window as unknown as { __tpPainted?: number }).__tpPainted !== undefined, null, { timeout: 30_000 });
    painted = await page.evaluate(() => (window as unknown as { __tpPainted: number }).__tpPainted);
  });
  await page.close();
  return openBreakdown(events, 'popup.html', painted);
}

export interface FloorFigures {
  /** A data: page with one paragraph: the browser's own navigation-to-paint, ms (first / median of 5). */
  blankPageMs: number;
  /** The popup with no pins: its scripts, style and first layout without any list data, ms. */
  emptyPopupFirstMs: number;
  emptyPopupReopenMs: number;
}

/** The floor in the same run: what any page, and the popup without data, take on this machine now. */
export async function measureFloor(extDir?: string): Promise<FloorFigures> {
  const ext = await launchChromium(extDir ? { extDir } : {});
  try {
    const times = async (url: string, selector: string) => {
      const out: number[] = [];
      for (let i = 0; i < 6; i++) {
        const o = await openPopup(ext, url, selector);
        out.push(o.painted);
        await o.page.close();
      }
      return out;
    };
    const empty = await times(ext.extUrl('popup.html'), '.tp-empty');
    const blank = await times('data:text/html,<p class="tp-blank">Trackpin</p>', '.tp-blank');
    return { blankPageMs: round(median(blank.slice(1))), emptyPopupFirstMs: round(empty[0]!), emptyPopupReopenMs: round(median(empty.slice(1))) };
  } finally {
    await ext.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;

export async function measurePopupScale(count = 2000, extDir?: string): Promise<PopupScaleFigures> {
  const ext = await launchChromium(extDir ? { extDir } : {});
  try {
    await seedWatchlist(await ext.worker(), count, 6);
    const first = await openPopup(ext);
    await first.page.close();
    const reopen: number[] = [];
    for (let i = 0; i < 5; i++) {
      const again = await openPopup(ext);
      reopen.push(again.painted);
      await again.page.close();
    }
    const traced = await tracedOpen(ext);
    const { page } = await openPopup(ext);
    page.on('crash', () => console.error(`popup-scale: the popup page crashed (${extDir ?? 'this build'})`));
    await page.setViewportSize({ width: 380, height: 600 });
    const rowsInDom = await page.evaluate(() => document.querySelectorAll('.tp-row').length);

    // Scroll top to bottom with a wheel gesture while the page records its frame gaps.
    const cdp = await ext.context.newCDPSession(page);
    await page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __meter: boolean };
      w.__gaps = [];
      w.__meter = true;
      let last = performance.now();
      const f = (t: number) => {
        w.__gaps.push(t - last);
        last = t;
        if (w.__meter) requestAnimationFrame(f);
      };
      requestAnimationFrame(f);
    });
    const events = await recordTrace(cdp, CATEGORIES, async () => {
      await cdp.send('Input.synthesizeScrollGesture', { x: 190, y: 400, yDistance: -SCROLL_PX, speed: 3000, gestureSourceType: 'mouse' });
    });
    if (process.env.TRACE_DEBUG) console.error(longestTasks(events, 4).join('\n'));
    const gaps = await page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __meter: boolean };
      w.__meter = false;
      return w.__gaps.slice(1);
    });
    const scrolled = await page.evaluate(() => scrollY);
    const deepest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('.tp-row')].map((r) => Number(r.getAttribute('aria-posinset') ?? 0))));

    if (process.env.TRACE_DEBUG) console.error('popup-scale: scrolled; filtering');
    await page.evaluate(() => scrollTo(0, 0));
    const filter = await page.evaluate(async (n) => {
      const painted = () => new Promise<void>((r) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => r(); ch.port2.postMessage(0); }));
      // The list re-windows to the top on the next frame: count its rows after that.
      await painted();
      await painted();
      const until = async (done: () => boolean) => {
        const give = performance.now() + 10_000;
        while (!done()) {
          if (performance.now() > give) throw new Error(`the filter never settled (${rows()} rows)`);
          await Promise.resolve();
        }
      };
      const input = document.querySelector('#tp-list-filter') as HTMLInputElement;
      const set = (v: string) => {
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const rows = () => document.querySelectorAll('.tp-row').length;
      const full = rows();
      const narrow: number[] = [];
      const clear: number[] = [];
      for (let i = 0; i < 7; i++) {
        let t0 = performance.now();
        set(`Order item ${n - 1 - i * 3}`);
        await until(() => rows() === 1);
        await painted();
        narrow.push(performance.now() - t0);
        t0 = performance.now();
        set('');
        await until(() => rows() >= full);
        await painted();
        clear.push(performance.now() - t0);
      }
      return { narrow, clear };
    }, count);
    await page.close();
    const tasks = mainThreadTasks(events);
    const frameMs = 1000 / 60;
    return {
      pinned: count,
      openBreakdown: traced,
      firstRowsPaintedMs: round(first.painted),
      reopenFirstRowsPaintedMs: round(median(reopen)),
      rowsInDom,
      scrolledPx: Math.round(scrolled),
      deepestRowRendered: deepest,
      scrollFrames: gaps.length,
      scrollDroppedFrames: gaps.filter((g) => g > frameMs * 1.5).length,
      scrollLongestFrameMs: round(Math.max(0, ...gaps)),
      scrollLongestTaskMs: round(tasks.longestMs),
      scrollLongestTaskCpuMs: round(tasks.longestCpuMs),
      scrollMainThreadCpuMs: round(tasks.cpuMs),
      filterNarrowMs: round(median(filter.narrow)),
      filterClearMs: round(median(filter.clear)),
    };
  } finally {
    await ext.close();
  }
}

export interface InterleavedFigures {
  /** Re-opens taken in turn across the builds (one browser each, all running at once): median ms. The
   *  load on this shared machine then weighs on every build alike, so these ratios are the ones to read. */
  reopens: number;
  emptyPopupMs: number;
  currentMs: number;
  baseMs: number | null;
}

/** Popup re-opens in turn: this build with no pins (the floor), this build and the base build at 2,000. */
export async function interleavedReopens(count = 2000, base?: string, rounds = 9): Promise<InterleavedFigures> {
  const builds = [
    { ext: await launchChromium(), seed: 0, selector: '.tp-empty' },
    { ext: await launchChromium(), seed: count, selector: '.tp-row' },
    ...(base ? [{ ext: await launchChromium({ extDir: base }), seed: count, selector: '.tp-row' }] : []),
  ];
  try {
    for (const b of builds) if (b.seed) await seedWatchlist(await b.ext.worker(), b.seed, 6);
    const times: number[][] = builds.map(() => []);
    for (let r = 0; r < rounds; r++) {
      for (const [i, b] of builds.entries()) {
        const { page, painted } = await openPopup(b.ext, b.ext.extUrl('popup.html'), b.selector);
        if (r > 0) times[i]!.push(painted); // the first is a cold open
        await page.close();
      }
    }
    return { reopens: rounds - 1, emptyPopupMs: round(median(times[0]!)), currentMs: round(median(times[1]!)), baseMs: base ? round(median(times[2]!)) : null };
  } finally {
    for (const b of builds) await b.ext.close();
  }
}

/** This build at 2,000 pinned; with TRACKPIN_BASE_EXT_DIR (an older build's chrome-mv3) that one too, for a ratio. */
export async function runPopupScaleBench(): Promise<Record<string, PopupScaleFigures | FloorFigures | InterleavedFigures>> {
  const out: Record<string, PopupScaleFigures | FloorFigures | InterleavedFigures> = {};
  const base = process.env.TRACKPIN_BASE_EXT_DIR;
  out.floor = await measureFloor();
  if (base) out.base = await measurePopupScale(2000, base);
  out.current = await measurePopupScale(2000);
  out.interleaved = await interleavedReopens(2000, base);
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log(JSON.stringify(await runPopupScaleBench(), null, 2));
}
