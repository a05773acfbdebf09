// What the content script costs every page it is injected into, before any number is found: its size,
// and from a Chromium trace (CDP Tracing) of a page load with the production build, the main-thread time
// to compile/parse content.js and to run it the first time (the injection's evaluation); and, on the same
// page with one tracking number, what a page with a possible number pays: content.js plus the detection
// engine (engine.js, injected on first use; builds before it had the engine inside content.js). Prints figures,
// asserts nothing. `TRACKPIN_BASE_EXT_DIR` (the chrome-mv3 folder of an older commit's build) is measured in the same run, for a
// before/after ratio on this noisy machine.
//   npx tsx tests/bench/content-start.bench.ts
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { buildDir, launchChromium } from '../e2e/harness';
import { recordTrace, type TraceEvent } from './trace-attribution';

const SCRIPT = 'content-scripts/content.js';
const ENGINE = 'engine.js';
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'toplevel', '__metadata'].join(',');
// An ordinary page with no tracking number: what every page pays.
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Article</title></head><body>
<h1>Weekend recipes</h1>${'<p>Slice the onions thinly, fry them slowly in butter until golden, then add the stock.</p>'.repeat(40)}</body></html>`;
// The same page with one number in it.
const NUMBER_PAGE = PAGE.replace('<h1>', '<p>Your UPS tracking number: 1Z999AA10123456784</p><h1>');


const urlOf = (e: TraceEvent): string => {
  const d = e.args?.data ?? e.args ?? {};
  return String(d.url ?? d.fileName ?? d.scriptName ?? '');
};

export interface StartFigures {
  contentKB: number;
  contentGzipKB: number;
  /** Compile/parse of content.js on the main thread (v8.compile), ms, median of runs. */
  compileMs: number;
  /** Its first run (the script's top level and WXT's main(): the start-up up to the first await), ms, median. */
  runMs: number;
  /** The whole injection (EvaluateScript: compile + run), ms, median. */
  startMs: number;
  engineKB: number;
  /** On the page with one number: every injection of content.js and engine.js (EvaluateScript), ms, median. */
  withNumberMs: number;
}

// The injection is one EvaluateScript holding a v8.compile (parse) and a v8.run (top level).
const pick = (events: TraceEvent[], name: string) => outerMs(events.filter((e) => e.name === name));

/** Outermost events only (nested ones are part of their parent). */
function outerMs(events: TraceEvent[]): number {
  const sorted = [...events].sort((a, b) => a.ts - b.ts);
  let end = -1;
  let ms = 0;
  for (const e of sorted) {
    if (e.ts < end) continue;
    ms += (e.dur ?? 0) / 1000;
    end = e.ts + (e.dur ?? 0);
  }
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number) => Math.round(n * 100) / 100;

export async function measureStart(extDir: string, runs = 7): Promise<StartFigures> {
  const code = readFileSync(path.join(extDir, SCRIPT));
  let engineBytes = 0;
  try {
    engineBytes = readFileSync(path.join(extDir, ENGINE)).length;
  } catch {
    // A build from before the engine was loaded on first use.
  }
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.url?.includes('number') ? NUMBER_PAGE : PAGE);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const ext = await launchChromium({ extDir });
  const compile: number[] = [];
  const run: number[] = [];
  const whole: number[] = [];
  const withNumber: number[] = [];
  const load = async (page: string) => {
    const tab = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(tab);
    const events = await recordTrace(cdp, CATEGORIES, async () => {
      await tab.goto(page, { waitUntil: 'load' });
      await tab.waitForTimeout(800); // document_idle injection, then its first idle work (and the engine's)
    });
    await tab.close();
    return events;
  };
  try {
    for (const p of ext.context.pages()) if (p.url().startsWith('chrome-extension://')) await p.close();
    for (let i = 0; i < runs; i++) {
      const events = await load(`${url}?run=${i}`);
      const ours = events.filter((e) => e.ph === 'X' && urlOf(e).endsWith(SCRIPT));
      if (process.env.START_DEBUG && i === 1) console.error(ours.map((e) => `${e.name} ${e.ts} ${((e.dur ?? 0) / 1000).toFixed(2)}`).join('\n'));
      compile.push(pick(ours, 'v8.compile'));
      run.push(pick(ours, 'v8.run'));
      whole.push(pick(ours, 'EvaluateScript'));
      const withEngine = (await load(`${url}number?run=${i}`)).filter((e) => e.ph === 'X' && (urlOf(e).endsWith(SCRIPT) || urlOf(e).endsWith(`/${ENGINE}`)));
      withNumber.push(pick(withEngine, 'EvaluateScript'));
    }
  } finally {
    await ext.close();
    await new Promise((r) => server.close(r));
  }
  return {
    contentKB: round(code.length / 1024),
    contentGzipKB: round(gzipSync(code).length / 1024),
    compileMs: round(median(compile)),
    runMs: round(median(run)),
    startMs: round(median(whole)),
    engineKB: round(engineBytes / 1024),
    withNumberMs: round(median(withNumber)),
  };
}

export async function runContentStartBench(): Promise<Record<string, StartFigures>> {
  const out: Record<string, StartFigures> = {};
  const base = process.env.TRACKPIN_BASE_EXT_DIR;
  if (base) out.base = await measureStart(base);
  out.current = await measureStart(buildDir('chrome'));
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await runContentStartBench(), null, 2));
}
