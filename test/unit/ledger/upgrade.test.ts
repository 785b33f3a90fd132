import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Ledger, LedgerDb, memorySpill } from '../../../src/db';
import { DAY, freshDbName, T0 } from './helpers';

// A decision exactly as schema v1 wrote it: retentionDays, no expiresAt / revokes / controller.
function v1Decision(id: string, retentionDays: number | null) {
  return {
    id,
    state: 'granted',
    origin: 'https://oa.example.cn',
    formFingerprint: 'fp-1',
    purposeId: 'epidemic-prevention',
    purposeLabel: 'Epidemic prevention',
    categories: ['identity.name', 'health.temperature'],
    noticeHash: 'h',
    noticeElements: { purpose: true },
    noticeLinks: [],
    policyId: 'cn-pipl',
    policyVersion: '1',
    legalBasis: 'public-health',
    collectionMethod: 'popup',
    at: T0,
    retentionDays,
    receiptId: `r-${id}`,
    receipt: null,
  };
}

describe('schema upgrade v1 → v2', () => {
  it('keeps every v1 record and computes expiresAt from retentionDays', async () => {
    const name = freshDbName();
    const v1 = new LedgerDb(name, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    await v1.table('decisions').bulkAdd([v1Decision('d-1', 28), v1Decision('d-2', null)]);
    await v1.table('submissions').add({
      id: 's-1',
      at: T0,
      origin: 'https://oa.example.cn',
      formFingerprint: 'fp-1',
      categories: ['identity.name'],
    });
    await v1.table('meta').put({ key: 'principalId', value: 'p-1' });
    v1.close();

    const ledger = new Ledger({ dbName: name, spill: memorySpill(), warn: () => {}, now: () => T0 });
    const db = await ledger.database();
    expect(db.verno).toBe(2);
    expect(await db.decisions.count()).toBe(2);
    const d1 = await db.decisions.get('d-1');
    expect(d1).toMatchObject({
      expiresAt: T0 + 28 * DAY,
      revokes: null,
      revokedAt: null,
      noticeContact: null,
      controller: null,
    });
    expect(d1).not.toHaveProperty('retentionDays');
    expect((await db.decisions.get('d-2'))!.expiresAt).toBeNull();
    expect(await db.submissions.count()).toBe(1);
    // v2 indexes answer queries over the old data
    expect(await db.decisions.where('[origin+formFingerprint]').equals(['https://oa.example.cn', 'fp-1']).count()).toBe(
      2,
    );
    expect(
      await db.decisions
        .where('expiresAt')
        .below(T0 + 30 * DAY)
        .primaryKeys(),
    ).toEqual(['d-1']);
    expect(await db.submissions.where('categories').equals('identity.name').count()).toBe(1);
    // the principal id survives, so new receipts carry the same pseudonym
    expect(await ledger.principalId()).toBe('p-1');
    ledger.close();
  });
});
