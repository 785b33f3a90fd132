import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { isConsentReceipt } from '../../../src/core/receipt';
import type { Ledger } from '../../../src/db';
import { DAY, healthGrant, makeLedger, T0 } from './helpers';

let ledger: Ledger;
afterEach(() => ledger?.close());

describe('recording decisions', () => {
  it('a grant is stored with its expiry and a Kantara receipt', async () => {
    ledger = makeLedger({ now: () => T0 });
    const { record, written } = await ledger.recordDecision(healthGrant());
    expect(written).toBe(true);
    expect(ledger.status()).toMatchObject({ writable: true, error: null, pending: 0 });
    const stored = await ledger.getDecision(record.id);
    expect(stored).toMatchObject({
      state: 'granted',
      origin: 'https://oa.example.cn',
      formFingerprint: 'fp-health',
      purposeId: 'epidemic-prevention',
      purposeLabel: '疫情防控',
      noticeHash: 'h1',
      noticeContact: 'privacy@example.cn',
      controller: 'Example Co.',
      policyId: 'acme-cn',
      policyVersion: '2024.1',
      at: T0,
      expiresAt: T0 + 28 * DAY,
    });
    expect(stored!.categories).toEqual(['identity.name', 'health.temperature', 'location.travel']);
    expect(stored!.noticeElements).toEqual({ purpose: true, retention: true, contact: true });
    expect(isConsentReceipt(stored!.receipt)).toBe(true);
    expect(stored!.receipt!.consentReceiptID).toBe(stored!.receiptId);
    expect(stored!.receipt!.sensitive).toBe(true);
  });

  it('a refusal is stored without receipt or expiry', async () => {
    ledger = makeLedger({ now: () => T0 });
    const { record } = await ledger.recordDecision(healthGrant({ decision: 'refused' }));
    const stored = await ledger.getDecision(record.id);
    expect(stored).toMatchObject({ state: 'refused', receipt: null, receiptId: null, expiresAt: null });
  });

  it('a revocation is a record of its own and marks the grant', async () => {
    ledger = makeLedger({ now: () => T0 + DAY });
    const { record: grant } = await ledger.recordDecision(healthGrant());
    const result = await ledger.revoke(grant.id);
    expect(result?.written).toBe(true);
    expect(result!.revocation).toMatchObject({
      state: 'revoked',
      revokes: grant.id,
      at: T0 + DAY,
      noticeContact: 'privacy@example.cn',
    });
    expect((await ledger.getDecision(grant.id))!.revokedAt).toBe(T0 + DAY);
    expect(await ledger.revoke(result!.revocation.id)).toBeNull(); // only grants can be revoked
  });

  it('the same principal id is used on every receipt', async () => {
    ledger = makeLedger({ now: () => T0 });
    const a = await ledger.recordDecision(healthGrant());
    const b = await ledger.recordDecision(healthGrant({ purposeId: 'attendance' }));
    expect(a.record.receipt!.piiPrincipalId).toBe(b.record.receipt!.piiPrincipalId);
  });

  it('a submission keeps categories, never values or unknown text', async () => {
    ledger = makeLedger({ now: () => T0 });
    const { record } = await ledger.recordSubmission({
      origin: 'https://oa.example.cn',
      formFingerprint: 'fp',
      categories: ['identity.phone', 'not-a-category', 'identity.phone'],
      ...({ values: { phone: '13800000000' } } as object),
    });
    const db = await ledger.database();
    const stored = await db.submissions.get(record.id);
    expect(stored).toEqual({
      id: record.id,
      at: T0,
      origin: 'https://oa.example.cn',
      formFingerprint: 'fp',
      categories: ['identity.phone'],
    });
    expect(JSON.stringify(stored)).not.toContain('13800000000');
  });

  it('prunes its own records older than the user-set period', async () => {
    let now = T0;
    ledger = makeLedger({ now: () => now });
    await ledger.recordDecision(healthGrant({ at: T0 - 100 * DAY }));
    await ledger.recordSubmission({
      origin: 'https://oa.example.cn',
      formFingerprint: 'fp',
      categories: [],
      at: T0 - 100 * DAY,
    });
    const { record: recent } = await ledger.recordDecision(healthGrant({ at: T0 - DAY }));
    now = T0;
    await ledger.setPruneAfterDays(30);
    expect(await ledger.getPruneAfterDays()).toBe(30);
    const db = await ledger.database();
    expect(await db.decisions.toCollection().primaryKeys()).toEqual([recent.id]);
    expect(await db.submissions.count()).toBe(0);
  });

  it('delete everything empties the ledger', async () => {
    ledger = makeLedger({ now: () => T0 });
    await ledger.recordDecision(healthGrant());
    await ledger.deleteEverything();
    const db = await ledger.database();
    expect(await db.decisions.count()).toBe(0);
    expect(await db.meta.count()).toBe(0);
  });
});
