// HTML autocomplete detail tokens (WHATWG "autofill field names") → category. The page author
// declares what the field holds, so these weigh almost like a label. Section and contact-type
// tokens ("section-x", "shipping", "billing", "home", "work", "mobile") are skipped by the
// classifier; the last token is the field name. null = declared, and not personal in our
// taxonomy (blocks weaker keyword hits: a "username" box is not identity.name).
import type { CategoryId } from '../taxonomy';

export const AUTOCOMPLETE: Readonly<Record<string, CategoryId | null>> = {
  name: 'identity.name',
  'given-name': 'identity.name',
  'additional-name': 'identity.name',
  'family-name': 'identity.name',
  'cc-name': 'identity.name',
  'cc-given-name': 'identity.name',
  'cc-family-name': 'identity.name',
  email: 'identity.email',
  tel: 'identity.phone',
  'tel-national': 'identity.phone',
  'tel-local': 'identity.phone',
  'tel-area-code': 'identity.phone',
  'tel-local-prefix': 'identity.phone',
  'tel-local-suffix': 'identity.phone',
  'tel-country-code': 'identity.phone',
  'tel-extension': 'identity.phone',
  bday: 'identity.birthdate',
  'bday-day': 'identity.birthdate',
  'bday-month': 'identity.birthdate',
  'bday-year': 'identity.birthdate',
  'street-address': 'location.address',
  'address-line1': 'location.address',
  'address-line2': 'location.address',
  'address-line3': 'location.address',
  'address-level4': 'location.address',
  'postal-code': 'location.address',
  'address-level3': 'location.city',
  'address-level2': 'location.city',
  'address-level1': 'location.city',
  country: 'location.city',
  'country-name': 'location.city',
  'cc-number': 'financial.account',
  'cc-exp': 'financial.account',
  'cc-exp-month': 'financial.account',
  'cc-exp-year': 'financial.account',
  'cc-csc': 'financial.account',
  photo: 'biometric.face',
  // Declared and not personal data in our taxonomy.
  username: null,
  'current-password': null,
  'new-password': null,
  'one-time-code': null,
  organization: null,
  'organization-title': null,
  url: null,
  'transaction-amount': null,
  'transaction-currency': null,
  language: null,
  sex: null,
  nickname: null,
  'honorific-prefix': null,
  'honorific-suffix': null,
  impp: null,
};

/** Tokens that qualify the field name and say nothing about the category. */
export const AUTOCOMPLETE_QUALIFIERS: ReadonlySet<string> = new Set([
  'shipping',
  'billing',
  'home',
  'work',
  'mobile',
  'fax',
  'pager',
  'webauthn',
]);
