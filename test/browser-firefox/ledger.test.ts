// The consent ledger in Firefox ESR: consents given in the popup are in "My consents", and still
// there after the browser quits and starts again on the same profile (IndexedDB of the extension's
// origin; the moz-extension UUID is fixed, so the origin is the same after the restart).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureFirefoxBuilt,
  launchFirefox,
  poll,
  reportFor,
  ROOT,
  serveStatic,
  tabIdOf,
  type FirefoxExtension,
  type InExtension,
  type StaticServer,
} from './harness';

let site: StaticServer;
let profile: string;

beforeAll(async () => {
  ensureFirefoxBuilt();
  site = await serveStatic([join(ROOT, 'test/browser/pages')]);
  profile = mkdtempSync(join(tmpdir(), 'formwarden-firefox-ledger-'));
});

afterAll(async () => {
  await site?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

const count = (page: Page, selector: string) => page.evaluate((s) => document.querySelectorAll(s).length, selector);

async function consentsListed(ff: FirefoxExtension): Promise<{ page: Page; total: number }> {
  const page = await ff.openExtensionPage('src/ui/options/options.html#consents');
  const total = await poll(
    async () =>
      Number(
        await page.evaluate(
          () => document.querySelector('[data-testid=ledger-list]')?.getAttribute('data-total') ?? '',
        ),
      ) || 0,
    'My consents list',
  );
  return { page, total };
}

describe('Firefox: consent ledger', () => {
  it('consents given in the popup survive a browser restart', async () => {
    let granted = 0;
    let key: { origin: string; formFingerprint: string };
    let ff = await launchFirefox({ profile });
    try {
      const page = await ff.open(site.url('/health.html'));
      const tabId = await tabIdOf(ff.ext, page.url());
      const reply = await poll(
        async () => ((await reportFor(ff.ext, tabId))?.report.fields.length ? reportFor(ff.ext, tabId) : null),
        'report',
      );
      key = { origin: reply.origin, formFingerprint: reply.formFingerprint };
      const popup = await ff.openExtensionPage(`src/ui/popup/popup.html?tab=${tabId}`);
      await popup.waitForSelector('[data-testid=consent-panel]');
      const groups = await poll(async () => count(popup, '.ledger-groups > li button.ledger-grant'), 'consent groups');
      for (let i = 0; i < groups; i++) {
        await popup.click('.ledger-groups > li button.ledger-grant');
        await poll(
          async () => (await count(popup, '.ledger-recorded[data-decision=granted]')) === i + 1,
          `group ${i + 1} recorded`,
        );
      }
      granted = groups;
      expect(granted).toBeGreaterThan(0);
      const before = await consentsListed(ff);
      expect(before.total).toBe(granted);
    } finally {
      await ff.close();
    }

    ff = await launchFirefox({ profile });
    try {
      const after = await consentsListed(ff);
      expect(after.total).toBe(granted);
      expect(await count(after.page, 'tbody tr[data-state=granted]')).toBe(granted);
      const history = (await ff.ext.evaluate(
        (q) => (globalThis as unknown as InExtension).browser.runtime.sendMessage({ type: 'ledger/history', ...q }),
        key!,
      )) as { kind: string }[];
      expect(history.filter((e) => e.kind === 'granted').length).toBeGreaterThan(0);
    } finally {
      await ff.close();
    }
  });
});
