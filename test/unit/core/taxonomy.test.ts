import { describe, expect, it } from 'vitest';
import { CATEGORIES, isSensitive, SENSITIVE_IDS } from '../../../src/core/taxonomy';

describe('taxonomy', () => {
  it('SENSITIVE_IDS is exactly the categories marked sensitive (shared/spec/taxonomy.md)', () => {
    expect([...SENSITIVE_IDS].sort()).toEqual(
      CATEGORIES.filter((c) => c.sensitive)
        .map((c) => c.id)
        .sort(),
    );
    for (const c of CATEGORIES) expect(isSensitive(c.id)).toBe(c.sensitive);
    expect(isSensitive(null)).toBe(false);
  });
});
