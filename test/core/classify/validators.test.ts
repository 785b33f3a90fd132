import { describe, expect, it } from 'vitest';
import { isCnMobile, isCnResidentId, isHkid, isTaiwanId, validateValue } from '../../../src/core/classify/validators';

describe('PRC resident ID (GB 11643)', () => {
  it.each(['11010519491231002X', '11010119900307803X'])('accepts %s', (id) => expect(isCnResidentId(id)).toBe(true));
  it('accepts a lower-case x and surrounding spaces', () => expect(isCnResidentId(' 11010519491231002x ')).toBe(true));
  it.each([
    ['wrong check digit', '110105194912310021'],
    ['impossible date', '110105194902301234'],
    ['17 digits', '11010519491231002'],
    ['letters inside', '1101051949123A002X'],
    ['leading zero region', '010105194912310021'],
  ])('rejects %s', (_why, id) => expect(isCnResidentId(id)).toBe(false));
});

describe('HKID', () => {
  it.each(['A123456(3)', 'A1234563', 'a123456(3)'])('accepts %s', (id) => expect(isHkid(id)).toBe(true));
  it('accepts a two-letter prefix with a valid check digit', () => {
    // Compute the check for XY123456 so the test pins the two-letter weighting, not a magic value.
    const sum = 33 * 9 + 34 * 8 + 1 * 7 + 2 * 6 + 3 * 5 + 4 * 4 + 5 * 3 + 6 * 2;
    const check = (11 - (sum % 11)) % 11;
    expect(isHkid(`XY123456(${check === 10 ? 'A' : check})`)).toBe(true);
  });
  it.each(['A123456(4)', 'A12345(3)', '1234567', 'ABC123456(3)'])('rejects %s', (id) => expect(isHkid(id)).toBe(false));
});

describe('Taiwan ID', () => {
  it.each(['A123456789', 'a123456789', 'F131104093'])('accepts %s', (id) => expect(isTaiwanId(id)).toBe(true));
  it.each(['A123456788', 'A323456789', '1234567890', 'A12345678'])('rejects %s', (id) =>
    expect(isTaiwanId(id)).toBe(false),
  );
});

describe('mainland mobile numbers', () => {
  it.each(['13800138000', '+86 138 0013 8000', '0086-19912345678', '86 15012345678'])('accepts %s', (n) =>
    expect(isCnMobile(n)).toBe(true),
  );
  it.each(['12800138000', '1380013800', '138001380001', '010-88888888', 'abc'])('rejects %s', (n) =>
    expect(isCnMobile(n)).toBe(false),
  );
});

describe('validateValue', () => {
  it('names the validator and category, never the value', () => {
    const result = validateValue('11010519491231002X');
    expect(result?.name).toBe('cn-id');
    expect(result?.category).toBe('identity.id_number');
    expect(JSON.stringify(result)).not.toContain('11010519491231002X');
  });
  it('ignores empty and long values', () => {
    expect(validateValue('')).toBeNull();
    expect(validateValue('13800138000'.repeat(5))).toBeNull();
  });
});
