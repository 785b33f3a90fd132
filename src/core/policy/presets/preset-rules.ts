// The rule settings both presets use (cn-pipl and eu-gdpr differ in purposes' legal bases and
// retention, not in which rules apply or what a notice must say).
import type { RuleConfig, RuleId } from '../../types';

/** Rules shared by both presets: every rule on, and a notice must say all seven things. */
export const PRESET_RULES: Partial<Record<RuleId, RuleConfig>> = {
  'purpose-limitation': { severity: 'high' },
  'minimal-necessity': { severity: 'medium', repeatWithinDays: 1 },
  // withdrawal (PIPL Art. 15 / GDPR Art. 7(3)) is only owed where the purpose's legal basis is
  // consent; the evaluator asks for it on those purposes only. contact is always owed
  // (PIPL Art. 17(1)(1) and Art. 50 / GDPR Art. 13(1)(a)).
  'consent-notice': {
    severity: 'high',
    requireElements: ['purpose', 'retention', 'controller', 'rights', 'withdrawal', 'contact'],
  },
  'separate-consent': { severity: 'high' },
  'insecure-transport': { severity: 'high' },
  'third-party-recipient': { severity: 'medium' },
};
