// The HR preview page in Firefox ESR, as test/browser/preview.test.ts does it in Chromium: pasted
// HTML gives a report with findings and marks drawn in the rendered form; a URL is opened in a
// background tab and its live report is shown.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureFirefoxBuilt,
  launchFirefox,
  poll,
  ROOT,
  serveStatic,
  type FirefoxExtension,
  type StaticServer,
} from './harness';

const PAGES = join(ROOT, 'test/browser/pages');
const HEALTH = readFileSync(join(PAGES, 'health.html'), 'utf8');
let ff: FirefoxExtension;
let server: StaticServer;

beforeAll(async () => {
  ensureFirefoxBuilt();
  server = await serveStatic([PAGES]);
  ff = await launchFirefox();
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

/** Sets a Preact-controlled field as typing would (an input event), without typing 3 KB. */
const fill = (page: Page, testId: string, value: string) =>
  page.evaluate(
    (t, v) => {
      const el = document.querySelector(`[data-testid="${t}"]`) as HTMLInputElement | HTMLTextAreaElement;
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    testId,
    value,
  );

async function findingChecks(page: Page): Promise<string[]> {
  await page.waitForSelector('[data-testid=report] [data-testid=summary]', { timeout: 30_000 });
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid=finding]')].map(
      (e) => `${e.getAttribute('data-rule')}/${e.getAttribute('data-check')}`,
    ),
  );
}

describe('Firefox: HR preview page', () => {
  it('pasted HTML: report with findings and fixes, marks drawn in the rendered form', async () => {
    const page = await ff.openExtensionPage('src/ui/preview/preview.html');
    await page.waitForSelector('[data-testid=paste]');
    await fill(page, 'paste', HEALTH);
    await fill(page, 'page-url', 'https://oa.example.cn/health/daily');
    await page.click('[data-testid=scan]');
    const checks = await findingChecks(page);
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.some((c) => c.startsWith('consent-notice/'))).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('.fix').length)).toBeGreaterThan(0);
    await poll(
      () =>
        page.evaluate(() => {
          const frame = document.querySelector<HTMLIFrameElement>('[data-testid=preview-frame]');
          return (frame?.contentDocument?.querySelectorAll('[data-formwarden-mark]').length ?? 0) > 0;
        }),
      'marks in the preview frame',
    );
    await page.close();
  });

  it('a URL is opened in a background tab and its live report is shown', async () => {
    const page = await ff.openExtensionPage('src/ui/preview/preview.html');
    await page.click('[data-testid=mode-url]');
    await page.waitForSelector('[data-testid=url]');
    await fill(page, 'url', server.url('/health.html'));
    await page.click('[data-testid=scan]');
    const checks = await findingChecks(page);
    expect(checks.length).toBeGreaterThan(0);
    // Served over http on loopback, which Secure Contexts counts as potentially trustworthy (issue
    // 15): the live page gets no transport finding.
    expect(checks.some((c) => c.startsWith('insecure-transport/'))).toBe(false);
    await page.close();
  });
});
