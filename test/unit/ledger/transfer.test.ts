import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  decisionsToCsv,
  exportLedger,
  filterChoices,
  importLedger,
  isPastRetention,
  loadDecisionPage,
  queryDecisionIds,
  type Ledger,
} from '../../../src/db';
import { csvCell } from '../../../src/db/transfer';
import { DAY, healthGrant, makeLedger, T0 } from './helpers';

const ledgers: Ledger[] = [];
afterEach(() => ledgers.splice(0).forEach((l) => l.close()));
function ledgerAt(now: number) {
  const l = makeLedger({ now: () => now });
  ledgers.push(l);
  return l;
}

/** Minimal RFC 4180 reader, only to check what we wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('export and import', () => {
  it('round trip into an empty ledger, then again without duplicates', async () => {
    const a = ledgerAt(T0);
    const { record: grant } = await a.recordDecision(healthGrant());
    await a.recordDecision(healthGrant({ decision: 'refused', purposeId: 'attendance' }));
    await a.revoke(grant.id, T0 + 1);
    await a.recordSubmission({
      origin: 'https://oa.example.cn',
      formFingerprint: 'fp-health',
      categories: ['identity.name'],
    });
    const file = JSON.parse(JSON.stringify(await exportLedger(await a.database(), T0)));
    expect(file.decisions).toHaveLength(3);
    expect(file.submissions).toHaveLength(1);

    const b = ledgerAt(T0);
    const dbB = await b.database();
    expect(await importLedger(dbB, file)).toEqual({ added: 4, skipped: 0, invalid: [] });
    expect(await importLedger(dbB, file)).toEqual({ added: 0, skipped: 4, invalid: [] });
    expect(await dbB.decisions.count()).toBe(3);
    const again = await exportLedger(dbB, T0);
    expect(again.decisions.sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      file.decisions.sort((x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id)),
    );
    expect((await dbB.decisions.get(grant.id))!.revokedAt).toBe(T0 + 1);
  });

  it('skips a decision whose receipt id is already present under another id, and reports invalid rows', async () => {
    const a = ledgerAt(T0);
    const { record } = await a.recordDecision(healthGrant());
    const db = await a.database();
    const file = await exportLedger(db, T0);
    const copy = { ...record, id: 'd-other-id' };
    const result = await importLedger(db, {
      ...file,
      decisions: [copy, { id: 'x', state: 'maybe' }, { ...record, id: 'd-bad', receipt: { version: 'nope' } }],
    });
    expect(result.added).toBe(0);
    expect(result.skipped).toBe(1);
    expect(result.invalid.map((i) => i.reason)).toEqual(['state "maybe" unknown', expect.stringMatching(/^receipt:/)]);
    expect(await importLedger(db, { hello: 1 })).toMatchObject({ added: 0, invalid: [{ index: -1 }] });
  });

  it('imports an export written by schema v1 (retentionDays instead of expiresAt)', async () => {
    const db = await ledgerAt(T0).database();
    const v1 = {
      id: 'd-v1',
      state: 'granted',
      origin: 'https://a.cn',
      formFingerprint: 'f',
      purposeId: 'p',
      categories: ['identity.name'],
      at: T0,
      retentionDays: 10,
    };
    expect(
      (
        await importLedger(db, {
          format: 'formwarden-consent-ledger',
          schemaVersion: 1,
          decisions: [v1],
          submissions: [],
        })
      ).added,
    ).toBe(1);
    expect((await db.decisions.get('d-v1'))!.expiresAt).toBe(T0 + 10 * DAY);
  });

  it('CSV: quoted, formula-safe, one row per decision and submission', async () => {
    const a = ledgerAt(T0);
    await a.recordDecision(healthGrant({ purposeLabel: '=HYPERLINK("x"), "quoted"' }));
    await a.recordSubmission({
      origin: 'https://oa.example.cn',
      formFingerprint: 'fp',
      categories: ['identity.name', 'identity.phone'],
    });
    const file = await exportLedger(await a.database(), T0);
    const csv = decisionsToCsv(file.decisions, file.submissions);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    const header = rows[0]!;
    const label = rows[1]![header.indexOf('purposeLabel')];
    expect(label).toBe(`'=HYPERLINK("x"), "quoted"`);
    expect(rows[1]![header.indexOf('categories')]).toBe('identity.name;health.temperature;location.travel');
    expect(rows[2]![header.indexOf('state')]).toBe('submitted');
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('plain')).toBe('plain');
  });
});

describe('query for the My consents list', () => {
  it('filters by site substring, purpose, category, state and expiry; newest first; pages', async () => {
    const now = T0 + 40 * DAY;
    const l = ledgerAt(now);
    const { record: old } = await l.recordDecision(healthGrant({ at: T0 })); // expires T0+28d < now
    await l.recordDecision(
      healthGrant({
        at: T0 + 30 * DAY,
        origin: 'https://hr.example.cn',
        purposeId: 'attendance',
        categories: ['identity.name'],
      }),
    );
    await l.recordDecision(healthGrant({ at: T0 + 31 * DAY, decision: 'refused', categories: ['biometric.face'] }));
    const db = await l.database();

    const all = await queryDecisionIds(db, {}, now);
    expect(all.total).toBe(3);
    const page = await loadDecisionPage(db, all, 0, 2);
    expect(page.map((d) => d.at)).toEqual([T0 + 31 * DAY, T0 + 30 * DAY]);
    expect((await loadDecisionPage(db, all, 2, 2)).map((d) => d.at)).toEqual([T0]);
    const granted = await queryDecisionIds(db, { state: 'granted' }, now);
    expect((await loadDecisionPage(db, granted, 0, 10)).map((d) => d.at)).toEqual([T0 + 30 * DAY, T0]);

    expect((await queryDecisionIds(db, { site: 'HR.example' }, now)).total).toBe(1);
    expect((await queryDecisionIds(db, { site: 'nowhere' }, now)).total).toBe(0);
    expect((await queryDecisionIds(db, { purposeId: 'epidemic-prevention' }, now)).total).toBe(2);
    expect((await queryDecisionIds(db, { category: 'identity.name' }, now)).total).toBe(2);
    expect((await queryDecisionIds(db, { state: 'refused' }, now)).total).toBe(1);
    expect((await queryDecisionIds(db, { state: 'expired' }, now)).ids).toEqual([old.id]);
    expect(
      (await queryDecisionIds(db, { site: 'oa.', state: 'granted', category: 'health.temperature' }, now)).ids,
    ).toEqual([old.id]);
    expect(isPastRetention(old, now)).toBe(true);

    const choices = await filterChoices(db);
    expect(choices.purposes).toEqual(['attendance', 'epidemic-prevention']);
    expect(choices.origins).toEqual(['https://hr.example.cn', 'https://oa.example.cn']);
    expect(choices.categories).toContain('biometric.face');
  });
});
