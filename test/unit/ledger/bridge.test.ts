import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Policy, Report } from '../../../src/core/types';
import type { Sender } from '../../../src/background/router';

const POLICY: Policy = {
  id: 'acme-cn',
  version: '2024.1',
  jurisdiction: 'CN',
  onSubmit: 'confirm',
  purposes: {
    'epidemic-prevention': {
      label: { en: 'Epidemic prevention', 'zh-CN': '疫情防控' },
      allow: ['identity.name', 'health.temperature'],
      retentionDays: 28,
      legalBasis: 'public-health',
    },
  },
};
const form = {
  origin: 'https://oa.example.cn',
  formFingerprint: 'fp1:abc',
  purposeId: 'epidemic-prevention',
  categories: ['identity.name', 'health.temperature'] as const,
};
// The background's own report of tab 7: the only source of what a guard decision is about.
const TAB_REPORT = {
  purpose: { id: 'epidemic-prevention' },
  fields: [
    { selector: '#name', category: 'identity.name' },
    { selector: '#temp', category: 'health.temperature' },
    { selector: '#note', category: null },
    { selector: '#name2', category: 'identity.name' },
  ],
  notice: { links: [], elements: {}, consentControls: [], separateConsentFor: [] },
  transport: { thirdParty: false, action: null },
  policy: { id: 'acme-cn', version: '2024.1' },
  pageUrl: 'https://oa.example.cn/health',
} as unknown as Report;
// The bridge's neighbours talk to chrome.*; the ledger itself runs on fake-indexeddb.
const inForce = { policy: POLICY };
vi.mock('../../../src/background/policy-in-force', () => ({
  getPolicyInForce: async () => ({ policy: inForce.policy, source: 'default' }),
}));
vi.mock('../../../src/background/tab-state', () => ({
  getTab: async (tabId: number) =>
    tabId === 7
      ? {
          pageUrl: 'https://oa.example.cn/health',
          formFingerprint: form.formFingerprint,
          report: TAB_REPORT,
          // Frame 0 holds the form; frame 4 is an embedded third party with no field of it.
          frames: {
            0: { documentId: 'DOC0', frameUrl: '', scan: { fields: [{ selector: '#name' }, { selector: '#temp' }] } },
            4: { documentId: 'DOC4', frameUrl: '', scan: { fields: [{ selector: '#ad' }] } },
          },
        }
      : undefined,
}));

const {
  ledgerHandlers: h,
  historyFor,
  ledgerStatus,
  getLedger,
  onLedgerChange,
} = await import('../../../src/background/ledger-bridge');

const content = (tabId: number, frameId = 0, documentId = 'DOC0'): Sender => ({
  kind: 'content',
  tabId,
  frameId,
  documentId,
  url: 'https://oa.example.cn/health',
});
const page: Sender = {
  kind: 'extension-page',
  tabId: undefined,
  frameId: 0,
  documentId: null,
  url: 'chrome-extension://x/src/ui/popup/popup.html',
};

describe('ledger bridge', () => {
  it("submit guard: continue → grant with receipt + one submission, from the tab's own report; cancel (go back) and blocked → nothing", async () => {
    const granted = await h['guard/decision']({ type: 'guard/decision', decision: 'continue' }, content(7));
    expect(granted).toMatchObject({ ok: true, recorded: true, written: true });
    const record = await getLedger().getDecision(granted.id!);
    expect(record).toMatchObject({
      state: 'granted',
      collectionMethod: 'submit-guard',
      purposeLabel: 'Epidemic prevention',
      policyId: 'acme-cn',
      legalBasis: 'public-health',
      origin: form.origin,
      formFingerprint: form.formFingerprint,
    });
    expect(record!.categories).toEqual(['identity.name', 'health.temperature']);
    expect(record!.receipt!.jurisdiction).toBe('CN');
    expect(record!.expiresAt).toBe(record!.at + 28 * 86_400_000);
    // the content script's own submission report right after is not counted twice
    expect(await h['guard/submitted']({ type: 'guard/submitted' }, content(7))).toMatchObject({
      ok: true,
      duplicate: true,
    });

    expect(await h['guard/decision']({ type: 'guard/decision', decision: 'cancel' }, content(7))).toMatchObject({
      ok: true,
      recorded: false,
    });
    expect(await h['guard/decision']({ type: 'guard/decision', decision: 'blocked' }, content(7))).toMatchObject({
      ok: true,
      recorded: false,
    });
    // A tab the background has no report of: nothing to record, whatever the page would like.
    expect(await h['guard/decision']({ type: 'guard/decision', decision: 'continue' }, content(8))).toMatchObject({
      ok: false,
      recorded: false,
    });

    const kinds = (await historyFor(form.origin, form.formFingerprint)).map((x) => x.kind).sort();
    expect(kinds).toEqual(['granted', 'submitted']);
  });

  it('a "Send anyway" is believed only from the frame that holds the form, once per form every few seconds', async () => {
    const again = await h['guard/decision']({ type: 'guard/decision', decision: 'continue' }, content(7));
    expect(again).toMatchObject({ ok: false, recorded: false, error: expect.stringMatching(/a moment ago/) });
    await new Promise((r) => setTimeout(r, 5100));
    expect(
      await h['guard/decision']({ type: 'guard/decision', decision: 'continue' }, content(7, 4, 'DOC4')),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/none of the form/) });
    expect(
      await h['guard/decision']({ type: 'guard/decision', decision: 'continue' }, content(7, 0, 'OLD-DOC')),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/none of the form/) });
  }, 10_000);

  it('no "Send anyway" is believed under a policy whose guard never asks (warn, block)', async () => {
    for (const onSubmit of ['warn', 'block'] as const) {
      inForce.policy = { ...POLICY, onSubmit };
      expect(await h['guard/decision']({ type: 'guard/decision', decision: 'continue' }, content(7))).toMatchObject({
        ok: false,
        error: expect.stringMatching(/does not ask/),
      });
    }
    inForce.policy = POLICY;
  });

  it('a guard decision carries nothing but the decision: forged origin, categories and notice are ignored', async () => {
    const forged = {
      type: 'guard/decision',
      decision: 'continue',
      origin: 'https://evil.example',
      categories: ['financial.card'],
      notice: { contact: 'forged' },
    } as never;
    const reply = await h['guard/decision'](forged, content(7));
    const record = await getLedger().getDecision(reply.id!);
    expect(record).toMatchObject({ origin: form.origin, noticeContact: null });
    expect(record!.categories).not.toContain('financial.card');
  });

  it('popup consent and context: refusals of this form, purpose label, retention, separate consent', async () => {
    const other = {
      ...form,
      categories: [...form.categories],
      formFingerprint: 'fp1:popup',
      policyId: 'acme-cn',
      policyVersion: '2024.1',
    };
    expect(
      await h['ledger/consent'](
        { type: 'ledger/consent', decision: 'refused', ...other, categories: ['health.temperature'] },
        page,
      ),
    ).toMatchObject({ ok: true });
    expect(
      await h['ledger/consent']({ type: 'ledger/consent', ...other, decision: 'maybe' as never }, page),
    ).toMatchObject({ ok: false });
    const context = await h['ledger/context']({ type: 'ledger/context', ...other }, page);
    expect(context).toMatchObject({
      purposeLabel: 'Epidemic prevention',
      retentionDays: 28,
      separateConsent: true,
      status: { writable: true },
    });
    expect(context.history).toEqual([expect.objectContaining({ kind: 'refused', categories: ['health.temperature'] })]);
    expect(await h['ledger/status']({ type: 'ledger/status' }, page)).toEqual(ledgerStatus());
  });

  it("revoke by message re-evaluates the grant's origin", async () => {
    const seen: (string | null)[] = [];
    const stop = onLedgerChange((o) => seen.push(o));
    const { id } = await h['ledger/consent'](
      {
        type: 'ledger/consent',
        decision: 'granted',
        ...form,
        categories: [...form.categories],
        formFingerprint: 'fp1:revoke',
        policyId: 'acme-cn',
        policyVersion: '2024.1',
      },
      page,
    );
    expect(await h['ledger/revoke']({ type: 'ledger/revoke', id: id! }, page)).toMatchObject({
      ok: true,
      written: true,
    });
    expect(await h['ledger/revoke']({ type: 'ledger/revoke', id: 'nope' }, page)).toMatchObject({ ok: false });
    stop();
    expect(seen).toEqual([form.origin, form.origin]);
  });

  it('import, self-pruning and delete everything are written by the worker and re-evaluate every tab', async () => {
    const seen: (string | null)[] = [];
    const stop = onLedgerChange((o) => seen.push(o));
    const imported = await h['ledger/import']({ type: 'ledger/import', data: { format: 'not ours' } }, page);
    expect(imported).toMatchObject({ ok: true, result: { added: 0 } });
    expect(
      await h['ledger/set-prune-after-days']({ type: 'ledger/set-prune-after-days', days: 30 }, page),
    ).toMatchObject({ ok: true });
    expect(await getLedger().getPruneAfterDays()).toBe(30);
    expect(await h['ledger/delete-everything']({ type: 'ledger/delete-everything' }, page)).toMatchObject({
      ok: true,
      written: true,
    });
    expect(await historyFor(form.origin, form.formFingerprint)).toEqual([]);
    stop();
    expect(seen).toEqual([null, null, null]);
  });
});
