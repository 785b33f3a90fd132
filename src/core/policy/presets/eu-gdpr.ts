// Preset `eu-gdpr`: an EU employer under the GDPR (Art. 5, 6, 7, 9, 13, 32, 88). Same purposes
// and data as cn-pipl; legal bases and retention follow EU employment practice.
//
// The spec's legalBasis list has no "legitimate interests" (GDPR Art. 6(1)(f)), which is what EU
// employers usually rely on for visitor logs and security monitoring; until it is added, those
// purposes use the nearest honest value and say so below.
import type { Policy } from '../../types';
import { PRESET_RULES } from './preset-rules';
import { purposeFrom } from './workplace-purposes';

export const EU_GDPR: Policy = {
  id: 'eu-gdpr',
  version: '2026.11',
  jurisdiction: 'EU',
  locale: 'en',
  purposes: {
    // Art. 6(1)(c) with Art. 9(2)(i): screening required by Union or Member-State public-health
    // law. Answers are deleted once the screening has served its purpose (two weeks).
    'epidemic-prevention': purposeFrom('epidemic-prevention', { legalBasis: 'legal-obligation', retentionDays: 14 }),
    // Art. 6(1)(c): Member States must make employers record daily working time (CJEU C-55/18
    // CCOO, 2019); national laws keep the records about two years (e.g. ArbZG §16(2)).
    attendance: purposeFrom('attendance', { legalBasis: 'legal-obligation', retentionDays: 730 }),
    'field-attendance': purposeFrom('field-attendance', { legalBasis: 'contract', retentionDays: 90 }),
    // Art. 6(1)(b) and Art. 88; kept for the usual three-year limitation period after employment.
    onboarding: purposeFrom('onboarding', { legalBasis: 'contract', retentionDays: 1095 }),
    benefits: purposeFrom('benefits', { legalBasis: 'contract', retentionDays: 730 }),
    // Really Art. 6(1)(f) (not in the spec's list); consent is the stricter stand-in and makes the
    // notice state withdrawal and contact.
    'visitor-management': purposeFrom('visitor-management', { legalBasis: 'consent', retentionDays: 30 }),
    'remote-work-equipment': purposeFrom('remote-work-equipment', { legalBasis: 'contract', retentionDays: 90 }),
    // Art. 32 obliges the controller to secure its systems (Art. 6(1)(c)); often argued as
    // Art. 6(1)(f) instead. Kept briefly, as monitoring of employees must be proportionate (Art. 88).
    'it-security-monitoring': purposeFrom('it-security-monitoring', {
      legalBasis: 'legal-obligation',
      retentionDays: 90,
    }),
  },
  sites: [],
  recipients: [],
  rules: PRESET_RULES,
  onSubmit: 'warn',
};
