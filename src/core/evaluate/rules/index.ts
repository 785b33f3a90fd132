// Every check, rule by rule, in the order of RULE_IDS. Adding a check = adding an object here.
import type { Check } from '../check';
import { CONSENT_NOTICE_CHECKS } from './consent-notice';
import { INSECURE_TRANSPORT_CHECKS } from './insecure-transport';
import { MINIMAL_NECESSITY_CHECKS } from './minimal-necessity';
import { PURPOSE_LIMITATION_CHECKS } from './purpose-limitation';
import { SEPARATE_CONSENT_CHECKS } from './separate-consent';
import { THIRD_PARTY_RECIPIENT_CHECKS } from './third-party-recipient';

export const CHECKS: readonly Check[] = [
  ...PURPOSE_LIMITATION_CHECKS,
  ...MINIMAL_NECESSITY_CHECKS,
  ...CONSENT_NOTICE_CHECKS,
  ...SEPARATE_CONSENT_CHECKS,
  ...INSECURE_TRANSPORT_CHECKS,
  ...THIRD_PARTY_RECIPIENT_CHECKS,
];
