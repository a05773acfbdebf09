// Detection bench (a plain script: `npx tsx tests/bench/detection.bench.ts`). Prints throughput on a
// generated 5 MB multilingual corpus next to ts-tracking-number and next to one regular-expression pass over
// the same text (the floor), precision / recall of both against the corpus labels, the time of adversarial
// inputs as a ratio to ordinary text of the same size, and per-format figures on the public test numbers of
// tracking_number_data. ts-tracking-number's regexes (\s* between every character) grow worse than linearly
// with input length, so it gets the first 10 kB and 100 kB in one call, and the first 100 kB line by line
// (as a content script would per text node); all are printed. With TRACKPIN_OLD_ENGINE set, it also prints
// this engine side by side with an older one, in Node (detection-vs-old.ts) and in a page of Chromium and of
// Firefox (detection-in-browsers.ts). Figures are printed, never asserted.

import { pathToFileURL } from 'node:url';
import { findTracking } from 'ts-tracking-number';
import { findTrackingNumbers } from '../../utils/tracking-numbers';
import { generateCorpus, generateProse, type Label } from './detection-corpus';
import { printPublicDataFigures, publicDataFigures, type FormatFigures } from './detection-public-data';
import { compareInBrowsers, printBrowserFigures, type BrowserEngineFigures } from './detection-in-browsers';
import { compareWithOldEngine, printOldEngineFigures, type OldEngineFigures } from './detection-vs-old';

const MB = 1_000_000;
/** Bytes of the corpus given to ts-tracking-number line by line, and the sizes given in one call. */
const TS_SUBSET = 100_000;
const TS_ONE_CALL = [10_000, 100_000];

export interface DetectionBenchFigures {
  corpusMB: number;
  /** One global regex pass for 10+ digit runs over the same corpus: how fast this machine is right now. */
  regexPassMBps: number;
  trackpinMBps: number;
  /** ts-tracking-number given the first 100 kB line by line. */
  tsTrackingNumberMBps: number;
  /** ts-tracking-number given the first 10 kB and 100 kB in one call, by size in kB. */
  tsOneCallMBps: Record<string, number>;
  /** Trackpin throughput / ts-tracking-number throughput (line by line, its fastest). */
  speedRatio: number;
  trackpin: { precision: number; recall: number };
  tsTrackingNumber: { precision: number; recall: number };
  /** Adversarial input time / ordinary text time, per input (same size, 1 MB). */
  adversarialRatios: Record<string, number>;
  /** Per format of tracking_number_data: identify, in-text, invalid accepted; Trackpin and ts-tracking-number. */
  publicData: FormatFigures[];
  /** Side by side with the engine at TRACKPIN_OLD_ENGINE (unset: skipped). */
  vsOldEngine: OldEngineFigures | undefined;
  /** The same, in a page of Chromium and of Firefox (unset: skipped). */
  vsOldEngineInBrowsers: BrowserEngineFigures[] | undefined;
}

function utf8MB(text: string): number {
  return Buffer.byteLength(text, 'utf8') / MB;
}

/** Best of `runs` timings in ms (the least disturbed by other work on the machine). */
function time(fn: () => unknown, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Precision and recall counting reported numbers against labelled ones (multiset, dashes ignored). */
function score(reported: readonly string[], labels: readonly Label[]): { precision: number; recall: number } {
  const pending = new Map<string, number>();
  for (const l of labels) {
    const key = l.number.replace(/-/g, '');
    pending.set(key, (pending.get(key) ?? 0) + 1);
  }
  let truePositives = 0;
  for (const r of reported) {
    const key = r.replace(/-/g, '');
    const left = pending.get(key) ?? 0;
    if (left > 0) {
      truePositives++;
      pending.set(key, left - 1);
    }
  }
  return {
    precision: reported.length === 0 ? 1 : truePositives / reported.length,
    recall: labels.length === 0 ? 1 : truePositives / labels.length,
  };
}

function adversarialInputs(size: number): Record<string, string> {
  const fill = (unit: string): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return {
    'one long digit run': fill('7'),
    'digit groups "1234 "': fill('1234 '),
    '10-digit runs after a keyword': fill('tracking 3318810025 '),
    'repeated "1Z"': fill('1Z'),
    'repeated "1Z " groups': fill('1Z '),
    'repeated "172-"': fill('172-'),
    'repeated "JJD0"': fill('JJD0'),
    // A URL in capitals after a short run of capitals: the scanner reads up to each a character at a time.
    'repeated "AB HTTP://x "': fill('AB HTTP://x '),
    'one endless tracking URL': `https://www.ups.com/track?tracknum=${fill('1Z999AA1012345678&x=')}`.slice(0, size),
  };
}

export async function runDetectionBench(): Promise<DetectionBenchFigures> {
  const { text, labels } = generateCorpus(5 * MB);
  const corpusMB = utf8MB(text);
  findTrackingNumbers(text); // warm up the JIT
  const trackpinMs = time(() => findTrackingNumbers(text), 5);
  const regexMs = time(() => text.match(/[0-9]{10,}/g), 5);

  const tsEnd = text.lastIndexOf('\n', TS_SUBSET) + 1;
  const tsLines = text.slice(0, tsEnd).split('\n');
  const tsLabels = labels.filter((l) => l.end <= tsEnd);
  let tsReported: string[] = [];
  const tsMs = time(() => {
    tsReported = tsLines.flatMap((line) => findTracking(line).map((t) => t.trackingNumber));
  }, 1);

  const trackpinMBps = corpusMB / (trackpinMs / 1000);
  const tsTrackingNumberMBps = utf8MB(text.slice(0, tsEnd)) / (tsMs / 1000);
  const tsOneCallMBps: Record<string, number> = {};
  for (const size of TS_ONE_CALL) {
    const part = text.slice(0, text.lastIndexOf('\n', size) + 1);
    tsOneCallMBps[String(size / 1000)] = utf8MB(part) / (time(() => findTracking(part), 1) / 1000);
  }

  const subset = text.slice(0, text.lastIndexOf('\n', MB) + 1);

  const ordinaryMs = time(() => findTrackingNumbers(subset), 5);
  const adversarialRatios: Record<string, number> = {};
  const adversarial = adversarialInputs(subset.length);
  for (const [name, input] of Object.entries(adversarial)) {
    adversarialRatios[name] = time(() => findTrackingNumbers(input), 3) / ordinaryMs;
  }

  return {
    corpusMB,
    regexPassMBps: corpusMB / (regexMs / 1000),
    trackpinMBps,
    tsTrackingNumberMBps,
    tsOneCallMBps,
    speedRatio: trackpinMBps / tsTrackingNumberMBps,
    trackpin: score(findTrackingNumbers(text).map((m) => m.number), labels),
    tsTrackingNumber: score(tsReported, tsLabels),
    adversarialRatios,
    publicData: publicDataFigures(),
    vsOldEngine: await compareWithOldEngine(text, subset, adversarial, generateProse(5 * MB)),
    vsOldEngineInBrowsers: await compareInBrowsers(text),
  };
}

function printFigures(f: DetectionBenchFigures): void {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  console.log(`corpus: ${f.corpusMB.toFixed(2)} MB generated multilingual order text`);
  console.log(`throughput  trackpin ${f.trackpinMBps.toFixed(1)} MB/s | floor: one regex pass /[0-9]{10,}/g ${f.regexPassMBps.toFixed(0)} MB/s`);
  console.log(`ts-tracking-number  first 100 kB line by line ${f.tsTrackingNumberMBps.toFixed(2)} MB/s (trackpin ${f.speedRatio.toFixed(0)}x)`);
  for (const [kB, mbps] of Object.entries(f.tsOneCallMBps)) {
    console.log(`ts-tracking-number  first ${kB} kB in one call ${mbps.toFixed(3)} MB/s (trackpin ${(f.trackpinMBps / mbps).toFixed(0)}x)`);
  }
  console.log(`trackpin            precision ${pct(f.trackpin.precision)}  recall ${pct(f.trackpin.recall)}`);
  console.log(`ts-tracking-number  precision ${pct(f.tsTrackingNumber.precision)}  recall ${pct(f.tsTrackingNumber.recall)}`);
  console.log('adversarial 1 MB inputs, time relative to 1 MB of ordinary text:');
  for (const [name, ratio] of Object.entries(f.adversarialRatios)) console.log(`  ${name.padEnd(32)} ${ratio.toFixed(2)}x`);
  printOldEngineFigures(f.vsOldEngine);
  printBrowserFigures(f.vsOldEngineInBrowsers);
  printPublicDataFigures(f.publicData);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) printFigures(await runDetectionBench());
