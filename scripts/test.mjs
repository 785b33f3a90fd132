#!/usr/bin/env node
// `npm test`: type-check, unit tests, build, real-browser tests. Installs Debian's chromium and
// fonts-noto-cjk when they are missing and we are root (CI runs as root); otherwise says exactly
// what to install (scripts/browser-deps.mjs).
// Ends with one plain line "tests: N passed, N failed" summing every vitest run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { ensureBrowserDeps } from './browser-deps.mjs';

const CHROMIUM = process.env.FORMWARDEN_CHROMIUM || '/usr/bin/chromium';
let passed = 0;
let failed = 0;
let ok = true;

function run(label, cmd, args, opts = {}) {
  console.log(`\n── ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) { console.log(`── ${label} FAILED (exit ${r.status})`); ok = false; }
  return r.status === 0;
}

function countVitest(file) {
  try {
    const j = JSON.parse(readFileSync(file, 'utf8'));
    passed += j.numPassedTests ?? 0;
    failed += (j.numFailedTests ?? 0) + (j.numFailedTestSuites && !j.numFailedTests ? j.numFailedTestSuites : 0);
  } catch { failed += 1; }
}

mkdirSync('out', { recursive: true });
run('type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=out/unit-results.json']);
countVitest('out/unit-results.json');
if (ensureBrowserDeps(CHROMIUM)) {
  if (run('build', 'npm', ['run', '-s', 'build'])) {
    run('browser tests', 'npx', ['vitest', 'run', '--config', 'test/browser/vitest.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=out/browser-results.json']);
    countVitest('out/browser-results.json');
  }
} else {
  ok = false;
  failed += 1;
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
