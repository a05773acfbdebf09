// The content script of the PRODUCTION build in Chromium, attributed from a browser trace (CDP Tracing):
// a 2 MB order history, one 5 MB text node, and 100,000 nodes under a mutation storm. Prints figures,
// asserts nothing (shared, noisy machines: read the ratios). Needs `npx wxt build` first.
//   npx tsx tests/bench/content-trace.bench.ts
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { launchChromium, chromiumPath, CHROMIUM_ARGS } from '../e2e/harness';
import { SEED } from '../../sandbox/seed-data';
import { generateOrderHistory } from './content-scan.bench';
import { attribute, frameGaps, longestTask, longestTasks, recordTrace, type Breakdown, type TraceEvent } from './trace-attribution';

const NUMBERS = [SEED.ups, SEED.usps, SEED.dhl, SEED.chinaPost, SEED.postnl, SEED.cainiao, SEED.inpost, SEED.posteItaliane, SEED.russianPost, SEED.awb];
const WORDS = 'keyboard mouse cable adapter charger stand lamp desk chair monitor sleeve backpack bottle notebook'.split(' ');

// The page asks for every animation frame from its load on: the trace's animation-frame callbacks are
// then the frames it got, and the gaps between them its frame gaps.
const FRAME_METER = `<script>
addEventListener('load', () => { const f = () => requestAnimationFrame(f); f(); });
</script>`;

function hugeTextPage(): { html: string; numbers: number } {
  const parts: string[] = [];
  let size = 0;
  let numbers = 0;
  while (size < 5_000_000) {
    const chunk = Array.from({ length: 2000 }, (_, k) => WORDS[(size + k) % WORDS.length]).join(' ');
    const tail = numbers < 40 ? ` tracking number ${NUMBERS[numbers++ % NUMBERS.length]} ` : ' ';
    parts.push(chunk + tail);
    size += chunk.length + tail.length;
  }
  return { html: `<!doctype html><html><head><meta charset="utf-8">${FRAME_METER}</head><body><p>${parts.join('')}</p></body></html>`, numbers };
}

/** 25,000 rows of 4 nodes (100,000 nodes); on load, a row is added every 4 ms for 3 s (every 25th with a number). */
export function stormPage(): { html: string; numbers: number } {
  const rows: string[] = [];
  for (let i = 0; i < 25_000; i++) {
    const n = i % 1250 === 0 ? `tracking ${NUMBERS[(i / 1250) % NUMBERS.length]}` : `Item ${i}`;
    rows.push(`<div>${n} <b>${WORDS[i % WORDS.length]}</b></div>`);
  }
  // The feed (newest row first) and the counter are contained, as a chat or log view would be, so the
  // page's own inserts stay cheap: without the extension its frames stay under 100 ms, and what Trackpin
  // adds shows. (A scrolling feed made the page's own pre-paint take up to 100 ms a frame.)
  const script = `<script>
  const NUMS = ${JSON.stringify(NUMBERS)};
  window.__storm = { rows: 0, numbers: 0, done: false };
  addEventListener('load', () => { let i = 0; const t0 = performance.now(); const box = document.getElementById('feed');
    const id = setInterval(() => {
      const row = document.createElement('div');
      row.textContent = i % 25 === 0 ? 'shipped, tracking ' + NUMS[(i / 25) % NUMS.length] : 'update ' + i;
      window.__storm.rows++; if (i % 25 === 0) window.__storm.numbers++;
      box.prepend(row); document.getElementById('clock').textContent = String(i++);
      if (performance.now() - t0 > 3000) { clearInterval(id); window.__storm.done = true; performance.mark('storm-end'); }
    }, 4); });
  </script>`;
  // 20 numbers at load; the page counts the numbers it inserts (as many rows as its own timer manages).
  return {
    html: `<!doctype html><html><head><meta charset="utf-8">${FRAME_METER}${script}</head><body><p id="clock" style="contain:strict;height:1.5em;width:10em">0</p><div id="feed" style="contain:strict;height:300px;overflow:hidden"></div>${rows.join('')}</body></html>`,
    numbers: 20,
  };
}

async function serve(pages: Record<string, string>) {
  const server = http.createServer((req, res) => {
    const html = pages[(req.url ?? '/').slice(1)];
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(r)) };
}

const CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack',
  'v8.execute', 'toplevel', 'blink.user_timing', 'loading', '__metadata',
  ...(process.env.TRACE_PROFILE ? ['disabled-by-default-v8.cpu_profiler'] : []),
].join(',');


// Counts marks Trackpin made (both marking techniques: elements, or ranges of the highlight registry).
const countMarks = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('trackpin-mark[tabindex]').length + (document.documentElement.dataset.trackpinMarks ? Number(document.documentElement.dataset.trackpinMarks) : 0));

type Storm = { rows: number; numbers: number; done: boolean };
const stormState = (page: Page) => page.evaluate(() => (window as unknown as { __storm?: Storm }).__storm ?? null);

async function waitMarked(page: Page, atLoad: number, timeoutMs: number): Promise<number> {
  const until = Date.now() + timeoutMs;
  let n = 0;
  while (Date.now() < until) {
    n = await countMarks(page).catch(() => 0);
    const storm = await stormState(page).catch(() => null);
    if (storm && !storm.done) {
      await page.waitForTimeout(250);
      continue;
    }
    if (n >= atLoad + (storm?.numbers ?? 0)) break;
    await page.waitForTimeout(250);
  }
  return n;
}

function userMark(events: TraceEvent[], name: string): number | null {
  const e = events.find((x) => x.name === name && (x.cat ?? '').includes('blink.user_timing'));
  return e ? e.ts : null;
}

export interface TracedFigures {
  numbersInPage: number;
  marked: number;
  /** Mutation storm: rows the page's own 4 ms timer managed to insert in 3 s (its throughput). */
  stormRowsInserted?: number;
  /** The same storm in a browser without the extension. */
  stormRowsInsertedWithout?: number;
  /**
   * From the end of the page's own load work (its last main-thread task from the trace, not Trackpin's, or
   * the load event, whichever is later) to the end of Trackpin's last task (its last marks), ms.
   */
  timeToAllMarkedMs: number | null;
  /** From the start of Trackpin's first task (the script starting at `document_idle`) to the end of its last, ms. */
  firstToLastTaskMs: number | null;
  longestTrackpinTaskMs: number;
  trackpinTotalMs: number;
  /** The same two in thread time (CPU), which load on a shared machine does not inflate. */
  longestTrackpinTaskCpuMs: number;
  trackpinTotalCpuMs: number;
  /** Trackpin's total split by what the trace says it was doing, ms. */
  breakdownMs: Breakdown;
  trackpinTasks: number;
  trackpinTasksOver50ms: number;
  longestMainThreadTaskMs: number;
  /** Longest gap between animation frames after the load event (from the trace), with the extension and without. */
  maxFrameGapMs: number;
  maxFrameGapWithoutMs: number;
  /** Frame gaps of 100 ms or more, with and without the extension. */
  frameGapsOver100: number;
  frameGapsOver100Without: number;
  /** One bare TreeWalker pass (SHOW_TEXT, reading every text node's data) on a freshly loaded page, in an isolated world as a content script runs: median of 3 loads, ms. */
  bareWalkMs: number;
  /** The same pass repeated on a page already walked (DOM wrappers exist, code optimised): median of 5, ms. */
  bareWalkWarmMs: number;
  /** Thread time of the cold bare pass (its task in a trace), ms. */
  bareWalkCpuMs: number;
  totalToBareRatio: number;
  totalToBareCpuRatio: number;
}

const BARE_WALK = `(() => {
  const t0 = performance.now();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = w.nextNode(); node; node = w.nextNode()) chars += node.data.length;
  return [performance.now() - t0, chars];
})()`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

interface Without {
  bareMs: number;
  /** Thread time of the cold pass's task (from a trace), ms. */
  bareCpuMs: number;
  bareWarmMs: number;
  gaps: number[];
  storm: Storm | null;
}

/** The same page in a browser without the extension: the bare walk (the floor any scan is compared with), and the page's own frame gaps. */
async function withoutExtension(url: string): Promise<Without> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    const cold: number[] = [];
    const coldCpu: number[] = [];
    const warm: number[] = [];
    for (let load = 0; load < 3; load++) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await page.waitForTimeout(300);
      const cdp = await page.context().newCDPSession(page);
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'bare-walk' });
      const walk = async () => ((await cdp.send('Runtime.evaluate', { contextId: executionContextId, expression: BARE_WALK, returnByValue: true })).result.value as [number, number])[0];
      let ms = 0;
      const trace = await recordTrace(cdp, 'toplevel,__metadata', async () => void (ms = await walk()));
      cold.push(ms);
      // The walk's task; if the trace missed it (its longest task is not the walk), its wall time.
      const task = longestTask(trace);
      coldCpu.push(task.ms >= ms * 0.8 ? task.cpuMs : ms);
      if (load === 0) for (let i = 0; i < 5; i++) warm.push(await walk());
      await page.close();
    }
    // The page's own frame gaps (and, in the storm, its own throughput), untouched.
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    const trace = await recordTrace(cdp, CATEGORIES, async () => {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      // Nothing marks here: wait for the storm (if any) to end, then as long as the run with the extension.
      for (let i = 0; i < 120 && (await stormState(page))?.done === false; i++) await page.waitForTimeout(250);
      await page.waitForTimeout(1500);
    });
    if (process.env.TRACE_SAVE) writeFileSync(`${process.env.TRACE_SAVE}-${new URL(url).pathname.slice(1)}-without.json`, JSON.stringify({ traceEvents: trace }));
    const gaps = frameGaps(trace);
    const storm = await stormState(page);
    await page.close();
    return { bareMs: median(cold), bareCpuMs: median(coldCpu), bareWarmMs: median(warm), gaps, storm };
  } finally {
    await browser.close();
  }
}

export async function runTracedContentBench(): Promise<Record<string, TracedFigures>> {
  const order = generateOrderHistory();
  const pagesDef = {
    'order-history-2MB': { html: order.html.replace('<head>', `<head>${FRAME_METER}`), numbers: order.numbers },
    'text-node-5MB': hugeTextPage(),
    'mutation-storm-100k': stormPage(),
  };
  const server = await serve(Object.fromEntries(Object.entries(pagesDef).map(([k, v]) => [k, v.html])));
  const ext = await launchChromium();
  const out: Record<string, TracedFigures> = {};
  try {
    for (const p of ext.context.pages()) if (p.url().startsWith('chrome-extension://')) await p.close();
    for (const [name, def] of Object.entries(pagesDef)) {
      if (process.env.TRACE_ONLY && !name.includes(process.env.TRACE_ONLY)) continue;
      const page = await ext.context.newPage();
      const cdp = await ext.context.newCDPSession(page);
      let marked = 0;
      const events = await recordTrace(cdp, CATEGORIES, async () => {
        await page.goto(`${server.url}/${name}`, { waitUntil: 'load', timeout: 60_000 });
        marked = await waitMarked(page, def.numbers, 30_000);
        await page.waitForTimeout(1500); // trailing work (last commit, layout)
      });
      const storm = await stormState(page);
      const gaps = frameGaps(events);
      await page.close();
      const a = attribute(events, `chrome-extension://${ext.extensionId}/`, !!process.env.TRACE_DEBUG);
      if (process.env.TRACE_DEBUG) console.error(name, longestTasks(events, 3));
      // TRACE_SAVE=<prefix>: keeps the trace to read by hand (chrome://tracing, Perfetto).
      if (process.env.TRACE_SAVE) writeFileSync(`${process.env.TRACE_SAVE}-${name}.json`, JSON.stringify({ traceEvents: events }));
      const pageDone = Math.max(userMark(events, 'storm-end') ?? 0, a.loadTs ?? 0, a.pageWorkEnd ?? 0) || null;
      const without = await withoutExtension(`${server.url}/${name}`);
      out[name] = {
        numbersInPage: def.numbers + (storm?.numbers ?? 0),
        marked,
        ...(storm ? { stormRowsInserted: storm.rows, stormRowsInsertedWithout: without.storm?.rows ?? 0 } : {}),
        timeToAllMarkedMs: pageDone !== null && a.lastEnd > 0 ? round(Math.max(0, a.lastEnd - pageDone) / 1000) : null,
        firstToLastTaskMs: a.lastEnd > 0 ? round((a.lastEnd - a.firstStart) / 1000) : null,
        longestTrackpinTaskMs: round(a.longestMs),
        trackpinTotalMs: round(a.totalMs),
        longestTrackpinTaskCpuMs: round(a.longestCpuMs),
        trackpinTotalCpuMs: round(a.totalCpuMs),
        breakdownMs: Object.fromEntries(Object.entries(a.breakdown).map(([k, v]) => [k, round(v)])) as unknown as Breakdown,
        trackpinTasks: a.tasks.length,
        trackpinTasksOver50ms: a.tasks.filter((t) => t.ms >= 50).length,
        longestMainThreadTaskMs: round(a.longestAnyTaskMs),
        maxFrameGapMs: round(Math.max(0, ...gaps)),
        maxFrameGapWithoutMs: round(Math.max(0, ...without.gaps)),
        frameGapsOver100: gaps.filter((g) => g >= 100).length,
        frameGapsOver100Without: without.gaps.filter((g) => g >= 100).length,
        bareWalkMs: round(without.bareMs),
        bareWalkWarmMs: round(without.bareWarmMs),
        bareWalkCpuMs: round(without.bareCpuMs),
        totalToBareRatio: round(a.totalMs / without.bareMs),
        totalToBareCpuRatio: round(a.totalCpuMs / without.bareCpuMs),
      };
    }
  } finally {
    await ext.close();
    await server.close();
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const before = loadavg()[0]!;
  const figures = await runTracedContentBench();
  console.log(JSON.stringify({ loadAverage: [round(before), round(loadavg()[0]!)], ...figures }, null, 2));
}
