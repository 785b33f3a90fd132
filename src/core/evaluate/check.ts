// The shape of one check: everything about it in one object, one file per check in ./checks.
// `applies` looks at the evaluation context and returns hits; the engine turns each hit into a
// Finding (severity from the policy, message and fix in three languages, citations for the
// policy's jurisdiction, checklist rows, the notice template where it earns one). Every part is
// required, so a check that lacks one (a fix, its citations, the popup's words) does not compile.
import type { Jurisdiction, Observability } from '../policy/provisions';
import type { CheckWords } from '../report/check-words';
import type { Locale, Localized, RuleId } from '../types';
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
  /** The report's `check` (policy.md); unique among all checks. */
  readonly id: string;
  readonly rule: RuleId;
  /** How the check is titled in reports, SARIF and docs/checklist.md. */
  readonly title: Localized;
  /** What it looks at: the page's markup, live facts from the browser, or the consent ledger. */
  readonly observability: Observability;
  /** Only run when the purpose relies on consent (policy.md: legalBasis ≠ consent → no consent-control finding). */
  readonly needsConsentBasis: boolean;
  /** HR fixes it by pasting a notice: its findings carry the notice template (issue 6). */
  readonly noticeTemplate: boolean;
  /** The detection: one hit per finding. */
  applies(ctx: EvalContext): Hit[];
  /** What the employee reads, filled with the hit's localized words. */
  readonly message: Template;
  /** What HR should change (issue 6), filled with the same words. */
  readonly fix: Template;
  /** Provisions per jurisdiction (short identifiers, see policy/provisions.ts). */
  readonly citations: Readonly<Record<Jurisdiction, readonly string[]>>;
  /** Items of App认定方法(2019) this check covers on a web form, e.g. "三.4". */
  readonly checklist: readonly string[];
  /** The popup's words: the verdict's clause and a few words per field (report/verdict.ts). */
  readonly words: CheckWords;
}

/** Declares a check; the parameter type makes a missing or misspelt part a type error. */
export function defineCheck(check: Check): Check {
  return check;
}
