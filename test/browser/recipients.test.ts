// Who else reads the form (issue 10), in a real browser: a known session-replay provider's tag is
// reported by name; a second-origin script that only loads (no key listeners, no requests) is not
// reported as listening or receiving; the listening, beaconing replay script is not reported once
// the policy's `recipients` lists its domain (and is again when that policy is cleared).
// The page is served from 127.0.0.1 and the third party from 127.0.0.2 (harness.ts).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/core/policy';
import {
  ensureBuilt,
  launchWithExtension,
  liveFactsOf,
  poll,
  reportFor,
  ROOT,
  serveStatic,
  tabIdOf,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';

const PAGES = join(ROOT, 'test/browser/pages');
let browser: ExtensionBrowser;
let site: StaticServer;
let thirdParty: StaticServer;
const beacons: string[] = [];
const thirdPartyRequests: string[] = [];

beforeAll(async () => {
  ensureBuilt();
  site = await serveStatic([PAGES]);
  thirdParty = await serveStatic([PAGES], '127.0.0.2', [
    (req) => {
      thirdPartyRequests.push(req.url ?? '');
      return false; // logged only; the files are served as usual
    },
    (req, res) => {
      if (!req.url?.startsWith('/collect')) return false;
      beacons.push(req.url);
      res.writeHead(204, { 'access-control-allow-origin': '*' });
      res.end();
      return true;
    },
  ]);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await thirdParty?.close();
});

const checksOf = (findings: { rule: string; check: string }[]) => findings.map((f) => `${f.rule}/${f.check}`);
const LIVE_CHECKS = ['third-party-recipient/keystroke-listener', 'third-party-recipient/sent-while-typing'];

/** Sends a policy/* message from an extension page (the options page), as the options UI does. */
async function policyMessage(message: Record<string, unknown>): Promise<unknown> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/src/ui/options/options.html`);
    return await page.evaluate((m) => chrome.runtime.sendMessage(m), message);
  } finally {
    await page.close();
  }
}

async function openWithThirdParty(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(site.url(`${path}?tp=${encodeURIComponent(thirdParty.origin)}`), { waitUntil: 'load' });
  const tabId = await tabIdOf(browser.worker, page.url());
  await poll(() => reportFor(page, browser.extensionId, tabId), 'first report');
  return { page, tabId };
}

describe('third-party recipients in a real browser', () => {
  it('a known session-replay provider on a page with personal fields is named (static: the script URL only)', async () => {
    const page = await browser.context.newPage();
    // Hotjar's script cannot load (no network); waiting for "load" would wait on its failure.
    await page.goto(site.url('/recipients-replay.html'), { waitUntil: 'domcontentloaded' });
    const tabId = await tabIdOf(browser.worker, page.url());
    const finding = await poll(async () => {
      const r = await reportFor(page, browser.extensionId, tabId);
      return r?.report.findings.find((f) => f.rule === 'third-party-recipient' && f.check === 'session-replay') ?? null;
    }, 'session-replay finding');
    expect(finding.message.en).toContain('Hotjar');
    expect(finding.recipients).toContain('hotjar.com');
    expect(finding.fields).toContain('#idnum');
    expect(finding.citation.join(' ')).toContain('PIPL Art. 23');
    // The popup's "Who else can see this form" lists it.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/src/ui/popup/popup.html?tab=${tabId}`);
    await popup.waitForSelector('section.who li');
    expect(await popup.locator('section.who li').allTextContents()).toContain('hotjar.com');
    expect(await popup.locator('li.finding[data-check="session-replay"]').textContent()).toContain('Hotjar');
    await popup.close();
    await page.close();
  });

  it('a second-origin script that only loads (no key listeners, no requests) is neither a listener nor a receiver', async () => {
    const { page, tabId } = await openWithThirdParty('/recipients-quiet.html');
    await poll(() => page.evaluate(() => document.documentElement.dataset.quietLoaded === '1'), 'quiet script ran');
    expect(thirdPartyRequests.some((u) => u.startsWith('/recipients-quiet.js'))).toBe(true);
    await page.click('#idnum');
    await page.keyboard.type('ZX9QK7');
    // Positive condition first: the live facts taken when typing began are in the tab state.
    const lives = await poll(async () => {
      const l = await liveFactsOf(browser.worker, tabId);
      return l.some((f) => typeof f.firstFormInteractionAt === 'number') ? l : null;
    }, 'live facts of the typing');
    expect(lives.flatMap((l) => l.keyListeners ?? [])).toEqual([]);
    expect(lives.flatMap((l) => l.sentWhileTyping ?? [])).toEqual([]);
    const reply = await reportFor(page, browser.extensionId, tabId);
    const checks = checksOf(reply!.report.findings);
    for (const check of LIVE_CHECKS) expect(checks).not.toContain(check);
    expect(checks).not.toContain('third-party-recipient/session-replay');
    await page.close();
  });

  it('the listening, beaconing replay script is silenced when the policy lists its domain in `recipients` (and not otherwise)', async () => {
    // recipients entries are compared with the script origin's host and registrable domain
    // (src/core/evaluate/domains.ts). An IP host has no registrable domain, so the host itself is
    // the "domain" (127.0.0.2), and the validator's domain pattern accepts dotted digits: the IP
    // can be listed as it is.
    const thirdPartyHost = new URL(thirdParty.origin).hostname;
    const policy = { ...PRESETS['cn-pipl'], id: 'browser-test-recipients', recipients: [thirdPartyHost] };
    const loaded = await policyMessage({
      type: 'policy/load-local',
      text: JSON.stringify(policy),
      fileName: 'test.json',
    });
    expect(loaded, JSON.stringify(loaded)).toMatchObject({ ok: true });
    try {
      beacons.length = 0;
      const { page, tabId } = await openWithThirdParty('/third-party.html');
      await poll(
        () => page.evaluate(() => document.querySelector('script[src*="replay.js"]') !== null),
        'replay script',
      );
      await page.click('#idnum');
      await page.keyboard.type('ZX9QK7');
      await poll(() => beacons.length > 0, 'beacons at the third party');
      // Positive condition first: the listener and the requests after typing are in the tab state.
      await poll(async () => {
        const lives = await liveFactsOf(browser.worker, tabId);
        return (
          lives.some((l) => (l.keyListeners?.length ?? 0) > 0) &&
          lives.some((l) => (l.sentWhileTyping?.length ?? 0) > 0)
        );
      }, 'key listener and sent-while-typing facts');
      const reply = await reportFor(page, browser.extensionId, tabId);
      expect(reply!.report.policy).toMatchObject({ id: 'browser-test-recipients', source: 'local' });
      const checks = checksOf(reply!.report.findings);
      for (const check of LIVE_CHECKS) expect(checks).not.toContain(check);
      expect(reply!.report.findings.filter((f) => f.rule === 'third-party-recipient')).toEqual([]);

      // Control: without that policy the same facts give both findings (the report is evaluated afresh).
      expect(await policyMessage({ type: 'policy/clear-local' })).toMatchObject({ ok: true });
      await poll(async () => {
        const r = await reportFor(page, browser.extensionId, tabId);
        const c = checksOf(r?.report.findings ?? []);
        return r?.report.policy.source !== 'local' && LIVE_CHECKS.every((x) => c.includes(x));
      }, 'keystroke-listener and sent-while-typing findings once the policy is cleared');
      await page.close();
    } finally {
      await policyMessage({ type: 'policy/clear-local' });
    }
  });
});
