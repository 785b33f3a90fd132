// The shape of one check: a small data object. `applies` looks at the evaluation context and
// returns hits; the engine turns each hit into a Finding (severity from the policy, message and
// fix in three languages, citations for the policy's jurisdiction, checklist rows).
import type { Locale, RuleId } from '../types';
import type { EvalContext } from './context';
import type { HitVars, Words } from './words';

export interface Hit {
  /** Selectors of the affected controls (may be empty for page-level facts). */
  fields: string[];
  vars?: HitVars;
  /** Third parties this hit names (issue 10). */
  recipients?: string[];
  /** Checklist rows specific to this hit, added to the check's own rows. */
  checklist?: string[];
}

export type Template = Record<Locale, (w: Words) => string>;

export interface Check {
  id: string;
  rule: RuleId;
  /** Only meaningful when the purpose relies on consent (policy.md: legalBasis ≠ consent → no consent-control finding). */
  needsConsentBasis?: boolean;
  applies(ctx: EvalContext): Hit[];
  message: Template;
}
