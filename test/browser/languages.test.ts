// The popup and the in-page dialog follow the browser's UI language: 简体中文 and 繁體中文.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureBuilt,
  launchWithExtension,
  ROOT,
  serveStatic,
  waitForBadge,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';

let site: StaticServer;
beforeAll(async () => {
  ensureBuilt();
  site = await serveStatic([join(ROOT, 'test/browser/pages')]);
});
afterAll(async () => site?.close());

const CASES = [
  { lang: 'zh-CN', heading: '存在的问题', htmlLang: 'zh-CN' },
  { lang: 'zh-TW', heading: '發現的問題', htmlLang: 'zh-TW' },
];

describe('popup language', () => {
  for (const c of CASES) {
    it(`${c.lang}: headings and findings in ${c.lang}`, async () => {
      let browser: ExtensionBrowser | undefined;
      try {
        browser = await launchWithExtension({ lang: c.lang });
        const page = await browser.context.newPage();
        await page.goto(site.url('/health.html'), { waitUntil: 'load' });
        const { tabId } = await waitForBadge(browser.worker, page);
        const popup = await browser.context.newPage();
        await popup.goto(`chrome-extension://${browser.extensionId}/src/ui/popup/popup.html?tab=${tabId}`);
        await popup.waitForSelector('#findings-h');
        expect(await popup.locator('html').getAttribute('lang')).toBe(c.htmlLang);
        expect(await popup.locator('#findings-h').innerText()).toContain(c.heading);
        // The verdict and each finding's line are in the same language; a finding opens into its
        // message from the report, also in that language.
        expect(await popup.getByTestId('verdict').innerText()).toMatch(/[\u4e00-\u9fff]/);
        expect(await popup.locator('li.finding summary').first().innerText()).toMatch(/[\u4e00-\u9fff]/);
        await popup.locator('li.finding summary').first().click();
        const first = await popup.locator('li.finding p').first().innerText();
        expect(first).toMatch(/[\u4e00-\u9fff]/);
      } finally {
        await browser?.close();
      }
    });
  }
});
