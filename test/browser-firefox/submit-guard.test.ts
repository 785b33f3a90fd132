// The submit guard in Firefox ESR, as test/browser/submit-guard.test.ts does it in Chromium: with a
// local policy whose onSubmit is "confirm", the in-page dialog asks before a flagged form is sent
// (by its button and by page script); Esc keeps the page; "Send anyway" sends it and the ledger
// records the answer.
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/core/policy';
import {
  contentStats,
  ensureFirefoxBuilt,
  launchFirefox,
  poll,
  reportFor,
  ROOT,
  serveStatic,
  tabIdOf,
  waitForBadge,
  type FirefoxExtension,
  type InExtension,
  type StaticServer,
} from './harness';

let ff: FirefoxExtension;
let site: StaticServer;

async function usePolicy(onSubmit: 'warn' | 'confirm' | 'block'): Promise<void> {
  const policy = { ...PRESETS['cn-pipl'], id: `firefox-test-${onSubmit}`, onSubmit };
  const reply = await ff.ext.evaluate(
    (text) =>
      (globalThis as unknown as InExtension).browser.runtime.sendMessage({
        type: 'policy/load-local',
        text,
        fileName: 'test.json',
      }),
    JSON.stringify(policy),
  );
  expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true });
}

async function openFlagged(): Promise<Page> {
  const page = await ff.open(site.url('/confirm.html'));
  await waitForBadge(ff.ext, page);
  // The guard learns the policy's onSubmit with the marks: wait until they are drawn.
  await poll(async () => ((await contentStats(page))?.marks ?? 0) > 0, 'marks (and the guard) in place');
  return page;
}

const dialogOpen = async (page: Page) => (await contentStats(page))?.dialogOpen ?? false;
const onSubmittedPage = (page: Page) => page.url().includes('/submitted.html');

beforeAll(async () => {
  ensureFirefoxBuilt();
  site = await serveStatic([join(ROOT, 'test/browser/pages')]);
  ff = await launchFirefox();
  await usePolicy('confirm');
});

afterAll(async () => {
  await ff?.close();
  await site?.close();
});

describe('Firefox: submit guard', () => {
  it('asks before the submit button sends a flagged form; Esc cancels and the page stays', async () => {
    const page = await openFlagged();
    await poll(async () => {
      await page.click('#send');
      return dialogOpen(page);
    }, 'confirm dialog');
    expect(onSubmittedPage(page)).toBe(false);
    await page.keyboard.press('Escape');
    await poll(async () => !(await dialogOpen(page)), 'dialog closed');
    expect(onSubmittedPage(page)).toBe(false);
    await page.close();
  });

  it('"Send anyway" (Tab, Enter) sends the form, and the ledger records the answer', async () => {
    const page = await openFlagged();
    const tabId = await tabIdOf(ff.ext, page.url());
    const before = (await reportFor(ff.ext, tabId))!;
    await poll(async () => {
      await page.click('#send');
      return dialogOpen(page);
    }, 'confirm dialog');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await poll(() => onSubmittedPage(page), 'the form arrives');
    const history = await poll(async () => {
      const h = await ff.ext.evaluate(
        (q) => (globalThis as unknown as InExtension).browser.runtime.sendMessage({ type: 'ledger/history', ...q }),
        { origin: before.origin, formFingerprint: before.formFingerprint },
      );
      return Array.isArray(h) && h.length ? (h as { kind: string }[]) : null;
    }, 'ledger entry for the decision');
    expect(history.map((e) => e.kind)).toContain('granted');
    await page.close();
  });

  it('catches form.submit() called by page script', async () => {
    const page = await openFlagged();
    await poll(async () => {
      await page.click('#script-submit');
      return dialogOpen(page);
    }, 'confirm dialog for form.submit()');
    expect(onSubmittedPage(page)).toBe(false);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await poll(() => onSubmittedPage(page), 'the form arrives after "Send anyway"');
    await page.close();
  });
});
