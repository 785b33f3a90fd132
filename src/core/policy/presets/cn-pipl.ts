// Preset `cn-pipl` (the default policy): a Chinese employer under PIPL, GB/T 35273-2020 and the
// Cybersecurity Law. Purposes and their data are shared with eu-gdpr (workplace-purposes.ts);
// what is Chinese is the legal basis of each purpose and how long answers are kept.
import type { Policy } from '../../types';
import { PRESET_RULES } from './preset-rules';
import { purposeFrom } from './workplace-purposes';

export const CN_PIPL: Policy = {
  id: 'cn-pipl',
  version: '2026.11',
  jurisdiction: 'CN',
  locale: 'zh-CN',
  purposes: {
    // PIPL Art. 13(1)(4): needed to respond to a public-health emergency. The CAC notice of
    // 2020-02-09 forbids reuse for other purposes; 28 days covers two incubation periods.
    'epidemic-prevention': purposeFrom('epidemic-prevention', { legalBasis: 'public-health', retentionDays: 28 }),
    // PIPL Art. 13(1)(2), HR management under lawful labour rules. Attendance underlies overtime
    // pay, whose records 《工资支付暂行规定》 Art. 6 keeps for at least two years.
    attendance: purposeFrom('attendance', { legalBasis: 'hr-management', retentionDays: 730 }),
    // The check-in record joins attendance; the coordinates themselves only until the month is
    // settled and a dispute window has passed.
    'field-attendance': purposeFrom('field-attendance', { legalBasis: 'hr-management', retentionDays: 90 }),
    // PIPL Art. 13(1)(2), concluding and performing the employment contract. Labour Contract Law
    // Art. 50: texts of ended contracts are kept at least two years (counted from the end).
    onboarding: purposeFrom('onboarding', { legalBasis: 'contract', retentionDays: 730 }),
    benefits: purposeFrom('benefits', { legalBasis: 'hr-management', retentionDays: 730 }),
    // Visitors are not employees, and PIPL has no "legitimate interests" basis: consent it is
    // (so the notice must also say how to withdraw and whom to contact).
    'visitor-management': purposeFrom('visitor-management', { legalBasis: 'consent', retentionDays: 30 }),
    'remote-work-equipment': purposeFrom('remote-work-equipment', { legalBasis: 'hr-management', retentionDays: 90 }),
    // CSL Art. 21(3): network logs are kept at least six months.
    'it-security-monitoring': purposeFrom('it-security-monitoring', {
      legalBasis: 'legal-obligation',
      retentionDays: 180,
    }),
  },
  sites: [],
  recipients: [],
  rules: PRESET_RULES,
  onSubmit: 'warn',
};
