import { describe, expect, it } from 'vitest';
import {
  CHECK_INFO as CHECKS,
  JURISDICTIONS,
  checklistFor,
  citationsFor,
  checkInfo,
} from '../../../src/core/policy/citations';
import { CHECKLIST_ITEMS, checksCovering } from '../../../src/core/policy/checklist';
import { RULE_IDS } from '../../../src/core/types';

describe('citations table', () => {
  it('has every check of the spec, each with citations in every jurisdiction and three titles', () => {
    const expected = [
      'purpose-limitation/category-not-allowed',
      'purpose-limitation/extra-uses',
      'purpose-limitation/consent-for-other-purpose',
      'minimal-necessity/category-not-needed',
      'minimal-necessity/too-precise',
      'minimal-necessity/asked-twice',
      'minimal-necessity/asked-again',
      'minimal-necessity/refusal-blocks-submit',
      'consent-notice/notice-missing',
      'consent-notice/element-missing',
      'consent-notice/purpose-undeclared',
      'consent-notice/pre-ticked-consent',
      'consent-notice/sensitive-purpose-not-stated',
      'consent-notice/notice-unreachable',
      'consent-notice/asked-again-after-refusal',
      'separate-consent/bundled-consent',
      'separate-consent/collected-before-consent',
      'insecure-transport/http-page',
      'insecure-transport/http-action',
      'third-party-recipient/form-target',
      'third-party-recipient/session-replay',
      'third-party-recipient/keystroke-listener',
      'third-party-recipient/sent-while-typing',
    ];
    expect(CHECKS.map((c) => `${c.rule}/${c.check}`).sort()).toEqual([...expected].sort());
    for (const c of CHECKS) {
      expect(RULE_IDS).toContain(c.rule);
      for (const j of JURISDICTIONS) expect(c.citations[j].length, `${c.check} ${j}`).toBeGreaterThan(0);
      expect(c.title.en && c.title['zh-CN'] && c.title['zh-TW']).toBeTruthy();
    }
  });

  it('cites the spec defaults', () => {
    expect(citationsFor('purpose-limitation', 'category-not-allowed', 'CN')).toEqual(
      expect.arrayContaining(['PIPL Art. 6', 'PIPL Art. 14']),
    );
    expect(citationsFor('purpose-limitation', 'category-not-allowed', 'EU')).toContain('GDPR Art. 5(1)(b)');
    expect(citationsFor('minimal-necessity', 'too-precise', 'CN')).toContain('GB/T 35273-2020 §5.2');
    expect(citationsFor('consent-notice', 'notice-missing', 'CN')).toEqual(
      expect.arrayContaining(['PIPL Art. 17', 'App认定方法(2019) 一.1']),
    );
    expect(citationsFor('consent-notice', 'pre-ticked-consent', 'EU')).toEqual(
      expect.arrayContaining(['GDPR Art. 4(11)', 'GDPR Recital 32', 'CJEU C-673/17 Planet49']),
    );
    expect(citationsFor('separate-consent', 'bundled-consent', 'CN')).toEqual(
      expect.arrayContaining(['PIPL Art. 29', 'PIPL Art. 30']),
    );
    expect(citationsFor('insecure-transport', 'http-action', 'CN')).toContain('CSL Art. 21');
    expect(citationsFor('insecure-transport', 'http-action', 'EU')).toContain('GDPR Art. 32');
    expect(citationsFor('third-party-recipient', 'form-target', 'CN')).toContain('PIPL Art. 23');
    expect(citationsFor('third-party-recipient', 'form-target', 'EU')).toContain('GDPR Art. 13(1)(e)');
  });

  it('adds element, legal-basis and sensitive-category citations from context, without duplicates', () => {
    const c = citationsFor('consent-notice', 'element-missing', 'CN', { elements: ['withdrawal', 'contact'] });
    expect(c).toEqual(expect.arrayContaining(['PIPL Art. 15', 'PIPL Art. 50', 'App认定方法(2019) 三.8']));
    expect(citationsFor('consent-notice', 'element-missing', 'EU', { elements: ['retention'] })).toContain(
      'GDPR Art. 13(2)(a)',
    );
    expect(citationsFor('purpose-limitation', 'category-not-allowed', 'EU', { legalBasis: 'public-health' })).toContain(
      'GDPR Art. 9(2)(i)',
    );
    expect(
      citationsFor('minimal-necessity', 'category-not-needed', 'CN', { categories: ['identity.id_number'] }),
    ).toContain('PIPL Art. 28');
    expect(
      citationsFor('minimal-necessity', 'category-not-needed', 'CN', { categories: ['identity.name'] }),
    ).not.toContain('PIPL Art. 28');
    expect(
      citationsFor('minimal-necessity', 'category-not-needed', 'EU', { categories: ['health.temperature'] }),
    ).toContain('GDPR Art. 9(1)');
    expect(new Set(c).size).toBe(c.length);
    expect(checklistFor('consent-notice', 'element-missing', ['withdrawal'])).toEqual(['二.1', '三.8']);
  });

  it('returns [] for an unknown check instead of throwing', () => {
    expect(citationsFor('consent-notice', 'no-such-check', 'CN')).toEqual([]);
    expect(checkInfo('consent-notice', 'no-such-check')).toBeUndefined();
  });
});

describe('checklist of App认定方法(2019)', () => {
  it('has 31 items in 6 criteria (4+4+9+6+3+5)', () => {
    expect(CHECKLIST_ITEMS).toHaveLength(31);
    const perCriterion = new Map<string, number>();
    for (const i of CHECKLIST_ITEMS) perCriterion.set(i.id[0]!, (perCriterion.get(i.id[0]!) ?? 0) + 1);
    expect([...perCriterion.values()]).toEqual([4, 4, 9, 6, 3, 5]);
  });
  it('every item is either covered by a check or says why not; every cited item exists', () => {
    const ids = new Set(CHECKLIST_ITEMS.map((i) => i.id));
    for (const i of CHECKLIST_ITEMS) {
      const covered = checksCovering(i.id).length > 0;
      expect(covered !== (i.notVisible !== null), i.id).toBe(true);
    }
    for (const c of CHECKS) for (const id of c.checklist) expect(ids.has(id), `${c.check} → ${id}`).toBe(true);
  });
});
