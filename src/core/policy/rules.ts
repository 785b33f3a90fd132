// Rule defaults of shared/spec/policy.md ("every rule on by default; severity overridable"), so
// the evaluator and the options page read one answer to "how is this rule configured?".
import type { NoticeElement, Policy, RuleConfig, RuleId, Severity } from '../types';

export const DEFAULT_RULE_CONFIG: Readonly<
  Record<RuleId, Readonly<Required<Pick<RuleConfig, 'enabled' | 'severity'>>> & RuleConfig>
> = {
  'purpose-limitation': { enabled: true, severity: 'high' },
  'minimal-necessity': { enabled: true, severity: 'medium', repeatWithinDays: 1 },
  'consent-notice': {
    enabled: true,
    severity: 'high',
    requireElements: ['purpose', 'retention', 'controller', 'rights'],
  },
  'separate-consent': { enabled: true, severity: 'high' },
  'insecure-transport': { enabled: true, severity: 'high' },
  'third-party-recipient': { enabled: true, severity: 'medium' },
};

export interface EffectiveRule {
  enabled: boolean;
  severity: Severity;
  repeatWithinDays: number;
  requireElements: NoticeElement[];
}

export function effectiveRule(policy: Policy, rule: RuleId): EffectiveRule {
  const base = DEFAULT_RULE_CONFIG[rule];
  const own = policy.rules && Object.hasOwn(policy.rules, rule) ? policy.rules[rule] : undefined;
  return {
    enabled: own?.enabled ?? base.enabled,
    severity: own?.severity ?? base.severity,
    repeatWithinDays: own?.repeatWithinDays ?? base.repeatWithinDays ?? 0,
    requireElements: [...(own?.requireElements ?? base.requireElements ?? [])],
  };
}

/** A purpose by id, never an inherited property ("constructor", "toString"). */
export function purposeById(policy: Policy, id: string) {
  return Object.hasOwn(policy.purposes ?? {}, id) ? policy.purposes[id] : undefined;
}
