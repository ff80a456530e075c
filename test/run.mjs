#!/usr/bin/env node
// The whole suite behind `npm test`: static checks, the build the e2e and packaging tests need, then every
// Vitest project. The last line is the plain `N passed, N failed` CI reads, computed from Vitest's JSON
// report plus one entry per static check; the exit code is non-zero when anything failed or nothing ran.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';

const reportFile = 'test-results/vitest.json';
const checks = [
  ['typecheck: shared (no DOM, no Node)', 'tsc', ['-p', 'shared/tsconfig.json']],
  ['typecheck: renderer', 'tsc', ['-p', 'renderer/tsconfig.json']],
  ['typecheck: electron', 'tsc', ['-p', 'electron/tsconfig.json']],
  ['typecheck: tests and tooling', 'tsc', ['-p', 'tsconfig.json']],
  ['lint', 'eslint', ['--max-warnings=0', '.']],
  ['build (main, preload, renderer)', 'electron-vite', ['build']],
];

const run = (cmd, args) =>
  spawnSync(`node_modules/.bin/${cmd}`, args, { stdio: 'inherit', env: process.env }).status === 0;

let checksPassed = 0;
let checksFailed = 0;
for (const [name, cmd, args] of checks) {
  console.log(`\n=== ${name}`);
  if (run(cmd, args)) {
    checksPassed += 1;
    console.log(`--- ${name}: ok`);
  } else {
    checksFailed += 1;
    console.log(`--- ${name}: FAILED`);
  }
}

console.log('\n=== vitest (node, renderer, e2e)');
rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
const extra = process.argv.slice(2);
run('vitest', [
  'run',
  '--config',
  'test/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reportFile}`,
  ...extra,
]);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  passed = report.numPassedTests ?? 0;
  // A file that failed to load has no failed test of its own: count it once; a failed test counts once.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  failed = (report.numFailedTests ?? 0) + brokenFiles;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
} else {
  console.log('vitest wrote no report: counting the run as failed');
  failed += 1;
}

const totalPassed = passed + checksPassed;
const totalFailed = failed + checksFailed;
console.log(`\nvitest: ${passed} passed, ${failed} failed, ${skipped} skipped; static checks: ${checksPassed} passed, ${checksFailed} failed`);
console.log(`${totalPassed} passed, ${totalFailed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(totalFailed > 0 || passed === 0 ? 1 : 0);
