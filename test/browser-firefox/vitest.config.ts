// Real-browser tests in Firefox ESR: node environment (puppeteer-core drives firefox-esr over
// WebDriver BiDi), one fork so one browser at a time, long timeouts (a build may run first).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/browser-firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
