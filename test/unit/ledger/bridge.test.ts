import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Policy } from '../../../src/core/types';

const POLICY: Policy = {
  id: 'acme-cn',
  version: '2024.1',
  jurisdiction: 'CN',
  purposes: {
    'epidemic-prevention': { label: { en: 'Epidemic prevention', 'zh-CN': '疫情防控' }, allow: ['identity.name', 'health.temperature'], retentionDays: 28, legalBasis: 'public-health' },
  },
};
// The bridge's neighbours talk to chrome.*; the ledger itself runs on fake-indexeddb.
vi.mock('../../../src/background/policy-in-force', () => ({ getPolicyInForce: async () => ({ policy: POLICY, source: 'default' }) }));
vi.mock('../../../src/background/tab-state', () => ({ getTab: async () => undefined }));

const { handleLedgerMessage, historyFor, ledgerStatus, getLedger } = await import('../../../src/background/ledger-bridge');

const form = { origin: 'https://oa.example.cn', formFingerprint: 'fp1:abc', purposeId: 'epidemic-prevention', categories: ['identity.name', 'health.temperature'] };

describe('ledger bridge messages', () => {
  it('submit guard: continue → grant with receipt + one submission; refused → refusal; cancel (go back) and blocked → nothing', async () => {
    const granted = (await handleLedgerMessage({ type: 'ledger/decision', decision: 'continue', ...form }, 7)) as { ok: boolean; id: string; receiptId: string };
    expect(granted).toMatchObject({ ok: true, recorded: true, written: true });
    const record = await getLedger().getDecision(granted.id);
    expect(record).toMatchObject({ state: 'granted', collectionMethod: 'submit-guard', purposeLabel: 'Epidemic prevention', policyId: 'acme-cn', legalBasis: 'public-health' });
    expect(record!.receipt!.jurisdiction).toBe('CN');
    expect(record!.expiresAt).toBe(record!.at + 28 * 86_400_000);
    // the content script's own submission report right after is not counted twice
    expect(await handleLedgerMessage({ type: 'ledger/submission', ...form })).toMatchObject({ ok: true, duplicate: true });

    expect(await handleLedgerMessage({ type: 'ledger/decision', decision: 'refused', ...form }, 7)).toMatchObject({ ok: true, recorded: true });
    expect(await handleLedgerMessage({ type: 'ledger/decision', decision: 'cancel', ...form }, 7)).toMatchObject({ ok: true, recorded: false });
    expect(await handleLedgerMessage({ type: 'ledger/decision', decision: 'blocked', ...form }, 7)).toMatchObject({ ok: true, recorded: false });
    expect(await handleLedgerMessage({ type: 'ledger/decision', decision: 'granted' }, 7)).toMatchObject({ ok: false });

    const kinds = (await historyFor(form.origin, form.formFingerprint)).map((h) => h.kind).sort();
    expect(kinds).toEqual(['granted', 'refused', 'submitted']);
  });

  it('popup consent and context: refusals of this form, purpose label, retention, separate consent', async () => {
    const other = { ...form, formFingerprint: 'fp1:popup' };
    expect(await handleLedgerMessage({ type: 'ledger/consent', decision: 'refused', ...other, categories: ['health.temperature'] })).toMatchObject({ ok: true });
    expect(await handleLedgerMessage({ type: 'ledger/consent', decision: 'maybe', ...other })).toMatchObject({ ok: false });
    const context = (await handleLedgerMessage({ type: 'ledger/context', ...other })) as { history: { kind: string; categories: string[] }[] };
    expect(context).toMatchObject({ purposeLabel: 'Epidemic prevention', retentionDays: 28, separateConsent: true, status: { writable: true } });
    expect(context.history).toEqual([expect.objectContaining({ kind: 'refused', categories: ['health.temperature'] })]);
    expect(await handleLedgerMessage({ type: 'ledger/status' })).toEqual(ledgerStatus());
  });

  it('revoke by message', async () => {
    const { id } = (await handleLedgerMessage({ type: 'ledger/consent', decision: 'granted', ...form, formFingerprint: 'fp1:revoke' })) as { id: string };
    expect(await handleLedgerMessage({ type: 'ledger/revoke', id })).toMatchObject({ ok: true, revocation: { state: 'revoked', revokes: id } });
    expect(await handleLedgerMessage({ type: 'ledger/revoke', id: 'nope' })).toMatchObject({ ok: false });
  });
});
