// Check-digit validators of issue 15 (IBAN, payment cards, CPF, PESEL, codice fiscale). Each is
// pinned by published example numbers and by the same number with one character changed.
import { describe, expect, it } from 'vitest';
import {
  isCodiceFiscale,
  isCpf,
  isIban,
  isPaymentCard,
  isPesel,
  validateValue,
} from '../../../src/core/classify/validators';
import { classifyField } from '../../../src/core/classify';
import { field } from './field';

describe('IBAN (ISO 13616, mod 97)', () => {
  it.each([
    'DE89 3704 0044 0532 0130 00',
    'GB82WEST12345698765432',
    'fr14 2004 1010 0505 0001 3m02 606',
    'NL91ABNA0417164300',
  ])('accepts %s', (v) => expect(isIban(v)).toBe(true));
  it.each([
    ['one digit changed', 'DE89 3704 0044 0532 0130 01'],
    ['check digits 00', 'DE00370400440532013000'],
    ['too short', 'DE8937040044'],
    ['no country', '8937040044053201300000'],
  ])('rejects %s', (_why, v) => expect(isIban(v)).toBe(false));
});

describe('payment card (issuer prefix + Luhn)', () => {
  it.each(['4111 1111 1111 1111', '5555-5555-5555-4444', '378282246310005', '6011111111111117'])('accepts %s', (v) =>
    expect(isPaymentCard(v)).toBe(true),
  );
  it.each([
    ['Luhn fails', '4111111111111112'],
    ['no issuer starts with 9', '9111111111111111'],
    ['12 digits', '411111111111'],
    ['letters', '4111 1111 1111 111A'],
  ])('rejects %s', (_why, v) => expect(isPaymentCard(v)).toBe(false));
});

describe('CPF (Brazil)', () => {
  it.each(['529.982.247-25', '52998224725'])('accepts %s', (v) => expect(isCpf(v)).toBe(true));
  it.each([
    ['second check digit wrong', '529.982.247-26'],
    ['first check digit wrong', '529.982.247-35'],
    ['all digits equal', '111.111.111-11'],
    ['10 digits', '5299822472'],
  ])('rejects %s', (_why, v) => expect(isCpf(v)).toBe(false));
});

describe('PESEL (Poland)', () => {
  it.each(['44051401359', '02070803628'])('accepts %s', (v) => expect(isPesel(v)).toBe(true));
  it.each([
    ['check digit wrong', '44051401358'],
    ['impossible date (month 13)', '44131401354'],
    ['10 digits', '4405140135'],
  ])('rejects %s', (_why, v) => expect(isPesel(v)).toBe(false));
});

describe('codice fiscale (Italy)', () => {
  it.each(['RSSMRA85T10A562S', 'rssmra85t10a562s', 'RSSMRA85T10A56NH'])('accepts %s', (v) =>
    expect(isCodiceFiscale(v)).toBe(true),
  );
  it.each([
    ['check letter wrong', 'RSSMRA85T10A562T'],
    ['month letter that is no month', 'RSSMRA85F10A562S'],
    ['15 characters', 'RSSMRA85T10A562'],
  ])('rejects %s', (_why, v) => expect(isCodiceFiscale(v)).toBe(false));
});

describe('the validators in classification', () => {
  it('a pre-filled IBAN makes an unlabelled box a bank account, and only its name travels', () => {
    const result = validateValue('DE89 3704 0044 0532 0130 00');
    expect(result?.name).toBe('iban');
    expect(result?.category).toBe('financial.account');
    expect(JSON.stringify(result)).not.toContain('3704');
    expect(classifyField(field({ label: 'Feld 7' }), 'DE89370400440532013000').category).toBe('financial.account');
  });
  it.each([
    ['4111111111111111', 'payment-card', 'financial.account'],
    ['529.982.247-25', 'cpf', 'identity.id_number'],
    ['44051401359', 'pesel', 'identity.id_number'],
    ['RSSMRA85T10A562S', 'codice-fiscale', 'identity.id_number'],
  ])('%s → %s', (value, name, category) => {
    const result = validateValue(value);
    expect(result?.name).toBe(name);
    expect(result?.category).toBe(category);
  });
  it('a PRC ID number stays an ID number although 18 digits may pass Luhn', () => {
    expect(validateValue('11010519491231002X')?.name).toBe('cn-id');
  });
});
