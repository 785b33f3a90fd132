import { describe, expect, it } from 'vitest';
import { LEDGER_STRINGS } from '../../../src/ui/ledger/strings';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('ledger strings', () => {
  it('every key has the same placeholders in en, zh-CN and zh-TW', () => {
    for (const key of Object.keys(LEDGER_STRINGS.en) as (keyof typeof LEDGER_STRINGS.en)[]) {
      for (const locale of ['zh-CN', 'zh-TW'] as const) {
        expect(LEDGER_STRINGS[locale][key], `${locale} ${key}`).toBeTruthy();
        expect(placeholders(LEDGER_STRINGS[locale][key]), `${locale} ${key}`).toEqual(
          placeholders(LEDGER_STRINGS.en[key]),
        );
      }
    }
  });
});
