// A/B of detection engines on this machine (a plain script, not part of `npm run bench`):
//   npx tsx tests/bench/detection-ab.ts <folder of utils/tracking-numbers> <another> …
// Each folder is bundled by esbuild (as detection-vs-old.ts does, so no cross-module getters skew the
// comparison), then all run in turn on the first 1 MB of the generated corpus (a stand-in for ordinary order
// text), round after round. Short runs fit between the bursts of other jobs on a shared machine: the 10th
// percentile of each engine's times is its figure, and each is printed as a ratio to the first folder's.
// Give a folder twice to see the noise floor: the same engine bundled twice differs by up to ±3–4% here.
// ROUNDS (default 150) and SIZE (bytes, default 1 000 000) are read from the environment.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { generateCorpus } from './detection-corpus';

type Find = (text: string) => unknown[];

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))]!;
}

const folders = process.argv.slice(2);
if (folders.length === 0) throw new Error('usage: detection-ab.ts <engine folder> [<engine folder> …]');
const dir = mkdtempSync(path.join(tmpdir(), 'trackpin-ab-'));
try {
  const finds: Find[] = [];
  for (const [i, folder] of folders.entries()) {
    const outfile = path.join(dir, `engine${i}.mjs`);
    await build({ entryPoints: [path.resolve(folder, 'index.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'warning' });
    finds.push(((await import(pathToFileURL(outfile).href)) as { findTrackingNumbers: Find }).findTrackingNumbers);
  }
  const { text } = generateCorpus(Number(process.env.SIZE ?? 1_000_000));
  const rounds = Number(process.env.ROUNDS ?? 150);
  for (let w = 0; w < 10; w++) for (const find of finds) find(text);
  const times: number[][] = finds.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (const [i, find] of finds.entries()) {
      const t0 = performance.now();
      find(text);
      times[i]!.push(performance.now() - t0);
    }
  }
  const first = quantile(times[0]!, 0.1);
  for (const [i, folder] of folders.entries()) {
    const p10 = quantile(times[i]!, 0.1);
    console.log(`${folder}: p10 ${p10.toFixed(2)} ms, median ${quantile(times[i]!, 0.5).toFixed(2)} ms, speed ${(first / p10).toFixed(3)}x the first`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
