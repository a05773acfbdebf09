// The detection engine where users meet it: this engine and an older one (TRACKPIN_OLD_ENGINE, as in
// detection-vs-old.ts), each bundled by esbuild, run in one page of Chromium and one of Firefox on the same
// corpus, alternating runs, medians of the per-run ratios; then each engine alone in a fresh page, in turn.
// The two differ in Firefox: next to the older engine, which allocates ten times as much, the collector's
// young generation grows, and the matches of a run are mostly gone before it is collected; alone, they are
// copied out of it, a fifth of the run. A real page's own scripts can do either. Node's figures
// (detection-vs-old.ts) come from a V8 without pointer compression: there every match object is twice its size
// in Chrome, and the collector's share of the time is larger than in any browser.

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
  /** The corpus one line per call: a stand-in for short texts (table cells, a single-page app's updates). */
  linesRatio: number;
  /** Each engine alone in a fresh page, in turn: medians of the pages' medians, ms, and of neighbouring ratios. */
  aloneCurrentMs: number;
  aloneOldMs: number;
  aloneRatio: number;
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

/** What runs in a page holding one engine: the median of a few runs on the whole text, ms. */
function runAloneInPage([text, globalName]: [string, string]): number {
  const find = (globalThis as unknown as Record<string, { findTrackingNumbers: (t: string) => unknown[] }>)[globalName]!.findTrackingNumbers;
  for (let i = 0; i < 3; i++) find(text);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    find(text);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[2]!;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

type SideBySide = Omit<BrowserEngineFigures, 'aloneCurrentMs' | 'aloneOldMs' | 'aloneRatio'>;

function figures(browser: BrowserEngineFigures['browser'], { whole, lines }: ReturnType<typeof runInPage>): SideBySide {
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

const GLOBALS = ['TRACKPIN_CURRENT', 'TRACKPIN_OLD'] as const;

async function prepare(page: BenchPage, scripts: readonly string[]): Promise<void> {
  // tsx (esbuild keepNames) wraps the functions run in the page in __name(); give the page one.
  await page.evaluate('window.__name = (f) => f');
  for (const content of scripts) await page.addScriptTag({ content });
}

/**
 * Both engines side by side in one page, then each alone in fresh pages (`newPage`, closed after), in turn
 * for `aloneRounds` rounds.
 */
async function measureIn(
  newPage: () => Promise<BenchPage & { close(): Promise<unknown> }>,
  browser: BrowserEngineFigures['browser'],
  scripts: readonly string[],
  corpus: string,
  rounds: number,
  aloneRounds = 6,
): Promise<BrowserEngineFigures> {
  const page = await newPage();
  await prepare(page, scripts);
  const sideBySide = figures(browser, (await page.evaluate(runInPage, [corpus, rounds])) as ReturnType<typeof runInPage>);
  await page.close();
  const alone: [number[], number[]] = [[], []];
  for (let r = 0; r < aloneRounds; r++) {
    for (const i of r % 2 === 0 ? [0, 1] : [1, 0]) {
      const fresh = await newPage();
      await prepare(fresh, [scripts[i]!]);
      alone[i]!.push((await fresh.evaluate(runAloneInPage, [corpus, GLOBALS[i]])) as number);
      await fresh.close();
    }
  }
  return {
    ...sideBySide,
    aloneCurrentMs: median(alone[0]),
    aloneOldMs: median(alone[1]),
    aloneRatio: median(alone[1].map((t, k) => t / alone[0][k]!)),
  };
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
      await bundle(path.resolve(import.meta.dirname, '../../utils/tracking-numbers/index.ts'), GLOBALS[0], dir),
      await bundle(path.resolve(oldDir, 'index.ts'), GLOBALS[1], dir),
    ];
    const out: BrowserEngineFigures[] = [];

    const chrome = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
    try {
      // A browser context of its own per page, as a fresh profile would have; closed with the page.
      const newPage = async () => {
        const context = await chrome.newContext();
        const page = (await context.newPage()) as unknown as BenchPage;
        return Object.assign(page, { close: () => context.close() });
      };
      out.push(await measureIn(newPage, 'chromium', scripts, corpus, rounds));
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
      const newPage = async () => (await firefox.newPage()) as unknown as BenchPage & { close(): Promise<unknown> };
      out.push(await measureIn(newPage, 'firefox', scripts, corpus, rounds));
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
    console.log(
      `  ${r.browser.padEnd(8)} corpus, each alone in a fresh page  current ${r.aloneCurrentMs.toFixed(1)} ms | old ${r.aloneOldMs.toFixed(1)} ms | ${r.aloneRatio.toFixed(2)}x`,
    );
  }
}
