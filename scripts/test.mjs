#!/usr/bin/env node
// `npm test`: type-check, formatting (Prettier), lint (ESLint), unused exports (knip), unit tests, build,
// real-browser tests in Chromium and in Firefox ESR.
// Installs Debian's chromium, firefox-esr and fonts-noto-cjk when missing and we are root (CI runs
// as root); otherwise says exactly what to install (scripts/browser-deps.mjs).
// Ends with one plain line "tests: N passed, N failed" summing every vitest run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { ensureBrowsers } from './browser-deps.mjs';

const CHROMIUM = process.env.FORMWARDEN_CHROMIUM || '/usr/bin/chromium';
const FIREFOX = process.env.FORMWARDEN_FIREFOX || '/usr/bin/firefox-esr';
let passed = 0;
let failed = 0;
let ok = true;

function run(label, cmd, args, opts = {}) {
  console.log(`\n── ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    console.log(`── ${label} FAILED (exit ${r.status})`);
    ok = false;
  }
  return r.status === 0;
}

function countVitest(file) {
  try {
    const j = JSON.parse(readFileSync(file, 'utf8'));
    passed += j.numPassedTests ?? 0;
    failed += (j.numFailedTests ?? 0) + (j.numFailedTestSuites && !j.numFailedTests ? j.numFailedTestSuites : 0);
  } catch {
    failed += 1;
  }
}

function browserSuite(label, config, results) {
  const t0 = Date.now();
  run(label, 'npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${results}`,
  ]);
  countVitest(results);
  console.log(`── ${label}: ${Math.round((Date.now() - t0) / 1000)} s`);
}

mkdirSync('out', { recursive: true });
run('type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
run('lint', 'npx', ['eslint', '.']);
run('unused exports', 'npx', ['knip', '--no-progress']);
run('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=out/unit-results.json',
]);
countVitest('out/unit-results.json');
const [chromium, firefox] = ensureBrowsers([
  { path: CHROMIUM, pkg: 'chromium' },
  { path: FIREFOX, pkg: 'firefox-esr' },
]);
if (!chromium || !firefox) {
  ok = false;
  failed += 1;
}
if ((chromium || firefox) && run('build', 'npm', ['run', '-s', 'build'])) {
  if (chromium) browserSuite('browser tests (Chromium)', 'test/browser/vitest.config.ts', 'out/browser-results.json');
  if (firefox && run('Firefox build', 'npx', ['tsx', 'scripts/build-firefox.ts'])) {
    browserSuite(
      'browser tests (Firefox ESR)',
      'test/browser-firefox/vitest.config.ts',
      'out/browser-firefox-results.json',
    );
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
