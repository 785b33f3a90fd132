// Real-browser tests of the consent ledger (issue 5): grant in the popup and find it after a
// reload; purpose reuse and repeat collection on a second form; refusals shown first; revoke in
// "My consents"; the JSON and CSV exports download and parse.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveLedgerPages } from './ledger-pages';
import {
  ensureBuilt,
  launchWithExtension,
  poll,
  reportFor,
  serveStatic,
  tabIdOf,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';

let b: ExtensionBrowser;
let server: StaticServer;
const ext = (path: string) => `chrome-extension://${b.extensionId}/${path}`;

async function openForm(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await b.context.newPage();
  await page.goto(server.url(path));
  const tabId = await tabIdOf(b.worker, page.url());
  // The report exists once the scan arrived and was evaluated.
  await poll(async () => (await reportFor(page, b.extensionId, tabId))?.report.fields.length, `report for ${path}`);
  return { page, tabId };
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await b.context.newPage();
  await popup.goto(ext(`src/ui/popup/popup.html?tab=${tabId}`));
  await popup.waitForSelector('[data-testid=consent-panel]');
  return popup;
}

async function openConsents(): Promise<Page> {
  const options = await b.context.newPage();
  await options.goto(ext('src/ui/options/options.html#consents'));
  await options.waitForSelector('[data-testid=ledger-list][data-total]:not([data-total=""])');
  return options;
}

beforeAll(async () => {
  ensureBuilt();
  server = await serveStatic([], '127.0.0.1', [serveLedgerPages]);
  b = await launchWithExtension();
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('consent ledger in Chromium', () => {
  it('grant in the popup (per sensitive category), reload: the record is there', async () => {
    const { tabId } = await openForm('/health.html');

    const popup = await openPopup(tabId);
    const groups = popup.locator('.ledger-groups > li');
    await poll(async () => (await groups.count()) >= 2, 'consent groups (separate consent per sensitive category)');
    const groupKeys = await groups.evaluateAll((els) => els.map((e) => e.getAttribute('data-group')));
    expect(groupKeys).toEqual(expect.arrayContaining(['health.temperature', 'location.travel', 'other']));
    for (let i = 0; i < groupKeys.length; i++)
      await popup.locator('.ledger-groups > li button.ledger-grant').first().click();
    await poll(
      async () => (await popup.locator('.ledger-recorded[data-decision=granted]').count()) === groupKeys.length,
      'every group recorded',
    );

    await popup.reload();
    await popup.waitForSelector('[data-testid=consent-panel]');
    await poll(
      async () =>
        (await popup.locator('[data-testid=consent-panel]').innerText()).includes('You consented to this form'),
      'earlier grant shown after reload',
    );

    const options = await openConsents();
    expect(Number(await options.getAttribute('[data-testid=ledger-list]', 'data-total'))).toBe(groupKeys.length);
    const rows = options.locator('tbody tr[data-state=granted]');
    expect(await rows.count()).toBe(groupKeys.length);
    // The receipt is viewable and is a Kantara v1.1 receipt.
    await options.locator('tbody tr[data-state=granted] button', { hasText: 'View receipt' }).first().click();
    const receipt = JSON.parse(await options.locator('[data-testid=receipt-json]').innerText());
    expect(receipt).toMatchObject({
      version: 'KI-CR-v1.1.0',
      jurisdiction: 'CN',
      collectionMethod: expect.stringContaining('popup'),
    });
    expect(receipt.services[0].purposes[0].purposeCategory).toEqual(['Protecting Your Health']);
    expect(receipt.policyUrl).toBe(server.url('/privacy.html'));
    expect(receipt.piiControllers[0].piiControllerUrl).toBe(server.origin);
    // …and downloadable as a JSON file that is the same receipt.
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.locator('tbody tr[data-state=granted] button', { hasText: 'Download receipt (JSON)' }).first().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^consent-receipt-[0-9a-f-]{36}\.json$/);
    expect(JSON.parse(readFileSync(await download.path(), 'utf8')).version).toBe('KI-CR-v1.1.0');
    await options.close();
    await popup.close();
  });

  it('purpose reuse: an attendance form asking for the temperature consented for epidemic prevention', async () => {
    const { page, tabId } = await openForm('/attendance.html');
    const reply = await poll(async () => {
      const r = await reportFor(page, b.extensionId, tabId);
      return r?.report.findings.some((f) => f.check === 'consent-for-other-purpose') ? r : null;
    }, 'consent-for-other-purpose finding');
    const finding = reply.report.findings.find((f) => f.check === 'consent-for-other-purpose')!;
    expect(finding.rule).toBe('purpose-limitation');
    expect(finding.message.en).toMatch(/consented/);
  });

  it('refusals for this form are shown first in the popup', async () => {
    const tabId = await tabIdOf(b.worker, server.url('/attendance.html'));
    const popup = await openPopup(tabId);
    await poll(async () => (await popup.locator('.ledger-groups button.ledger-refuse').count()) > 0, 'refuse buttons');
    await popup.locator('.ledger-groups button.ledger-refuse').first().click();
    await popup.waitForSelector('.ledger-recorded[data-decision=refused]');
    await popup.reload();
    await popup.waitForSelector('[data-testid=earlier-refusals]');
    const order = await popup
      .locator('[data-testid=consent-panel] > *')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? e.className ?? e.tagName));
    expect(order.indexOf('earlier-refusals')).toBeLessThan(order.indexOf('ledger-groups'));
    await popup.close();
  });

  it('repeat collection: a second form asking the same data at the same origin after a submission', async () => {
    // The employee sends the health form: its content script reports the submission
    // ('guard/submitted', nothing else) and the background records its categories from the tab.
    const { page: healthPage, tabId: healthAgainTab } = await openForm('/health.html');
    const health = (await reportFor(healthPage, b.extensionId, healthAgainTab))!;
    await Promise.all([healthPage.waitForURL(/\/submit$/), healthPage.click('button[type=submit]')]);
    const ask = await b.context.newPage();
    await ask.goto(ext('src/ui/popup/popup.html?tab=-1'));
    await poll(async () => {
      const history = await ask.evaluate(
        (q) => chrome.runtime.sendMessage<unknown, { kind: string }[]>({ type: 'ledger/history', ...q }),
        { origin: health.origin, formFingerprint: health.formFingerprint },
      );
      return history.some((h) => h.kind === 'submitted') ? true : null;
    }, 'the submission is in the ledger');
    await ask.close();

    const { page, tabId } = await openForm('/health-again.html');
    const reply = await poll(async () => {
      const r = await reportFor(page, b.extensionId, tabId);
      return r?.report.findings.some((f) => f.check === 'asked-again') ? r : null;
    }, 'asked-again (repeat collection) finding');
    expect(reply.report.findings.find((f) => f.check === 'asked-again')!.rule).toBe('minimal-necessity');
  });

  it('revoke in My consents: records the revocation and explains who must delete', async () => {
    const options = await openConsents();
    await options.locator('tbody tr[data-state=granted] button.revoke').first().click();
    const contact = await options.locator('[data-testid=revoke-contact]').innerText();
    expect(contact).toContain('/privacy.html');
    expect(await options.locator('.revoke-box').innerText()).toMatch(/ask the collector to delete/);
    await options.locator('.revoke-box button.primary').click();
    await poll(async () => (await options.locator('tbody tr[data-state=revoked]').count()) === 1, 'revocation row');
    expect(await options.locator('tbody tr[data-state=granted]', { hasText: 'withdrawn' }).count()).toBe(1);
    // Filter by state
    await options.selectOption('select[name=state]', 'revoked');
    await poll(
      async () => (await options.getAttribute('[data-testid=ledger-list]', 'data-total')) === '1',
      'state filter',
    );
    await options.close();
  });

  it('export JSON and CSV download and parse', async () => {
    const options = await openConsents();
    const [jsonDownload] = await Promise.all([
      options.waitForEvent('download'),
      options.click('text=Export all (JSON)'),
    ]);
    const data = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
    expect(data.format).toBe('formwarden-consent-ledger');
    expect(data.decisions.map((d: { state: string }) => d.state).sort()).toEqual([
      'granted',
      'granted',
      'granted',
      'refused',
      'revoked',
    ]);
    expect(data.submissions).toHaveLength(1);
    expect(JSON.stringify(data)).not.toMatch(/13800|36\.\d/); // no values, ever

    const [csvDownload] = await Promise.all([options.waitForEvent('download'), options.click('text=Export all (CSV)')]);
    const csv = readFileSync(await csvDownload.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,state,at,origin,/);
    expect(lines).toHaveLength(1 + 5 + 1);

    // Import the same export: merged, nothing duplicated.
    await options.setInputFiles('input[name=import]', await jsonDownload.path());
    await poll(
      async () =>
        (
          await options
            .locator('[data-testid=ledger-message]')
            .innerText()
            .catch(() => '')
        ).includes('Imported 0'),
      'import message',
    );
    expect(await options.getAttribute('[data-testid=ledger-list]', 'data-total')).toBe('5');
    await options.close();
  });

  it('a grant past its retention is flagged "should have been deleted by the collector"', async () => {
    const DAY = 86_400_000;
    const at = Date.now() - 60 * DAY;
    const old = {
      id: `d-${at.toString(36).padStart(9, '0')}-0000000001`,
      state: 'granted',
      origin: 'https://oa.example.cn',
      formFingerprint: 'fp1:old',
      purposeId: 'epidemic-prevention',
      purposeLabel: 'Epidemic prevention',
      categories: ['health.temperature'],
      at,
      expiresAt: at + 28 * DAY,
      policyId: 'cn-pipl',
      policyVersion: '1',
      collectionMethod: 'popup',
      noticeLinks: [],
      noticeContact: 'dpo@example.cn',
    };
    const file = join(mkdtempSync(join(tmpdir(), 'ledger-import-')), 'old.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'formwarden-consent-ledger',
        schemaVersion: 2,
        exportedAt: new Date().toISOString(),
        decisions: [old],
        submissions: [],
      }),
    );
    const options = await openConsents();
    await options.setInputFiles('input[name=import]', file);
    await poll(
      async () =>
        (
          await options
            .locator('[data-testid=ledger-message]')
            .innerText()
            .catch(() => '')
        ).includes('Imported 1'),
      'import of the old grant',
    );
    await options.selectOption('select[name=state]', 'expired');
    await poll(
      async () => (await options.getAttribute('[data-testid=ledger-list]', 'data-total')) === '1',
      'expired filter',
    );
    expect(await options.locator('[data-testid=past-retention]').innerText()).toMatch(
      /should have been deleted by the collector/,
    );
    // Revoking it shows the contact the notice gave.
    await options.locator('tbody tr[data-state=granted] button.revoke').click();
    expect(await options.locator('[data-testid=revoke-contact]').innerText()).toContain('dpo@example.cn');
    await options.close();
  });

  it('asked again after refusal (issue 9): a consent-based form refused in the popup flags the next visit', async () => {
    const { page, tabId } = await openForm('/visitor.html');
    const popup = await openPopup(tabId);
    await poll(async () => (await popup.locator('.ledger-groups button.ledger-refuse').count()) > 0, 'refuse buttons');
    const groups = await popup.locator('.ledger-groups > li').count();
    for (let i = 0; i < groups; i++) await popup.locator('.ledger-groups > li button.ledger-refuse').first().click();
    await poll(
      async () => (await popup.locator('.ledger-recorded[data-decision=refused]').count()) === groups,
      'every group refused',
    );
    await popup.close();
    await page.reload();
    const reply = await poll(async () => {
      const r = await reportFor(page, b.extensionId, tabId);
      return r?.report.findings.some((f) => f.check === 'asked-again-after-refusal') ? r : null;
    }, 'asked-again-after-refusal finding');
    expect(reply.report.findings.find((f) => f.check === 'asked-again-after-refusal')!.message.en).toMatch(/refused/);
  });
});
