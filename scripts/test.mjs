#!/usr/bin/env node
// `npm test`: everything CI runs, in order, stopping at the first failing step:
// typecheck → unit tests → production builds (Chrome, Firefox) → web-ext lint → e2e in both browsers.
// Ends with one summary line "N passed, N failed" over all test cases.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const bin = (name) => path.resolve('node_modules/.bin', name);
const reports = mkdtempSync(path.join(tmpdir(), 'trackpin-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${result.status ?? result.signal})`);
    summary();
    process.exit(result.status || 1);
  }
}

function vitest(title, args) {
  const out = path.join(reports, `${title.replace(/\W+/g, '-')}.json`);
  run(title, bin('vitest'), ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
  }
}

function summary() {
  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
}

run('typecheck', bin('tsc'), ['--noEmit']);
vitest('unit tests', []);
run('build chrome-mv3', bin('wxt'), ['build']);
run('build firefox-mv3', bin('wxt'), ['build', '-b', 'firefox']);
run('web-ext lint (firefox-mv3)', bin('web-ext'), ['lint', '--source-dir', '.output/firefox-mv3', '--no-input', '--output', 'text', '--warnings-as-errors']);
vitest('e2e tests', ['--config', 'tests/e2e/vitest.config.ts']);
summary();
