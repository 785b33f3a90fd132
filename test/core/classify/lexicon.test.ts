// Integrity of the vocabulary data: valid categories and weights, no duplicates, and no term that
// is both a positive keyword and a negative blocking that same category (one would silently win).
import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/core/classify/normalize';
import {
  AUTOCOMPLETE,
  CONSENT_BOXES,
  EN,
  LANGUAGES,
  NAME_STEMS,
  NEGATIVE,
  OPTION_ONLY,
  PINYIN_TOKENS,
  WHOLE_NAME_TOKENS,
  ZH_CN,
  ZH_CN_WHOLE_LABEL,
  ZH_TW,
} from '../../../src/core/lexicon';
import type { CategoryLexicon } from '../../../src/core/lexicon';
import { isCategoryId } from '../../../src/core/taxonomy';

const LEXICONS: Record<string, CategoryLexicon> = {
  ZH_CN,
  ZH_TW,
  EN,
  OPTION_ONLY,
  PINYIN_TOKENS,
  NAME_STEMS,
  WHOLE_NAME_TOKENS,
  ZH_CN_WHOLE_LABEL,
  ...Object.fromEntries(
    LANGUAGES.flatMap((l) => [
      [l.lang, l.terms],
      [`${l.lang} whole label`, l.wholeLabel ?? {}],
    ]),
  ),
};
const ALL_NEGATIVE = [...NEGATIVE, CONSENT_BOXES, ...LANGUAGES.flatMap((l) => l.negative ?? [])];

describe('lexicon data', () => {
  for (const [name, lexicon] of Object.entries(LEXICONS)) {
    it(`${name}: categories exist, weights in (0, 1], terms unique per category`, () => {
      for (const [category, terms] of Object.entries(lexicon)) {
        expect(isCategoryId(category), category).toBe(true);
        const seen = new Set<string>();
        for (const [term, weight] of terms) {
          expect(term.trim().length, `${category} empty term`).toBeGreaterThan(0);
          expect(weight > 0 && weight <= 1, `${category} ${term} weight ${weight}`).toBe(true);
          expect(seen.has(fold(term)), `${name} ${category} duplicate ${term}`).toBe(false);
          seen.add(fold(term));
        }
      }
    });
  }

  it('pinyin tokens are lower-case ASCII identifiers', () => {
    for (const terms of Object.values(PINYIN_TOKENS)) for (const [term] of terms) expect(term).toMatch(/^[a-z0-9_]+$/);
  });

  it('negative rules block real categories with sane weights', () => {
    for (const rule of ALL_NEGATIVE) {
      expect(rule.weight > 0 && rule.weight <= 1).toBe(true);
      if (rule.blocks !== 'all') for (const c of rule.blocks) expect(isCategoryId(c), c).toBe(true);
      expect(rule.why.length).toBeGreaterThan(0);
    }
  });

  it('no term is both positive for a category and negative against it', () => {
    const negatives = new Map<string, (typeof NEGATIVE)[number]>();
    for (const rule of ALL_NEGATIVE) for (const term of rule.terms) negatives.set(fold(term), rule);
    for (const lexicon of [ZH_CN, ZH_TW, EN, ...LANGUAGES.map((l) => l.terms)]) {
      for (const [category, terms] of Object.entries(lexicon)) {
        for (const [term] of terms) {
          const rule = negatives.get(fold(term));
          if (rule) expect(rule.blocks === 'all' || rule.blocks.includes(category as never), `${term}`).toBe(false);
        }
      }
    }
  });

  it('autocomplete tokens map to categories or null', () => {
    for (const [token, category] of Object.entries(AUTOCOMPLETE)) {
      expect(token).toMatch(/^[a-z0-9-]+$/);
      expect(category === null || isCategoryId(category)).toBe(true);
    }
  });

  it('every language of issue 15 has a lexicon, with identity, location, financial and health words', () => {
    const langs = LANGUAGES.map((l) => l.lang);
    expect(langs).toEqual(
      expect.arrayContaining(['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'tr', 'ja', 'ko', 'id', 'vi', 'hi']),
    );
    for (const l of LANGUAGES) {
      for (const c of [
        'identity.name',
        'identity.id_number',
        'identity.phone',
        'identity.birthdate',
        'location.address',
        'location.city',
        'financial.account',
        'health.symptoms',
        'health.medical_history',
      ] as const) {
        expect(l.terms[c]?.length ?? 0, `${l.lang} ${c}`).toBeGreaterThan(0);
      }
    }
  });
});
