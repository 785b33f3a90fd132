// Issue 13: a failure is never silent, in the real extension. The fault is a real one, made with no
// test hook in the product: the extension's session storage is full (its quota is 10 MB, shared by
// every open tab's scans and reports), so the tab's scan and report cannot be stored. The badge
// must say "!" in its own colour, the popup must say that FormWarden could not check the page and
// why, and the options page must show the last failure; once storage has room, the page is checked.
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMS_DIR } from '../fixtures/load-page';
import {
  badgeColour,
  badgeText,
  ensureBuilt,
  launchWithExtension,
  poll,
  reportFor,
  serveStatic,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';

const FILLER = 'zz-test-filler-';
/** src/background/badge.ts FAILURE_BADGE (that module needs the extension's globals to import). */
const PURPLE = '#6a1b9a';

/** Fills chrome.storage.session until not even 256 bytes more fit. */
function fillSessionStorage(worker: Worker): Promise<{ quota: number; filled: number }> {
  return worker.evaluate(async (prefix) => {
    const quota = chrome.storage.session.QUOTA_BYTES;
    let size: number = quota;
    let filled = 0;
    for (let i = 0; size >= 256;) {
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

/**
 * Stops the extension's service worker (as Chrome does when it is idle) and waits for a fresh one:
 * module state is gone, storage is what it reads again. Returns the worker to talk to.
 */
async function restartWorker(b: ExtensionBrowser, page: Page): Promise<Worker> {
  await b.worker.evaluate(() => {
    (globalThis as { beforeRestart?: boolean }).beforeRestart = true;
  });
  const cdp = await b.context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(b.extensionId));
  await cdp.send('Target.closeTarget', { targetId: sw!.targetId });
  await cdp.detach();
  const waking = await b.context.newPage();
  await waking.goto(`chrome-extension://${b.extensionId}/src/ui/options/options.html`);
  const fresh = (w: Worker) =>
    w.evaluate(() => !(globalThis as { beforeRestart?: boolean }).beforeRestart).catch(() => false);
  const worker = await poll(async () => {
    for (const w of b.context.serviceWorkers()) if (w.url().includes(b.extensionId) && (await fresh(w))) return w;
    return undefined;
  }, 'a fresh service worker');
  await waking.close();
  return worker;
}

const hex = (rgba: number[]) =>
  `#${rgba
    .slice(0, 3)
    .map((n) => n.toString(16).padStart(2, '0'))
    .join('')}`;

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
    const tabId = await poll(
      async () => (await tabIds(b.worker)).find((id) => !before.includes(id)) ?? 0,
      'the new tab',
    );

    await poll(async () => (await badgeText(b.worker, tabId)) === '!', 'the failure badge', 30_000);
    expect(hex(await badgeColour(b.worker, tabId))).toBe(PURPLE);
    expect(await b.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toBe(
      'FormWarden could not check this page',
    );

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
    await poll(
      async () => (await badgeText(b.worker, tabId)) === String(reply.report.findings.length),
      'the findings badge',
      15_000,
    );
    expect(await b.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toBe('FormWarden');
    await Promise.all([popup.close(), options.close(), page.close()]);
  }, 120_000);

  it('a stored policy an older FormWarden accepted without purposes leaves force at start-up: the page is checked under the default', async () => {
    // What an older version stored after accepting a local policy without purposes (which then
    // made every evaluation throw): written straight into storage.local, as that version did.
    await b.worker.evaluate(async () => {
      const policy = { id: 'old-local', version: '1', jurisdiction: 'CN' };
      await chrome.storage.local.set({
        policyState: {
          layers: { lastValid: { local: { policy, receivedAt: 1, warnings: [] } }, rejections: {} },
          managedPresent: false,
          outcomes: [],
        },
      });
    });
    const blank = await b.context.newPage();
    b.worker = await restartWorker(b, blank);
    await blank.close();

    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/src/ui/options/options.html#policy`);
    await poll(
      async () => (await options.getByTestId('policy-source').getAttribute('data-source')) === 'default',
      'the default policy in force',
    );
    expect(await options.locator('.history').textContent()).toMatch(/local: old-local 1 — rejected \(1\)/);

    const url = server.url('/campus-daily-health-report.html');
    const before = await tabIds(b.worker);
    const page = await b.context.newPage();
    await page.goto(url);
    const tabId = await poll(
      async () => (await tabIds(b.worker)).find((id) => !before.includes(id)) ?? 0,
      'the new tab',
    );
    const reply = await poll(
      () => reportFor(page, b.extensionId, tabId),
      'the report under the default policy',
      30_000,
    );
    expect(reply.report.policy).toMatchObject({ id: 'cn-pipl', source: 'default' });
    expect(reply.report.findings.length).toBeGreaterThan(0);
    await poll(
      async () => (await badgeText(b.worker, tabId)) === String(reply.report.findings.length),
      'the findings badge',
    );
    await Promise.all([options.close(), page.close()]);
  }, 120_000);
});
