// The content script of the PRODUCTION build in Chromium, attributed from a browser trace (CDP Tracing):
// a 2 MB order history, one 5 MB text node, and 100,000 nodes under a mutation storm. Prints figures,
// asserts nothing (shared, noisy machines: read the ratios). Needs `npx wxt build` first.
//   npx tsx tests/bench/content-trace.bench.ts
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { launchChromium, chromiumPath, CHROMIUM_ARGS } from '../e2e/harness';
import { SEED } from '../../sandbox/seed-data';
import { generateOrderHistory } from './content-scan.bench';
import { attribute, longestTasks, recordTrace, type TraceEvent } from './trace-attribution';

const NUMBERS = [SEED.ups, SEED.usps, SEED.dhl, SEED.chinaPost, SEED.postnl, SEED.cainiao, SEED.inpost, SEED.posteItaliane, SEED.russianPost, SEED.awb];
const WORDS = 'keyboard mouse cable adapter charger stand lamp desk chair monitor sleeve backpack bottle notebook'.split(' ');

// The page measures its own frame gaps (requestAnimationFrame deltas) from its load on.
const FRAME_METER = `<script>
addEventListener('load', () => { let last = performance.now(); window.__gaps = [];
  const f = (t) => { window.__gaps.push(t - last); last = t; requestAnimationFrame(f); }; requestAnimationFrame(f); });
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

/** 25,000 rows of 4 nodes; on load, a row is added every 4 ms for 3 s (every 25th with a number). */
export function stormPage(): { html: string; numbers: number } {
  const rows: string[] = [];
  for (let i = 0; i < 25_000; i++) {
    const n = i % 1250 === 0 ? `tracking ${NUMBERS[(i / 1250) % NUMBERS.length]}` : `Item ${i}`;
    rows.push(`<div>${n} <b>${WORDS[i % WORDS.length]}</b></div>`);
  }
  // The feed is contained (as a chat or log view would be) so the page's own inserts stay cheap.
  const script = `<script>
  const NUMS = ${JSON.stringify(NUMBERS)};
  window.__storm = { rows: 0, numbers: 0, done: false };
  addEventListener('load', () => { let i = 0; const t0 = performance.now(); const box = document.getElementById('feed');
    const id = setInterval(() => {
      const row = document.createElement('div');
      row.textContent = i % 25 === 0 ? 'shipped, tracking ' + NUMS[(i / 25) % NUMS.length] : 'update ' + i;
      window.__storm.rows++; if (i % 25 === 0) window.__storm.numbers++;
      box.append(row); document.getElementById('clock').textContent = String(i++);
      if (performance.now() - t0 > 3000) { clearInterval(id); window.__storm.done = true; performance.mark('storm-end'); }
    }, 4); });
  </script>`;
  // 20 numbers at load; the page counts the numbers it inserts (as many rows as its own timer manages).
  return {
    html: `<!doctype html><html><head><meta charset="utf-8">${FRAME_METER}${script}</head><body><p id="clock">0</p><div id="feed" style="contain:strict;height:300px;overflow:auto"></div>${rows.join('')}</body></html>`,
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
  /** From the page's own load work ending (load event, or the storm's end) to Trackpin's last work, ms. */
  timeToAllMarkedMs: number | null;
  longestTrackpinTaskMs: number;
  trackpinTotalMs: number;
  trackpinTasks: number;
  trackpinTasksOver50ms: number;
  longestMainThreadTaskMs: number;
  maxFrameGapMs: number;
  bareWalkMs: number;
  totalToBareRatio: number;
}

async function bareWalk(url: string): Promise<number> {
  // A browser without the extension, same machine, same page: the floor any scan is compared with.
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    return await page.evaluate(() => {
      const times: number[] = [];
      for (let run = 0; run < 5; run++) {
        const t0 = performance.now();
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let chars = 0;
        for (let node = w.nextNode(); node; node = w.nextNode()) chars += (node as Text).data.length;
        times.push(performance.now() - t0 + (chars < 0 ? 1 : 0));
      }
      return times.sort((a, b) => a - b)[2]!;
    });
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
      const gaps = await page.evaluate(() => (window as unknown as { __gaps?: number[] }).__gaps ?? []);
      await page.close();
      const a = attribute(events, `chrome-extension://${ext.extensionId}/`, !!process.env.TRACE_DEBUG);
      if (process.env.TRACE_DEBUG) console.error(name, longestTasks(events, 3));
      const pageDone = userMark(events, 'storm-end') ?? a.loadTs;
      const bare = await bareWalk(`${server.url}/${name}`);
      out[name] = {
        numbersInPage: def.numbers + (storm?.numbers ?? 0),
        marked,
        ...(storm ? { stormRowsInserted: storm.rows } : {}),
        timeToAllMarkedMs: pageDone !== null && a.lastEnd > 0 ? round((a.lastEnd - pageDone) / 1000) : null,
        longestTrackpinTaskMs: round(a.longestMs),
        trackpinTotalMs: round(a.totalMs),
        trackpinTasks: a.tasks.length,
        trackpinTasksOver50ms: a.tasks.filter((t) => t.ms >= 50).length,
        longestMainThreadTaskMs: round(a.longestAnyTaskMs),
        maxFrameGapMs: round(Math.max(0, ...gaps.slice(1))),
        bareWalkMs: round(bare),
        totalToBareRatio: round(a.totalMs / bare),
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
  console.log(JSON.stringify(await runTracedContentBench(), null, 2));
}
