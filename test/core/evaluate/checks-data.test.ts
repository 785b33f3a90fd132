// The checks are data: every check the evaluator runs has citations, checklist metadata, a fix
// and a message in each language, and vice versa.
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../src/core/evaluate';
import { LOCALES, wordsFor } from '../../../src/core/evaluate/words';
import { hasFix } from '../../../src/core/fixes';
import { CHECK_INFO, checkInfo, citationsFor } from '../../../src/core/policy/citations';
import { RULE_IDS } from '../../../src/core/types';

describe('check metadata', () => {
  it('check ids are unique per rule and rules are the six of policy.md', () => {
    const keys = CHECKS.map((c) => `${c.rule}/${c.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...new Set(CHECKS.map((c) => c.rule))].sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(CHECKS.map((c) => [`${c.rule}/${c.id}`, c] as const))(
    '%s has citations in CN and EU, a fix and three messages',
    (_key, check) => {
      expect(checkInfo(check.rule, check.id)).toBeDefined();
      expect(citationsFor(check.rule, check.id, 'CN').length).toBeGreaterThan(0);
      expect(citationsFor(check.rule, check.id, 'EU').length).toBeGreaterThan(0);
      expect(hasFix(check.rule, check.id)).toBe(true);
      for (const locale of LOCALES) {
        const text = check.message[locale](
          wordsFor(
            {
              categories: ['health.temperature'],
              family: 'health',
              elements: ['retention'],
              providers: ['Hotjar'],
              detail: 'x',
              variant: 'link',
              daysAgo: 0,
              granularity: 'city',
              otherPurpose: { en: 'A' },
            },
            'P',
            locale,
          ),
        );
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toContain('undefined');
      }
    },
  );

  it('every check in the citations table is run by the evaluator', () => {
    const run = new Set(CHECKS.map((c) => `${c.rule}/${c.id}`));
    expect(CHECK_INFO.map((c) => `${c.rule}/${c.check}`).filter((k) => !run.has(k))).toEqual([]);
  });
});
