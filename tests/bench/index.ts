// `npm run bench`: builds the extension, then prints every benchmark's figures. Figures are printed,
// never asserted: these machines are shared and noisy, so compare ratios within one run.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

function build() {
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    const r = spawnSync(path.resolve('node_modules/.bin/wxt'), args, { stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`wxt ${args.join(' ')} failed`);
  }
}

function bundleSizes(dir: string) {
  const rows: { file: string; kB: string; gzipKB: string }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(js|css|html)$/.test(name)) {
        const buf = readFileSync(p);
        rows.push({ file: path.relative(dir, p), kB: (buf.length / 1024).toFixed(1), gzipKB: (gzipSync(buf).length / 1024).toFixed(1) });
      }
    }
  };
  walk(dir);
  return rows.sort((a, b) => Number(b.kB) - Number(a.kB));
}

build();
for (const target of ['chrome-mv3', 'firefox-mv3']) {
  console.log(`\n## Bundle sizes: ${target}`);
  console.table(bundleSizes(path.resolve('.output', target)));
}

// Each benchmark module exports a run function that prints its own figures.
const benches: [string, string, string][] = [
  ['Detection engine', './detection.bench', 'runDetectionBench'],
  ['Content script start on every page: size, compile and first run, from a Chromium trace (TRACKPIN_BASE_EXT_DIR adds an older build)', './content-start.bench', 'runContentStartBench'],
  ['Content script, production build, from a Chromium trace', './content-trace.bench', 'runTracedContentBench'],
  ['Content script: injected copy of the scanner (stand-in, for quick iteration)', './content-scan.bench', 'runContentBench'],
  ['Popup render', './popup-render.bench', 'runPopupBench'],
  ['Polling: API calls a day, status schedule vs a fixed 30-minute poll (sandbox clock; scripted statuses and refreshes: a stand-in)', './poll-schedule.bench', 'runPollScheduleBench'],
  ['Popup at 2,000 pinned: open to first rows painted, scroll frames (trace), filter (TRACKPIN_BASE_EXT_DIR adds an older build)', './popup-scale.bench', 'runPopupScaleBench'],
];
for (const [title, file, fn] of benches) {
  console.log(`\n## ${title}`);
  const mod = (await import(file)) as Record<string, () => Promise<unknown>>;
  const figures = await mod[fn]!();
  if (figures !== undefined) console.log(JSON.stringify(figures, null, 2));
}
