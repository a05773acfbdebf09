// Side-by-side throughput of this engine and an older one (the issue-18 baseline is da38db1), in one process,
// alternating runs, medians compared. Both engines are bundled by esbuild into one module each, as the
// production build bundles them: run through tsx, every cross-module import becomes a getter, and with two
// engines loaded those go megamorphic and slow the older one ~6x, which would flatter the ratio.
// The old source is never committed: point TRACKPIN_OLD_ENGINE at a checkout's utils/tracking-numbers, e.g.
//   mkdir /tmp/old && git archive da38db1 utils/tracking-numbers | tar -x -C /tmp/old
//   TRACKPIN_OLD_ENGINE=/tmp/old/utils/tracking-numbers npx tsx tests/bench/detection.bench.ts
// Without it this comparison is skipped.

import { mkdtempSync, rmSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type Find = (text: string) => unknown[];

export interface OldEngineFigures {
  oldEngine: string;
  /** Corpus throughput of both bundles, MB/s (medians of alternating runs). */
  currentMBps: number;
  oldMBps: number;
  /** current / old throughput on the corpus: the median of the ratios of neighbouring runs. */
  ratio: number;
  /** The same corpus given one line per call (as the content script gives one text segment per call): MB/s and ratio. */
  linesCurrentMBps: number;
  linesOldMBps: number;
  linesRatio: number;
  /** Prose-heavy text (detection-corpus.ts generateProse, a stand-in for e-mail bodies): MB/s and ratio. */
  proseCurrentMBps: number;
  proseOldMBps: number;
  proseRatio: number;
  /** Bytes allocated per character of the corpus (V8's sampling heap profiler, collected objects included). */
  currentBytesPerChar: number;
  oldBytesPerChar: number;
  /** Per adversarial input: its time / ordinary text time of the same size, for each engine. */
  adversarial: Record<string, { current: number; old: number }>;
}

async function bundle(entry: string, dir: string, name: string): Promise<Find> {
  const { build } = await import('esbuild');
  const outfile = path.join(dir, `${name}.mjs`);
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'warning' });
  const mod = (await import(pathToFileURL(outfile).href)) as { findTrackingNumbers: Find };
  return mod.findTrackingNumbers;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Bytes `find` allocates per character of `text`, garbage included, sampled by V8's heap profiler. */
async function bytesPerChar(find: Find, text: string): Promise<number> {
  const session = new Session();
  session.connect();
  try {
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 256,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    const runs = 3;
    for (let i = 0; i < runs; i++) find(text);
    const { profile } = await session.post('HeapProfiler.stopSampling');
    let bytes = 0;
    const walk = (node: typeof profile.head): void => {
      bytes += node.selfSize;
      node.children.forEach(walk);
    };
    walk(profile.head);
    return bytes / runs / text.length;
  } finally {
    session.disconnect();
  }
}

/**
 * Median ms of `a` and `b` on `input`, alternating so both see the same machine load, and the median of the
 * per-run ratios b / a (each from two neighbouring runs: steadier than a ratio of medians when other jobs
 * load the machine in bursts).
 */
function pair(a: Find, b: Find, input: string, runs: number): [number, number, number] {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < 2; i++) {
    a(input);
    b(input);
  }
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    a(input);
    ta.push(performance.now() - t0);
    t0 = performance.now();
    b(input);
    tb.push(performance.now() - t0);
  }
  return [median(ta), median(tb), median(tb.map((t, i) => t / ta[i]!))];
}

export async function compareWithOldEngine(
  corpus: string,
  ordinary: string,
  adversarial: Record<string, string>,
  prose: string,
): Promise<OldEngineFigures | undefined> {
  const oldDir = process.env.TRACKPIN_OLD_ENGINE;
  if (!oldDir) return undefined;
  const dir = mkdtempSync(path.join(tmpdir(), 'trackpin-bench-'));
  try {
    const current = await bundle(path.resolve(import.meta.dirname, '../../utils/tracking-numbers/index.ts'), dir, 'current');
    const old = await bundle(path.resolve(oldDir, 'index.ts'), dir, 'old');
    const mb = Buffer.byteLength(corpus, 'utf8') / 1_000_000;
    const [c, o, ratio] = pair(current, old, corpus, 15);
    const lines = corpus.split('\n');
    const perLine = (find: Find): Find => () => {
      for (const line of lines) find(line);
      return [];
    };
    const [lc, lo, linesRatio] = pair(perLine(current), perLine(old), corpus, 9);
    const [pc, po, proseRatio] = pair(current, old, prose, 15);
    const proseMB = Buffer.byteLength(prose, 'utf8') / 1_000_000;
    const [oc, oo] = pair(current, old, ordinary, 7);
    const ratios: OldEngineFigures['adversarial'] = {};
    for (const [name, input] of Object.entries(adversarial)) {
      const [ac, ao] = pair(current, old, input, 7);
      ratios[name] = { current: ac / oc, old: ao / oo };
    }
    return {
      oldEngine: oldDir,
      currentMBps: mb / (c / 1000),
      oldMBps: mb / (o / 1000),
      ratio,
      linesCurrentMBps: mb / (lc / 1000),
      linesOldMBps: mb / (lo / 1000),
      linesRatio,
      proseCurrentMBps: proseMB / (pc / 1000),
      proseOldMBps: proseMB / (po / 1000),
      proseRatio,
      currentBytesPerChar: await bytesPerChar(current, corpus),
      oldBytesPerChar: await bytesPerChar(old, corpus),
      adversarial: ratios,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printOldEngineFigures(f: OldEngineFigures | undefined): void {
  if (!f) {
    console.log('vs an older engine: skipped (set TRACKPIN_OLD_ENGINE to its utils/tracking-numbers folder)');
    return;
  }
  console.log(`vs older engine (${f.oldEngine}), both esbuild bundles, alternating runs, medians:`);
  console.log(`  corpus throughput  current ${f.currentMBps.toFixed(1)} MB/s | old ${f.oldMBps.toFixed(1)} MB/s | ${f.ratio.toFixed(2)}x (median of per-run ratios)`);
  console.log(`  one line per call  current ${f.linesCurrentMBps.toFixed(1)} MB/s | old ${f.linesOldMBps.toFixed(1)} MB/s | ${f.linesRatio.toFixed(2)}x`);
  console.log(`  prose-heavy text   current ${f.proseCurrentMBps.toFixed(1)} MB/s | old ${f.proseOldMBps.toFixed(1)} MB/s | ${f.proseRatio.toFixed(2)}x (a stand-in for e-mail bodies)`);
  console.log(`  allocated per character  current ${f.currentBytesPerChar.toFixed(2)} B | old ${f.oldBytesPerChar.toFixed(2)} B`);
  for (const [name, r] of Object.entries(f.adversarial)) {
    console.log(`  ${name.padEnd(32)} current ${r.current.toFixed(2)}x  old ${r.old.toFixed(2)}x of ordinary text`);
  }
}
