// Turn a scan and a policy into the report's purpose and findings (issue 3, 5, 9, 10).
// The checks are data, one object per check in ./checks; this file only runs them and dresses each
// hit as a Finding: severity from the policy, message and fix in three languages, citations and
// checklist rows for the policy's jurisdiction. Same input → same output, in a stable order.
import { noticeTemplate } from '../fixes/notice-template';
import { checklistOf, citationsOf } from '../policy/citations';
import { DEFAULT_RULE_CONFIG } from '../policy/rules';
import { RULE_IDS, SEVERITY_ORDER } from '../types';
import type {
  Finding,
  HistoryEntry,
  LiveFacts,
  Locale,
  Policy,
  PurposeReport,
  RuleId,
  ScanResult,
  Severity,
} from '../types';
import type { Check, Hit } from './check';
import { buildContext, type EvalContext } from './context';
import { fitOf } from './fit';
import { determinePurpose } from './purpose';
import { CHECKS } from './checks';
import { localize, purposeLabel } from './words';

export { determinePurpose, urlMatches } from './purpose';
export { CHECKS } from './checks';

export interface EvaluationInput {
  scan: ScanResult;
  policy: Policy;
  pageUrl: string;
  purposeOverride?: string;
  history?: HistoryEntry[];
  live?: LiveFacts;
  /** ms since epoch; defaults to Date.now() — passed in so evaluation stays deterministic in tests. */
  now?: number;
  formFingerprint?: string;
}
export interface Evaluation {
  purpose: PurposeReport;
  findings: Finding[];
}

/** policy.md's defaults (held by the policy module), used when the policy names no severity. */
export const DEFAULT_SEVERITY: Record<RuleId, Severity> = Object.fromEntries(
  RULE_IDS.map((rule) => [rule, DEFAULT_RULE_CONFIG[rule].severity]),
) as Record<RuleId, Severity>;

function toFinding(check: Check, hit: Hit, ctx: EvalContext): Finding {
  const vars = hit.vars ?? {};
  const purposeFor = (locale: Locale) => purposeLabel(ctx.purpose, ctx.purposeId, locale);
  const elements = vars.elements ?? [];
  const checklist = [...new Set([...checklistOf(check, elements), ...(hit.checklist ?? [])])];
  const citationContext = {
    elements,
    categories: vars.categories ?? [],
    ...(ctx.purpose?.legalBasis ? { legalBasis: ctx.purpose.legalBasis } : {}),
  };
  const finding: Finding = {
    rule: check.rule,
    check: check.id,
    severity: ctx.rule(check.rule).severity ?? DEFAULT_SEVERITY[check.rule],
    fields: [...new Set(hit.fields)],
    message: localize(check.message, vars, purposeFor),
    citation: citationsOf(check, ctx.policy.jurisdiction ?? 'CN', citationContext),
  };
  finding.fix = localize(check.fix, vars, purposeFor);
  if (checklist.length > 0) finding.checklist = checklist;
  if (hit.recipients && hit.recipients.length > 0) finding.recipients = [...new Set(hit.recipients)];
  if (check.noticeTemplate) {
    // The notice should describe the form as it will be once fixed: only what the purpose allows.
    const purpose = ctx.purpose;
    const categories = ctx.personal.map((f) => f.category).filter((c) => !purpose || fitOf(c, purpose) === 'allowed');
    finding.noticeTemplate = noticeTemplate(ctx.policy, ctx.purposeId ?? 'none', categories);
  }
  return finding;
}

/** Stable order: severity, rule (policy.md order), check, first field in document order. */
function sortFindings(findings: Finding[], ctx: EvalContext): Finding[] {
  const order = new Map(ctx.scan.fields.map((f, i) => [f.selector, i] as const));
  const position = (f: Finding) => (f.fields.length > 0 ? (order.get(f.fields[0]!) ?? Number.MAX_SAFE_INTEGER) : -1);
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[b.finding.severity] - SEVERITY_ORDER[a.finding.severity] ||
        RULE_IDS.indexOf(a.finding.rule) - RULE_IDS.indexOf(b.finding.rule) ||
        (a.finding.check < b.finding.check ? -1 : a.finding.check > b.finding.check ? 1 : 0) ||
        position(a.finding) - position(b.finding) ||
        a.index - b.index,
    )
    .map((x) => x.finding);
}

export function evaluate(input: EvaluationInput): Evaluation {
  const purpose = determinePurpose(input.scan, input.policy, input.pageUrl, input.purposeOverride);
  const ctx = buildContext({ ...input, purposeReport: purpose });
  // A page that asks for nothing personal is none of our business (issue 3).
  if (ctx.personal.length === 0) return { purpose, findings: [] };
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    if (ctx.rule(check.rule).enabled === false) continue;
    if (check.needsConsentBasis && !ctx.consentBasis) continue;
    for (const hit of check.applies(ctx)) findings.push(toFinding(check, hit, ctx));
  }
  return { purpose, findings: sortFindings(findings, ctx) };
}
