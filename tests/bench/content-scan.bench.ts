// STAND-IN, for quick iteration: a copy of the scanner bundled and injected into a page (not the
// extension, and timed from inside the page). The real figures come from content-trace.bench.ts (the
// production build, attributed from a Chromium trace). A generated 2 MB order history (20,000 text
// nodes, 300 numbers) in headless Chromium. Prints figures, asserts nothing.
//   npx tsx tests/bench/content-scan.bench.ts
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { SEED } from '../../sandbox/seed-data';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ContentBenchFigures {
  page: { htmlBytes: number; textNodes: number; numbersInPage: number };
  marked: number;
  /** Bare TreeWalker pass over all text nodes (median of 5), ms. */
  bareWalkMs: number;
  /** Scan + mark with no scheduling gaps (one synchronous run), ms, and its ratio to the bare walk. */
  markSyncMs: number;
  markSyncRatio: number;
  /** Of the synchronous run: time inside the detection engine, ms, and the characters it read. */
  engineMs: number;
  engineChars: number;
  /** The real thing: time-sliced with requestIdleCallback, start to all marked (wall clock), ms. */
  markScheduledWallMs: number;
  /** Time actually spent working across the slices, ms, and its ratio to the bare walk. */
  markScheduledBusyMs: number;
  markScheduledBusyRatio: number;
  slices: number;
  longestSliceMs: number;
  medianSliceMs: number;
  /** Slices of 50 ms or more (on a loaded machine, descheduling and GC show up here). */
  slicesOver50ms: number;
  /** Longest task the Long Tasks API saw during the scheduled scan (0 = none of 50 ms or more). */
  longestLongTaskMs: number;
  longTasks: number;
  bundle: { file: string; bytes: number; gzipBytes: number } | null;
  /** JS heap retained by the scanner after marking (after GC), kB. */
  extraHeapKB: number;
}

const NUMBERS = [SEED.ups, SEED.usps, SEED.dhl, SEED.chinaPost, SEED.postnl, SEED.cainiao, SEED.inpost, SEED.posteItaliane, SEED.russianPost, SEED.awb];
const WORDS = 'keyboard mouse cable adapter charger stand lamp desk chair monitor sleeve backpack bottle notebook pen headset speaker'.split(' ');

/** ~2 MB, 20,000 text nodes, 300 numbers (in a table with a "Tracking number" column). */
export function generateOrderHistory(): { html: string; numbers: number } {
  const rows: string[] = [];
  let numbers = 0;
  const ROWS = 4000; // 5 text nodes per row → 20,000
  for (let i = 0; i < ROWS; i++) {
    const withNumber = i % Math.floor(ROWS / 300) === 0 && numbers < 300;
    const desc = Array.from({ length: 60 }, (_, k) => WORDS[(i * 7 + k) % WORDS.length]).join(' ');
    const tracking = withNumber ? `<code>${NUMBERS[numbers++ % NUMBERS.length]}</code>` : 'Not shipped yet';
    rows.push(
      `<tr><td>#${100000 + i}</td><td>2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}</td>` +
        `<td>$${(i % 500) + 0.99}</td><td>${tracking}</td><td>${desc}</td></tr>`,
    );
  }
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Order history</title></head><body>
<h1>Your orders</h1><table><thead><tr><th>Order</th><th>Placed</th><th>Total</th><th>Tracking number</th><th>Items</th></tr></thead>
<tbody>${rows.join('')}</tbody></table></body></html>`;
  return { html, numbers };
}

async function bundleScanner(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { createPageScan } from '@/utils/page-scan';
        import { findTrackingNumbers, findTrackingNumbersInUrl } from '@/utils/tracking-numbers';
        window.__bench = { createPageScan, findTrackingNumbers, findTrackingNumbersInUrl };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    platform: 'browser',
    target: 'es2022',
  });
  return result.outputFiles[0]!.text;
}

function bundleFigures(): ContentBenchFigures['bundle'] {
  const base = process.env.TRACKPIN_EXT_DIR ?? '.output';
  const file = path.resolve(ROOT, base, 'chrome-mv3/content-scripts/content.js');
  if (!existsSync(file)) return null;
  const buf = readFileSync(file);
  return { file: path.relative(ROOT, file), bytes: buf.length, gzipBytes: gzipSync(buf).length };
}

export async function runContentBench(): Promise<ContentBenchFigures> {
  const { html, numbers } = generateOrderHistory();
  const script = await bundleScanner();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'],
  });
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    const heapUsed = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const load = async () => {
      await page.setContent(html, { waitUntil: 'load' });
      await page.addScriptTag({ content: script });
      // tsx (esbuild keepNames) wraps functions passed to evaluate in __name(); give the page one.
      await page.evaluate('window.__name = (f) => f');
    };

    await load();
    const bare = await page.evaluate(() => {
      const times: number[] = [];
      let nodes = 0;
      for (let run = 0; run < 5; run++) {
        const t0 = performance.now();
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let n = 0;
        let chars = 0;
        for (let node = w.nextNode(); node; node = w.nextNode()) {
          n++;
          chars += (node as Text).data.length;
        }
        times.push(performance.now() - t0);
        nodes = n + (chars > 0 ? 0 : 1);
      }
      times.sort((a, b) => a - b);
      return { ms: times[2]!, nodes };
    });

    // Synchronous run: all work in one go, to compare pure cost with the bare walk.
    const sync = await page.evaluate(async () => {
      const b = (window as any).__bench;
      let engine = 0;
      let chars = 0;
      const scan = b.createPageScan({
        doc: document,
        find: (t: string) => {
          const t0 = performance.now();
          const r = b.findTrackingNumbers(t);
          engine += performance.now() - t0;
          chars += t.length;
          return r;
        },
        findInUrl: (h: string) => b.findTrackingNumbersInUrl(h),
        label: (n: string) => `Track ${n}`,
        runner: { budgetMs: 1e9, defer: (cb: () => void) => cb() },
      });
      const t0 = performance.now();
      scan.start();
      await scan.idle();
      const ms = performance.now() - t0;
      const marked = document.querySelectorAll('trackpin-mark').length;
      scan.stop();
      return { ms, marked, engine, chars };
    });

    // Scheduled run on a fresh page, as in the extension: idle callbacks, 8 ms slices.
    await load();
    const before = await heapUsed();
    await page.evaluate(() => {
      const w = window as any;
      w.__longTasks = [] as number[];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    const scheduled = await page.evaluate(async () => {
      const w = window as any;
      const b = w.__bench;
      let slices = 0;
      let busy = 0;
      let longest = 0;
      const scan = b.createPageScan({
        doc: document,
        find: (t: string) => b.findTrackingNumbers(t),
        findInUrl: (h: string) => b.findTrackingNumbersInUrl(h),
        label: (n: string) => `Track ${n}`,
        runner: {
          budgetMs: 8,
          // As in the content script: idle callbacks, using the idle time the browser grants (≤ 16 ms).
          defer: (cb: (idleMs?: number) => void) =>
            requestIdleCallback(
              (deadline) => {
                const t0 = performance.now();
                cb(deadline.timeRemaining());
                const d = performance.now() - t0;
                slices++;
                w.__sliceTimes.push(d);
                busy += d;
                longest = Math.max(longest, d);
              },
              { timeout: 100 },
            ),
        },
      });
      w.__scan = scan; // kept alive for the heap figure
      w.__sliceTimes = [] as number[];
      const t0 = performance.now();
      scan.start();
      await scan.idle();
      const wall = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 200)); // let the long-task observer deliver
      return {
        wall,
        busy,
        slices,
        longest,
        marked: document.querySelectorAll('trackpin-mark').length,
        medianSlice: [...w.__sliceTimes].sort((a: number, b: number) => a - b)[Math.floor(w.__sliceTimes.length / 2)] ?? 0,
        slicesOver50: w.__sliceTimes.filter((t: number) => t >= 50).length,
        longTasks: w.__longTasks as number[],
      };
    });
    const after = await heapUsed();

    const figures: ContentBenchFigures = {
      page: { htmlBytes: Buffer.byteLength(html), textNodes: bare.nodes, numbersInPage: numbers },
      marked: scheduled.marked,
      bareWalkMs: round(bare.ms),
      markSyncMs: round(sync.ms),
      markSyncRatio: round(sync.ms / bare.ms),
      engineMs: round(sync.engine),
      engineChars: sync.chars,
      markScheduledWallMs: round(scheduled.wall),
      markScheduledBusyMs: round(scheduled.busy),
      markScheduledBusyRatio: round(scheduled.busy / bare.ms),
      slices: scheduled.slices,
      longestSliceMs: round(scheduled.longest),
      medianSliceMs: round(scheduled.medianSlice),
      slicesOver50ms: scheduled.slicesOver50,
      longestLongTaskMs: round(Math.max(0, ...scheduled.longTasks)),
      longTasks: scheduled.longTasks.length,
      bundle: bundleFigures(),
      extraHeapKB: round((after - before) / 1024),
    };
    return figures;
  } finally {
    await browser.close();
  }
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await runContentBench();
  console.log(JSON.stringify(figures, null, 2));
}
