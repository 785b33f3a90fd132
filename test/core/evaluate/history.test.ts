// Checks that need the consent ledger's history (issues 5 and 9).
import { describe, expect, it } from 'vitest';
import { evaluate, type EvaluationInput } from '../../../src/core/evaluate';
import type { Finding, HistoryEntry } from '../../../src/core/types';
import { checksOf, field, notice, PAGE_URL, scan, testPolicy, type ScanSpec } from './helpers';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 25, 12);
const ORIGIN = 'https://oa.example.cn';

const CONTACT_FORM: ScanSpec = {
  fields: [
    field('q1', '姓名', 'identity.name'),
    field('q2', '手机号', 'identity.phone'),
    field('q3', '所在城市', 'location.city'),
  ],
  notice: notice(),
};

function run(spec: ScanSpec, history: HistoryEntry[], over: Partial<EvaluationInput> = {}): Finding[] {
  return evaluate({
    scan: scan(spec),
    policy: testPolicy(),
    pageUrl: PAGE_URL,
    purposeOverride: 'epidemic-prevention',
    now: NOW,
    history,
    ...over,
  }).findings;
}

function entry(over: Partial<HistoryEntry>): HistoryEntry {
  return {
    kind: 'submitted',
    origin: ORIGIN,
    formFingerprint: 'fp-daily',
    purposeId: 'epidemic-prevention',
    categories: [],
    at: NOW - 3600_000,
    ...over,
  };
}

describe('minimal-necessity/asked-again', () => {
  it('same form submitted today: "you already gave your name, phone and city today"', () => {
    const findings = run(CONTACT_FORM, [entry({ categories: ['identity.name', 'identity.phone', 'location.city'] })], {
      formFingerprint: 'fp-daily',
    });
    expect(checksOf(findings)).toEqual(['minimal-necessity/asked-again']);
    expect(findings[0]!.message.en).toBe(
      'You already gave your name, phone number and city / region on this site today. Asking for it again so soon is more than needed (minimal necessity).',
    );
    expect(findings[0]!.message['zh-CN']).toContain('今天');
  });

  it('same categories at the same origin (another fingerprint) count too', () => {
    const findings = run(
      CONTACT_FORM,
      [entry({ formFingerprint: 'other', categories: ['location.city', 'identity.phone', 'identity.name'] })],
      { formFingerprint: 'fp-daily' },
    );
    expect(checksOf(findings)).toEqual(['minimal-necessity/asked-again']);
  });

  it('not when the submission is older than repeatWithinDays, or on another origin with other categories', () => {
    expect(
      run(CONTACT_FORM, [entry({ categories: ['identity.name'], at: NOW - 2 * DAY })], { formFingerprint: 'fp-daily' }),
    ).toEqual([]);
    // A daily form filled at the same hour the next day is not a repeat within one day.
    expect(
      run(CONTACT_FORM, [entry({ categories: ['identity.name'], at: NOW - DAY })], { formFingerprint: 'fp-daily' }),
    ).toEqual([]);
    expect(
      run(
        CONTACT_FORM,
        [entry({ origin: 'https://other.example', formFingerprint: 'x', categories: ['identity.name'] })],
        { formFingerprint: 'fp-daily' },
      ),
    ).toEqual([]);
  });

  it('repeatWithinDays widens the window', () => {
    const policy = testPolicy({ rules: { 'minimal-necessity': { repeatWithinDays: 7 } } });
    const findings = run(CONTACT_FORM, [entry({ categories: ['identity.name'], at: NOW - 3 * DAY })], {
      formFingerprint: 'fp-daily',
      policy,
    });
    expect(findings[0]!.message.en).toContain('3 days ago');
    expect(findings[0]!.fields).toEqual(['#q1']);
  });
});

describe('purpose-limitation/consent-for-other-purpose', () => {
  const HEALTH_ON_ATTENDANCE: ScanSpec = {
    fields: [field('q1', '姓名', 'identity.name'), field('q2', '体温', 'health.temperature')],
    notice: notice({ separateConsentFor: ['health.temperature'] }),
  };

  it('names the earlier consent', () => {
    const history = [
      entry({
        kind: 'granted',
        categories: ['health.temperature', 'identity.name'],
        at: NOW - 2 * DAY,
        formFingerprint: 'fp-health',
      }),
    ];
    const findings = run(HEALTH_ON_ATTENDANCE, history, { purposeOverride: 'attendance' });
    const reuse = findings.filter((f) => f.check === 'consent-for-other-purpose');
    expect(reuse).toHaveLength(1);
    expect(reuse[0]!.message.en).toBe(
      'You consented to share your body temperature for epidemic prevention (2 days ago). This form is for attendance; that consent does not cover it (purpose limitation).',
    );
    expect(reuse[0]!.fields).toEqual(['#q2']);
  });

  it('not for the same purpose, and not when consent was also given for this purpose', () => {
    const same = [entry({ kind: 'granted', categories: ['health.temperature'] })];
    expect(run(HEALTH_ON_ATTENDANCE, same).filter((f) => f.check === 'consent-for-other-purpose')).toEqual([]);
    const both = [
      entry({ kind: 'granted', categories: ['health.temperature'] }),
      entry({ kind: 'granted', purposeId: 'attendance', categories: ['health.temperature'] }),
    ];
    expect(
      run(HEALTH_ON_ATTENDANCE, both, { purposeOverride: 'attendance' }).filter(
        (f) => f.check === 'consent-for-other-purpose',
      ),
    ).toEqual([]);
  });
});

describe('consent-notice/asked-again-after-refusal', () => {
  const FACE: ScanSpec = {
    fields: [field('q1', '姓名', 'identity.name'), field('q2', '拍照打卡', 'biometric.face')],
    notice: notice({ separateConsentFor: ['biometric.face'] }),
  };
  const policy = testPolicy();
  policy.purposes.attendance!.allow.push('biometric.face');

  it('fires when the last decision for this form was a refusal', () => {
    const history = [
      entry({ kind: 'refused', purposeId: 'attendance', formFingerprint: 'fp-att', categories: ['biometric.face'] }),
    ];
    const findings = run(FACE, history, { purposeOverride: 'attendance', formFingerprint: 'fp-att', policy });
    expect(checksOf(findings)).toEqual(['consent-notice/asked-again-after-refusal']);
    expect(findings[0]!.fields).toEqual(['#q2']);
    expect(findings[0]!.checklist).toEqual(['三.2']);
  });

  it('not when a later grant replaced the refusal', () => {
    const history = [
      entry({
        kind: 'refused',
        purposeId: 'attendance',
        formFingerprint: 'fp-att',
        categories: ['biometric.face'],
        at: NOW - 2 * DAY,
      }),
      entry({
        kind: 'granted',
        purposeId: 'attendance',
        formFingerprint: 'fp-att',
        categories: ['biometric.face'],
        at: NOW - DAY,
      }),
    ];
    expect(run(FACE, history, { purposeOverride: 'attendance', formFingerprint: 'fp-att', policy })).toEqual([]);
  });
});
