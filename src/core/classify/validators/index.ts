// Content validators for a pre-filled value. The value is checked in memory only: callers get
// back the validator's name and category, never the value.
import type { CategoryId } from '../../taxonomy';
import { isCnMobile } from './cn-mobile';
import { isCnResidentId } from './cn-id';
import { isHkid } from './hkid';
import { isTaiwanId } from './tw-id';
import { isIban } from './iban';
import { isPaymentCard } from './luhn';
import { isCpf } from './cpf';
import { isPesel } from './pesel';
import { isCodiceFiscale } from './codice-fiscale';

export { isCnMobile, isCnResidentId, isHkid, isTaiwanId, isIban, isPaymentCard, isCpf, isPesel, isCodiceFiscale };

export interface ValueValidator {
  readonly name: string;
  readonly category: CategoryId;
  readonly test: (value: string) => boolean;
}

/**
 * Mainland, Hong Kong and Taiwan IDs and mainland mobiles: the forms FormWarden is for. The
 * content script checks pre-filled values with these only (its 30 KB budget); the CLI and the
 * preview, which scan with `scanRoot`, check with all VALIDATORS.
 */
export const CHINESE_VALIDATORS: readonly ValueValidator[] = [
  { name: 'cn-id', category: 'identity.id_number', test: isCnResidentId },
  { name: 'hkid', category: 'identity.id_number', test: isHkid },
  { name: 'tw-id', category: 'identity.id_number', test: isTaiwanId },
  { name: 'cn-mobile', category: 'identity.phone', test: isCnMobile },
];

export const VALIDATORS: readonly ValueValidator[] = [
  ...CHINESE_VALIDATORS,
  { name: 'codice-fiscale', category: 'identity.id_number', test: isCodiceFiscale },
  { name: 'cpf', category: 'identity.id_number', test: isCpf },
  { name: 'pesel', category: 'identity.id_number', test: isPesel },
  { name: 'iban', category: 'financial.account', test: isIban },
  // After the ID numbers: an 18-digit PRC ID can pass a Luhn check; the ID validator decides it first.
  { name: 'payment-card', category: 'financial.account', test: isPaymentCard },
];

/** Longer values are not identifiers: no validator reads them. */
export const MAX_VALIDATED_LENGTH = 40;

/** The first validator the value passes, or null. Long values are not identifiers: skipped. */
export function validateValue(value: string): ValueValidator | null {
  return firstPassing(value, VALIDATORS);
}

/** The first of `validators` the value passes, or null (long values skipped as above). */
export function firstPassing(value: string, validators: readonly ValueValidator[]): ValueValidator | null {
  if (value.length === 0 || value.length > MAX_VALIDATED_LENGTH) return null;
  for (const validator of validators) if (validator.test(value)) return validator;
  return null;
}
