// `npm run pictures`: the README's pictures. Runs the headless demo as a new install sees it (`npm start --
// --headless`, TrackingMore v4, whose parcels carry the carrier's expected day), then copies its screenshots from .output/demo/ to docs/pictures/, squeezed with pngquant when
// it is installed (`apt-get install pngquant`; without it they are kept lossless, about three times larger).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const DEMO = path.resolve('.output/demo');
const OUT = path.resolve('docs/pictures');

const demo = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/start.ts', '--headless'], { stdio: 'inherit' });
if (demo.status !== 0) process.exit(demo.status ?? 1);

const hasPngquant = spawnSync('pngquant', ['--version']).status === 0;
if (!hasPngquant) console.warn('pngquant not found: copying the screenshots uncompressed.');
mkdirSync(OUT, { recursive: true });
let total = 0;
for (const name of readdirSync(DEMO).filter((f) => f.endsWith('.png')).sort()) {
  const from = path.join(DEMO, name);
  const to = path.join(OUT, name);
  const squeezed =
    hasPngquant && spawnSync('pngquant', ['--quality', '60-90', '--strip', '--skip-if-larger', '--force', '--output', to, from]).status === 0;
  if (!squeezed) copyFileSync(from, to);
  const size = statSync(to).size;
  total += size;
  console.log(`  docs/pictures/${name} ${(size / 1024).toFixed(0)} kB`);
}
console.log(`${(total / 1024).toFixed(0)} kB in docs/pictures/`);
