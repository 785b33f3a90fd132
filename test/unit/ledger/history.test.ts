import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../../src/db';
import { DAY, healthGrant, makeLedger, T0 } from './helpers';

let ledger: Ledger;
afterEach(() => ledger?.close());

describe('historyFor', () => {
  it("returns this origin's decisions and submissions and grants elsewhere, newest first, within the window", async () => {
    ledger = makeLedger({ now: () => T0 });
    await ledger.recordDecision(healthGrant({ at: T0 - 3 * DAY }));
    await ledger.recordDecision(
      healthGrant({ decision: 'refused', formFingerprint: 'fp-attendance', purposeId: 'attendance', at: T0 - 2 * DAY }),
    );
    await ledger.recordDecision(
      healthGrant({ origin: 'https://hr.example.cn', formFingerprint: 'fp-other', at: T0 - DAY }),
    );
    await ledger.recordDecision(healthGrant({ at: T0 - 400 * DAY })); // outside the year
    await ledger.recordSubmission({
      origin: 'https://oa.example.cn',
      formFingerprint: 'fp-health',
      categories: ['identity.name', 'identity.phone'],
      at: T0 - 1000,
    });
    await ledger.recordSubmission({
      origin: 'https://elsewhere.cn',
      formFingerprint: 'fp-health',
      categories: ['identity.name'],
      at: T0 - 1000,
    });

    const history = await ledger.historyFor('https://oa.example.cn', 'fp-health');
    expect(history.map((h) => [h.kind, h.origin, h.formFingerprint])).toEqual([
      ['submitted', 'https://oa.example.cn', 'fp-health'],
      ['granted', 'https://hr.example.cn', 'fp-other'],
      ['refused', 'https://oa.example.cn', 'fp-attendance'],
      ['granted', 'https://oa.example.cn', 'fp-health'],
    ]);
    expect(history[3]).toEqual({
      kind: 'granted',
      origin: 'https://oa.example.cn',
      formFingerprint: 'fp-health',
      purposeId: 'epidemic-prevention',
      purposeLabel: '疫情防控',
      categories: ['identity.name', 'health.temperature', 'location.travel'],
      at: T0 - 3 * DAY,
    });
    expect(history[0]!.categories).toEqual(['identity.name', 'identity.phone']);
  });

  it('includes revocations after the grant they revoke', async () => {
    ledger = makeLedger({ now: () => T0 });
    const { record } = await ledger.recordDecision(healthGrant({ at: T0 - DAY }));
    await ledger.revoke(record.id, T0);
    const kinds = (await ledger.historyFor('https://oa.example.cn', 'fp-health')).map((h) => h.kind);
    expect(kinds).toEqual(['revoked', 'granted']);
  });

  it("keeps this form's records when the limit cuts others", async () => {
    ledger = makeLedger({ now: () => T0 });
    await ledger.recordDecision(healthGrant({ decision: 'refused', at: T0 - 10 * DAY }));
    for (let i = 0; i < 5; i++)
      await ledger.recordDecision(healthGrant({ origin: `https://s${i}.example.cn`, at: T0 - i * 1000 }));
    const history = await ledger.historyFor('https://oa.example.cn', 'fp-health', { limit: 3 });
    expect(history).toHaveLength(3);
    expect(history.some((h) => h.kind === 'refused' && h.origin === 'https://oa.example.cn')).toBe(true);
  });
});

describe('historyFor merges one sitting of per-category answers', () => {
  it('three separate grants a few seconds apart become one grant with every category', async () => {
    ledger = makeLedger({ now: () => T0 });
    await ledger.recordDecision(healthGrant({ categories: ['health.temperature'], at: T0 - 3000 }));
    await ledger.recordDecision(healthGrant({ categories: ['location.travel'], at: T0 - 2000 }));
    await ledger.recordDecision(healthGrant({ categories: ['identity.name'], at: T0 - 1000 }));
    await ledger.recordDecision(healthGrant({ decision: 'refused', categories: ['biometric.face'], at: T0 - 1500 }));
    await ledger.recordDecision(healthGrant({ categories: ['identity.phone'], at: T0 - 2 * DAY })); // another day
    const history = await ledger.historyFor('https://oa.example.cn', 'fp-health');
    expect(history.map((h) => [h.kind, h.categories.sort(), h.at])).toEqual([
      ['granted', ['health.temperature', 'identity.name', 'location.travel'], T0 - 1000],
      ['refused', ['biometric.face'], T0 - 1500],
      ['granted', ['identity.phone'], T0 - 2 * DAY],
    ]);
  });
});
