// Issue 13: a failure is never silent, in the real extension. The fault is a real one, made with no
// test hook in the product: the extension's session storage is full (its quota is 10 MB, shared by
// every open tab's scans and reports), so the tab's scan and report cannot be stored. The badge
// must say "!" in its own colour, the popup must say that FormWarden could not check the page and
// why, and the options page must show the last failure; once storage has room, the page is checked.
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMS_DIR } from '../fixtures/load-page';
import { badgeColour, badgeText, ensureBuilt, launchWithExtension, poll, reportFor, serveStatic, type ExtensionBrowser, type StaticServer } from './harness';

const FILLER = 'zz-test-filler-';
/** src/background/badge.ts FAILURE_BADGE (that module needs the extension's globals to import). */
const PURPLE = '#6a1b9a';

/** Fills chrome.storage.session until not even 256 bytes more fit. */
function fillSessionStorage(worker: Worker): Promise<{ quota: number; filled: number }> {
  return worker.evaluate(async (prefix) => {
    const quota = chrome.storage.session.QUOTA_BYTES;
    let size: number = quota;
    let filled = 0;
    for (let i = 0; size >= 256; ) {
      try {
        await chrome.storage.session.set({ [`${prefix}${i}`]: 'x'.repeat(size) });
        filled += size;
        i++;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return { quota, filled };
  }, FILLER);
}

function emptyFiller(worker: Worker): Promise<void> {
  return worker.evaluate(async (prefix) => {
    const keys = Object.keys(await chrome.storage.session.get(null)).filter((k) => k.startsWith(prefix));
    await chrome.storage.session.remove(keys);
  }, FILLER);
}

/** Tab ids as the extension sees them (it has no "tabs" permission, so no URLs: tell tabs apart by id). */
function tabIds(worker: Worker): Promise<number[]> {
  return worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1));
}

const hex = (rgba: number[]) => `#${rgba.slice(0, 3).map((n) => n.toString(16).padStart(2, '0')).join('')}`;

describe('a tab FormWarden cannot check says so', () => {
  let server: StaticServer;
  let b: ExtensionBrowser;

  beforeAll(async () => {
    ensureBuilt();
    server = await serveStatic([FORMS_DIR]);
    b = await launchWithExtension();
  }, 60_000);

  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('session storage full: "!" in purple on the badge, the reason in the popup and on the options page; checked again once there is room', async () => {
    const { quota, filled } = await fillSessionStorage(b.worker);
    console.log(`[evaluation-failure] storage.session quota ${quota} bytes, filled ${filled}`);
    const url = server.url('/campus-daily-health-report.html');
    const before = await tabIds(b.worker);
    const page = await b.context.newPage();
    await page.goto(url);
    const tabId = await poll(async () => (await tabIds(b.worker)).find((id) => !before.includes(id)) ?? 0, 'the new tab');

    await poll(async () => (await badgeText(b.worker, tabId)) === '!', 'the failure badge', 30_000);
    expect(hex(await badgeColour(b.worker, tabId))).toBe(PURPLE);
    expect(await b.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toBe('FormWarden could not check this page');

    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/src/ui/popup/popup.html?tab=${tabId}`);
    const failed = popup.getByTestId('evaluation-failed');
    await failed.waitFor({ timeout: 15_000 });
    expect(await failed.getByRole('heading').textContent()).toBe('FormWarden could not check this page');
    expect(await popup.getByTestId('evaluation-failed-reason').textContent()).toMatch(/quota/i);
    expect(await popup.locator('.finding').count()).toBe(0);

    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/src/ui/options/options.html`);
    const last = options.getByTestId('last-failure');
    await last.waitFor({ timeout: 15_000 });
    expect(await options.getByTestId('last-failure-when').textContent()).toContain(url);
    expect(await options.getByTestId('last-failure-reason').textContent()).toMatch(/quota/i);

    // Room again: the same tab is checked, and the badge shows its findings instead of "!".
    await emptyFiller(b.worker);
    await page.reload();
    const reply = await poll(() => reportFor(page, b.extensionId, tabId), 'the report once storage has room', 30_000);
    expect(reply.report.findings.length).toBeGreaterThan(0);
    await poll(async () => (await badgeText(b.worker, tabId)) === String(reply.report.findings.length), 'the findings badge', 15_000);
    expect(await b.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toBe('FormWarden');
    await Promise.all([popup.close(), options.close(), page.close()]);
  }, 120_000);
});

