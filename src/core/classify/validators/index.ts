// Content validators for a pre-filled value. The value is checked in memory only: callers get
// back the validator's name and category, never the value.
import type { CategoryId } from '../../taxonomy';
import { isCnMobile } from './cn-mobile';
import { isCnResidentId } from './cn-id';
import { isHkid } from './hkid';
import { isTaiwanId } from './tw-id';

export { isCnMobile, isCnResidentId, isHkid, isTaiwanId };

export interface ValueValidator {
  readonly name: string;
  readonly category: CategoryId;
  readonly test: (value: string) => boolean;
}

export const VALIDATORS: readonly ValueValidator[] = [
  { name: 'cn-id', category: 'identity.id_number', test: isCnResidentId },
  { name: 'hkid', category: 'identity.id_number', test: isHkid },
  { name: 'tw-id', category: 'identity.id_number', test: isTaiwanId },
  { name: 'cn-mobile', category: 'identity.phone', test: isCnMobile },
];

/** The first validator the value passes, or null. Long values are not identifiers: skipped. */
export function validateValue(value: string): ValueValidator | null {
  if (value.length === 0 || value.length > 40) return null;
  for (const validator of VALIDATORS) if (validator.test(value)) return validator;
  return null;
}
