// The README's first command: `npm start` serves the bundled samples, opens each in Chromium with the
// production build and prints what the extension found. Run headless, as on a machine without a
// display: every sample is scanned and reported, the flagged ones with a badge.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const samples = [
  ...readFileSync(join(ROOT, 'public/samples/index.html'), 'utf8').matchAll(/href="([^"]+)\.html"/g),
].map((m) => m[1]!);

describe('npm start', () => {
  it('prints every bundled sample’s badge and findings (headless)', { timeout: 180_000 }, () => {
    const env: NodeJS.ProcessEnv = { ...process.env, FORMWARDEN_HEADLESS: '1' };
    delete env.DISPLAY;
    const run = spawnSync('npx', ['tsx', 'scripts/start.ts'], { cwd: ROOT, env, encoding: 'utf8', timeout: 170_000 });
    const out = `${run.stdout}\n${run.stderr}`;
    expect(run.status, out).toBe(0);
    expect(samples.length).toBeGreaterThanOrEqual(5);
    for (const name of samples) {
      expect(out, `${name} in: ${out}`).toMatch(new RegExp(`^${name}: badge "\\d*" — \\d+ finding\\(s\\)`, 'm'));
    }
    expect(out).not.toContain('no report');
    // The samples with issues are flagged (the wjx one with a count on its badge).
    expect(out).toMatch(/^wjx-daily-health-report-with-issues: badge "[1-9]\d*"/m);
  });
});
