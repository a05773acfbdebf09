// The detection engine where users meet it: this engine and an older one (TRACKPIN_OLD_ENGINE, as in
// detection-vs-old.ts), each bundled by esbuild, run in one page of Chromium and one of Firefox on the same
// corpus, alternating runs, medians of the per-run ratios. Node's figures (detection-vs-old.ts) come from a V8
// without pointer compression: there every match object is twice its size in Chrome, and the collector's share
// of the time is larger than in any browser.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath, firefoxPath } from '../e2e/harness';

export interface BrowserEngineFigures {
  browser: 'chromium' | 'firefox';
  /** Whole corpus in one call: medians of alternating runs, ms. */
  currentMs: number;
  oldMs: number;
  /** old / current, the median of neighbouring runs' ratios. */
  ratio: number;
  /** The corpus one line per call (as the content script gives one text segment per call). */
  linesRatio: number;
}

/** What runs in the page: both engines on the text, whole and line by line; times in ms. */
function runInPage([text, rounds]: [string, number]): { whole: number[][]; lines: number[][] } {
  type Find = (t: string) => unknown[];
  const g = globalThis as unknown as Record<string, { findTrackingNumbers: Find }>;
  const finds = [g.TRACKPIN_CURRENT!.findTrackingNumbers, g.TRACKPIN_OLD!.findTrackingNumbers];
  const lineList = text.split('\n');
  const perLine = (find: Find): void => {
    for (const line of lineList) find(line);
  };
  const timed = (fn: () => void): number => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  for (let i = 0; i < 3; i++) for (const find of finds) find(text);
  const whole: number[][] = [[], []];
  const lines: number[][] = [[], []];
  for (let r = 0; r < rounds; r++) for (const [i, find] of finds.entries()) whole[i]!.push(timed(() => find(text)));
  for (let r = 0; r < Math.ceil(rounds / 3); r++) for (const [i, find] of finds.entries()) lines[i]!.push(timed(() => perLine(find)));
  return { whole, lines };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function figures(browser: BrowserEngineFigures['browser'], { whole, lines }: ReturnType<typeof runInPage>): BrowserEngineFigures {
  const [current, old] = whole as [number[], number[]];
  const [linesCurrent, linesOld] = lines as [number[], number[]];
  return {
    browser,
    currentMs: median(current),
    oldMs: median(old),
    ratio: median(old.map((t, i) => t / current[i]!)),
    linesRatio: median(linesOld.map((t, i) => t / linesCurrent[i]!)),
  };
}

/** What both browsers' page objects offer that the measurement needs (Playwright's and Puppeteer's). */
interface BenchPage {
  evaluate(fn: unknown, arg?: unknown): Promise<unknown>;
  addScriptTag(options: { content: string }): Promise<unknown>;
}

async function measureIn(page: BenchPage, browser: BrowserEngineFigures['browser'], scripts: string[], corpus: string, rounds: number): Promise<BrowserEngineFigures> {
  // tsx (esbuild keepNames) wraps the functions in runInPage in __name(); give the page one.
  await page.evaluate('window.__name = (f) => f');
  for (const content of scripts) await page.addScriptTag({ content });
  return figures(browser, (await page.evaluate(runInPage, [corpus, rounds])) as ReturnType<typeof runInPage>);
}

async function bundle(entry: string, globalName: string, dir: string): Promise<string> {
  const outfile = path.join(dir, `${globalName}.js`);
  await build({ entryPoints: [entry], bundle: true, format: 'iife', globalName, platform: 'neutral', outfile, logLevel: 'warning' });
  return readFileSync(outfile, 'utf8');
}

export async function compareInBrowsers(corpus: string, rounds = 15): Promise<BrowserEngineFigures[] | undefined> {
  const oldDir = process.env.TRACKPIN_OLD_ENGINE;
  if (!oldDir) return undefined;
  const dir = mkdtempSync(path.join(tmpdir(), 'trackpin-browser-bench-'));
  try {
    const scripts = [
      await bundle(path.resolve(import.meta.dirname, '../../utils/tracking-numbers/index.ts'), 'TRACKPIN_CURRENT', dir),
      await bundle(path.resolve(oldDir, 'index.ts'), 'TRACKPIN_OLD', dir),
    ];
    const out: BrowserEngineFigures[] = [];

    const chrome = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
    try {
      out.push(await measureIn((await chrome.newPage()) as unknown as BenchPage, 'chromium', scripts, corpus, rounds));
    } finally {
      await chrome.close();
    }

    // Firefox rounds performance.now() to 1 ms unless told otherwise; a run here takes tens of ms.
    const firefox = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      headless: true,
      executablePath: firefoxPath(),
      extraPrefsFirefox: { 'privacy.reduceTimerPrecision': false },
    });
    try {
      out.push(await measureIn((await firefox.newPage()) as unknown as BenchPage, 'firefox', scripts, corpus, rounds));
    } finally {
      await firefox.close();
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printBrowserFigures(rows: BrowserEngineFigures[] | undefined): void {
  if (!rows) {
    console.log('in browsers vs an older engine: skipped (set TRACKPIN_OLD_ENGINE)');
    return;
  }
  console.log('in browsers vs the older engine, both esbuild bundles in one page, alternating runs, medians:');
  for (const r of rows) {
    console.log(
      `  ${r.browser.padEnd(8)} corpus  current ${r.currentMs.toFixed(1)} ms | old ${r.oldMs.toFixed(1)} ms | ${r.ratio.toFixed(2)}x (median of per-run ratios) | one line per call ${r.linesRatio.toFixed(2)}x`,
    );
  }
}
