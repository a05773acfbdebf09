// The store packages: `npm run zip` makes the Chrome and Firefox zips and the Firefox sources zip, and the
// sources, unpacked in a clean folder and built with the README's commands (`npm ci`, then
// `npx wxt build -b firefox`), give byte for byte the files of the Firefox package — the check AMO's
// reviewers make. `npm ci --offline`: CI has no registry here, and the npm cache that the checkout's own
// `npm ci` filled holds every package of the lockfile.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'trackpin-store-'));

/**
 * The environment of a reviewer's shell: without Vitest's own variables (NODE_ENV=test would make Vite build
 * another bundle than the store one).
 */
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));

function run(command: string, args: string[], cwd: string, env: Record<string, string | undefined> = {}): void {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...cleanEnv, ...env }, timeout: 240_000 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
}

/** Every file under `dir` (relative path → sha256). */
function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return out;
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('store packages', () => {
  it('npm run zip makes both store zips; the Firefox sources rebuild to the same files as its package', () => {
    const out = path.join(work, 'out');
    run('npm', ['run', 'zip'], ROOT, { WXT_OUT_DIR: out });
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const zips = readdirSync(out).filter((f) => f.endsWith('.zip')).sort();
    expect(zips).toEqual([`trackpin-${version}-chrome.zip`, `trackpin-${version}-firefox.zip`, `trackpin-${version}-sources.zip`]);

    const pkg = path.join(work, 'package');
    const src = path.join(work, 'sources');
    run('unzip', ['-q', path.join(out, `trackpin-${version}-firefox.zip`), '-d', pkg], work);
    run('unzip', ['-q', path.join(out, `trackpin-${version}-sources.zip`), '-d', src], work);
    expect(readdirSync(src).sort()).toEqual(
      ['README.md', 'components', 'entrypoints', 'package-lock.json', 'package.json', 'public', 'scripts', 'tsconfig.json', 'utils', 'wxt.config.ts'].sort(),
    );

    // The reviewer's commands, in a folder that never saw this checkout's build.
    run('npm', ['ci', '--offline', '--no-audit', '--no-fund'], src, { WXT_OUT_DIR: undefined });
    run('npx', ['wxt', 'build', '-b', 'firefox'], src, { WXT_OUT_DIR: undefined });

    const built = hashes(path.join(src, '.output', 'firefox-mv3'));
    const submitted = hashes(pkg);
    expect(Object.keys(built).length).toBeGreaterThan(10);
    expect(built).toEqual(submitted);
  }, 360_000);
});
