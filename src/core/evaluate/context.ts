// Everything a check may look at, computed once per evaluation. Checks stay small because the
// joins (field ↔ descriptor, purpose, rule settings, third parties) are done here.
import { isSensitive, type CategoryId } from '../taxonomy';
import type {
  FieldDescriptor,
  HistoryEntry,
  LiveFacts,
  Policy,
  Purpose,
  PurposeReport,
  ReportField,
  RuleConfig,
  RuleId,
  ScanResult,
  TextSource,
} from '../types';
import { hostOf, originOf, registrableDomainOf } from './domains';
import { thirdPartiesOf, type ThirdParty } from './third-parties';

/** One personal control, joined with the question it belongs to. */
export interface PersonalField {
  selector: string;
  label: string;
  category: CategoryId;
  sensitive: boolean;
  /** Selector of the question (radio/checkbox groups are one question). */
  question: string;
  formIndex: number;
  required: boolean;
  hidden: boolean;
  /** input type / role, to tell a typed answer from an upload. */
  type: string | null;
  /** Where the visible label came from; a legend or nearby text may be shared by several questions. */
  labelSource: TextSource | null;
  /** Position in the scan's field list (document order). */
  order: number;
}

export interface EvalContext {
  scan: ScanResult;
  policy: Policy;
  pageUrl: string;
  purposeReport: PurposeReport;
  /** The declared purpose, or null when none could be determined (or it is not in the policy). */
  purposeId: string | null;
  purpose: Purpose | null;
  personal: PersonalField[];
  history: HistoryEntry[];
  live: LiveFacts;
  now: number;
  formFingerprint: string | null;
  origin: string | null;
  pageDomain: string | null;
  /** The purpose relies on consent (or is unknown, the strictest reading). */
  consentBasis: boolean;
  thirdParties: ThirdParty[];
  rule(rule: RuleId): RuleConfig;
}

function descriptorIndex(descriptors: FieldDescriptor[]): Map<string, FieldDescriptor> {
  const bySelector = new Map<string, FieldDescriptor>();
  for (const d of descriptors) {
    bySelector.set(d.selector, d);
    for (const s of d.groupSelectors) if (!bySelector.has(s)) bySelector.set(s, d);
  }
  return bySelector;
}

/** The question a control belongs to: its descriptor, else its radio/checkbox group by name. */
function questionKey(field: ReportField, d: FieldDescriptor | undefined): string {
  if (d && d.groupSelectors.length > 1) return d.selector;
  if ((field.type === 'radio' || field.type === 'checkbox') && field.name)
    return `${field.type}[name=${field.name}]@${d?.formIndex ?? -1}`;
  return d?.selector ?? field.selector;
}

export function personalFieldsOf(scan: ScanResult): PersonalField[] {
  const bySelector = descriptorIndex(scan.descriptors);
  const out: PersonalField[] = [];
  scan.fields.forEach((field, order) => {
    if (field.category === null) return;
    const d = bySelector.get(field.selector);
    out.push({
      selector: field.selector,
      label: field.label,
      category: field.category,
      sensitive: field.sensitive || isSensitive(field.category),
      question: questionKey(field, d),
      formIndex: d?.formIndex ?? -1,
      required: d?.required ?? false,
      hidden: d?.hidden ?? false,
      type: field.type,
      labelSource: d?.texts.find((t) => t.text === field.label)?.source ?? null,
      order,
    });
  });
  return out;
}

export interface ContextInput {
  scan: ScanResult;
  policy: Policy;
  pageUrl: string;
  purposeReport: PurposeReport;
  history?: HistoryEntry[];
  live?: LiveFacts;
  now?: number;
  formFingerprint?: string;
}

export function buildContext(input: ContextInput): EvalContext {
  const { policy, purposeReport } = input;
  const purposeId =
    purposeReport.how !== 'none' && Object.hasOwn(policy.purposes ?? {}, purposeReport.id) ? purposeReport.id : null;
  const purpose = purposeId ? policy.purposes[purposeId]! : null;
  return {
    scan: input.scan,
    policy,
    pageUrl: input.pageUrl,
    purposeReport,
    purposeId,
    purpose,
    personal: personalFieldsOf(input.scan),
    history: input.history ?? [],
    live: input.live ?? {},
    now: input.now ?? Date.now(),
    formFingerprint: input.formFingerprint ?? null,
    origin: originOf(input.pageUrl),
    pageDomain: registrableDomainOf(input.pageUrl) ?? hostOf(input.pageUrl),
    consentBasis: (purpose?.legalBasis ?? 'consent') === 'consent',
    thirdParties: thirdPartiesOf(input.scan.page, input.pageUrl),
    rule: (rule) => (policy.rules && Object.hasOwn(policy.rules, rule) ? (policy.rules[rule] ?? {}) : {}),
  };
}
