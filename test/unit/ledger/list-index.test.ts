import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../../src/core/taxonomy';
import { Ledger, memorySpill, queryDecisionIds, type DecisionRecord } from '../../../src/db';
import { DecisionIndex, LIST_INDEX_KEY, type IndexRow } from '../../../src/db/list-index';
import { DAY, freshDbName, healthGrant, makeLedger, T0 } from './helpers';

const ledgers: Ledger[] = [];
afterEach(() => ledgers.splice(0).forEach((l) => l.close()));

const rowArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  origin: fc.constantFrom('https://oa.a.cn', 'https://hr.a.cn', 'https://wjx.cn'),
  purposeId: fc.constantFrom('attendance', 'epidemic-prevention', 'onboarding'),
  state: fc.constantFrom('granted', 'refused', 'revoked'),
  categories: fc.subarray([...CATEGORY_IDS], { maxLength: 4 }),
  expiresAt: fc.option(fc.integer({ min: T0 - 10 * DAY, max: T0 + 10 * DAY }), { nil: null }),
}) as fc.Arbitrary<IndexRow>;

const filterArb = fc.record({
  site: fc.option(fc.constantFrom('oa', 'HR.', 'cn', 'nowhere'), { nil: undefined }),
  purposeId: fc.option(fc.constantFrom('attendance', 'onboarding', 'unknown'), { nil: undefined }),
  category: fc.option(fc.constantFrom(...CATEGORY_IDS), { nil: undefined }),
  state: fc.option(fc.constantFrom('granted', 'refused', 'revoked', 'expired' as const), { nil: undefined }),
});

type Filter = {
  site?: string;
  purposeId?: string;
  category?: (typeof CATEGORY_IDS)[number];
  state?: 'granted' | 'refused' | 'revoked' | 'expired';
};

function naive(rows: IndexRow[], f: Filter): string[] {
  const byId = new Map(rows.map((r) => [r.id, r])); // later duplicates replace earlier ones
  return [...byId.values()]
    .filter((r) => !f.site || r.origin.toLowerCase().includes(f.site.toLowerCase()))
    .filter((r) => !f.purposeId || r.purposeId === f.purposeId)
    .filter((r) => !f.category || r.categories.includes(f.category))
    .filter((r) => !f.state || (f.state === 'expired' ? r.expiresAt !== null && r.expiresAt < T0 : r.state === f.state))
    .map((r) => r.id)
    .sort()
    .reverse();
}

describe('packed list index', () => {
  it('filters exactly like a plain filter over the records, after encode/decode and upserts', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), filterArb, (rows, f) => {
        const index = new DecisionIndex();
        for (const r of rows) index.upsert(r);
        const decoded = DecisionIndex.decode(structuredClone(index.encode()));
        expect(decoded.filter(f, T0)).toEqual(naive(rows, f));
        expect(index.filter(f, T0)).toEqual(naive(rows, f));
      }),
    );
  });

  it('is kept in step with writes, including writes from another page (stamp)', async () => {
    const name = freshDbName();
    const popupSide = makeLedger({ dbName: name, now: () => T0 });
    const optionsSide = makeLedger({ dbName: name, now: () => T0 });
    ledgers.push(popupSide, optionsSide);
    await popupSide.recordDecision(healthGrant());
    const optionsDb = await optionsSide.database();
    expect((await queryDecisionIds(optionsDb, {}, T0)).total).toBe(1); // built here from the records
    expect(await optionsDb.meta.get(LIST_INDEX_KEY)).toBeDefined();
    await popupSide.recordDecision(healthGrant({ decision: 'refused', at: T0 + 1 }));
    const after = await queryDecisionIds(optionsDb, { state: 'refused' }, T0);
    expect(after.total).toBe(1);
    expect((await queryDecisionIds(optionsDb, {}, T0)).total).toBe(2);
  });

  it('is rebuilt after pruning and after deleting everything', async () => {
    const ledger = makeLedger({ now: () => T0 });
    ledgers.push(ledger);
    await ledger.recordDecision(healthGrant({ at: T0 - 100 * DAY }));
    const { record } = await ledger.recordDecision(healthGrant({ at: T0 - DAY }));
    const db = await ledger.database();
    expect((await queryDecisionIds(db, {}, T0)).total).toBe(2);
    await ledger.setPruneAfterDays(30);
    expect((await queryDecisionIds(db, {}, T0)).ids).toEqual([record.id]);
    await ledger.deleteEverything();
    expect((await queryDecisionIds(db, {}, T0)).total).toBe(0);
  });

  it('counts imported records', async () => {
    const a = makeLedger({ now: () => T0 });
    const b = new Ledger({ dbName: freshDbName(), spill: memorySpill(), warn: () => {} });
    ledgers.push(a, b);
    await a.recordDecision(healthGrant());
    const { exportLedger, importLedger } = await import('../../../src/db');
    const dbB = await b.database();
    expect((await queryDecisionIds(dbB, {}, T0)).total).toBe(0);
    await importLedger(dbB, await exportLedger(await a.database()));
    const found = await queryDecisionIds(dbB, { purposeId: 'epidemic-prevention' }, T0);
    expect(found.total).toBe(1);
    expect(((await dbB.decisions.get(found.ids[0]!)) as DecisionRecord).purposeLabel).toBe('疫情防控');
  });
});
