// What each check cites and which checklist items it covers, as views over the checks
// (src/core/evaluate/checks/, where each check keeps its title, citations and checklist rows).
//
// Every finding names its rule and check (shared/spec/policy.md); per jurisdiction, a check's
// citations say which provisions back it, and its checklist rows which items of the 2019 checklist
// of the four Chinese regulators (《App违法违规收集使用个人信息行为认定方法》, "App认定方法") it covers.
// The evaluator reads them through citationsOf / checklistOf; docs/checklist.md is generated from
// CHECK_INFO, so the wording of the law lives in one place. Added here: what a finding's context
// adds (a missing notice element, the purpose's legal basis, sensitive categories).
import type { Check } from '../evaluate/check';
import { CHECKS as RUN_CHECKS } from '../evaluate/checks';
import type { LegalBasis, Localized, NoticeElement, RuleId } from '../types';
import { isCategoryId, isSensitive, type CategoryId } from '../taxonomy';
import { CAC_2020, item, OECD, type Jurisdiction, type Observability } from './provisions';

export { JURISDICTIONS, type Jurisdiction, type Observability } from './provisions';

export interface CheckInfo {
  readonly rule: RuleId;
  readonly check: string;
  readonly title: Localized;
  /** Items of App认定方法(2019) this check covers on a web form, e.g. "三.4". */
  readonly checklist: readonly string[];
  readonly observability: Observability;
  readonly citations: Readonly<Record<Jurisdiction, readonly string[]>>;
}

/** Every check's title, checklist rows and citations, in the evaluator's order. */
export const CHECK_INFO: readonly CheckInfo[] = RUN_CHECKS.map((c) => ({
  rule: c.rule,
  check: c.id,
  title: c.title,
  checklist: c.checklist,
  observability: c.observability,
  citations: c.citations,
}));

/** Element-specific additions for consent-notice/element-missing (which part of the notice is missing). */
export const ELEMENT_CITATIONS: Readonly<Record<NoticeElement, Readonly<Record<Jurisdiction, readonly string[]>>>> = {
  purpose: { CN: ['PIPL Art. 17(1)(2)'], EU: ['GDPR Art. 13(1)(c)'], generic: [OECD.purpose] },
  retention: {
    CN: ['PIPL Art. 17(1)(2)', 'PIPL Art. 19'],
    EU: ['GDPR Art. 13(2)(a)', 'GDPR Art. 5(1)(e)'],
    generic: [OECD.openness],
  },
  controller: { CN: ['PIPL Art. 17(1)(1)'], EU: ['GDPR Art. 13(1)(a)'], generic: [OECD.openness] },
  rights: {
    CN: ['PIPL Art. 17(1)(3)', 'PIPL Art. 44', item('六.1')],
    EU: ['GDPR Art. 13(2)(b)'],
    generic: [OECD.participation],
  },
  recipients: { CN: ['PIPL Art. 23'], EU: ['GDPR Art. 13(1)(e)'], generic: [OECD.openness] },
  withdrawal: {
    CN: ['PIPL Art. 15', 'GB/T 35273-2020 §8.4', item('三.8')],
    EU: ['GDPR Art. 7(3)', 'GDPR Art. 13(2)(c)'],
    generic: [OECD.participation],
  },
  contact: {
    CN: ['PIPL Art. 50', 'CSL Art. 49', item('六.5')],
    EU: ['GDPR Art. 13(1)(a)', 'GDPR Art. 13(1)(b)', 'GDPR Art. 13(2)(b)', 'GDPR Art. 13(2)(d)'],
    generic: [OECD.participation],
  },
};

/** Checklist items an element-missing finding covers, per element (issue 9). */
export const ELEMENT_CHECKLIST: Readonly<Partial<Record<NoticeElement, readonly string[]>>> = {
  rights: ['六.1'],
  withdrawal: ['三.8'],
  contact: ['六.5'],
};

/** The provision that makes a legal basis lawful; used in notices and fix texts. */
export const LEGAL_BASIS_CITATIONS: Readonly<Record<LegalBasis, Readonly<Record<Jurisdiction, readonly string[]>>>> = {
  consent: {
    CN: ['PIPL Art. 13(1)(1)', 'PIPL Art. 14'],
    EU: ['GDPR Art. 6(1)(a)', 'GDPR Art. 7'],
    generic: [OECD.collection],
  },
  contract: { CN: ['PIPL Art. 13(1)(2)'], EU: ['GDPR Art. 6(1)(b)'], generic: [OECD.collection] },
  // PIPL names HR management under lawful labour rules and collective contracts explicitly; GDPR
  // leaves employment to Art. 6(1)(b)/(c) and the Member-State rules Art. 88 allows.
  'hr-management': {
    CN: ['PIPL Art. 13(1)(2)'],
    EU: ['GDPR Art. 6(1)(b)', 'GDPR Art. 88', 'GDPR Art. 9(2)(b)'],
    generic: [OECD.collection],
  },
  'legal-obligation': { CN: ['PIPL Art. 13(1)(3)'], EU: ['GDPR Art. 6(1)(c)'], generic: [OECD.collection] },
  'public-health': {
    CN: ['PIPL Art. 13(1)(4)', CAC_2020],
    EU: ['GDPR Art. 6(1)(c)', 'GDPR Art. 9(2)(i)'],
    generic: [OECD.collection],
  },
  'vital-interest': {
    CN: ['PIPL Art. 13(1)(4)'],
    EU: ['GDPR Art. 6(1)(d)', 'GDPR Art. 9(2)(c)'],
    generic: [OECD.collection],
  },
};

const INFO_BY_KEY: ReadonlyMap<string, CheckInfo> = new Map(CHECK_INFO.map((c) => [`${c.rule}/${c.check}`, c]));
const CHECK_BY_KEY: ReadonlyMap<string, Check> = new Map(RUN_CHECKS.map((c) => [`${c.rule}/${c.id}`, c]));

export function checkInfo(rule: RuleId, check: string): CheckInfo | undefined {
  return INFO_BY_KEY.get(`${rule}/${check}`);
}

export interface CitationContext {
  /** For consent-notice/element-missing: the missing elements, each adds its own provision. */
  elements?: readonly NoticeElement[];
  /** The purpose's legal basis: adds the provision that makes it lawful (purpose-limitation only). */
  legalBasis?: LegalBasis;
  /** Categories the finding is about: sensitive CN data adds PIPL Art. 28, EU health/biometric adds GDPR Art. 9(1). */
  categories?: readonly CategoryId[];
}

/** What citationsOf and checklistOf read of a check. */
type CitedCheck = Pick<Check, 'rule' | 'id' | 'citations' | 'checklist'>;

const SENSITIVE_FAMILIES_EU = ['health.', 'biometric.'];

/** Citations for one finding of a check: its own, plus what the finding's context adds. */
export function citationsOf(info: CitedCheck, jurisdiction: Jurisdiction, context: CitationContext = {}): string[] {
  const out = [...info.citations[jurisdiction]];
  if (info.id === 'element-missing') {
    for (const element of context.elements ?? []) out.push(...(ELEMENT_CITATIONS[element]?.[jurisdiction] ?? []));
  }
  if (context.legalBasis && info.rule === 'purpose-limitation') {
    out.push(...(LEGAL_BASIS_CITATIONS[context.legalBasis]?.[jurisdiction] ?? []));
  }
  const categories = context.categories ?? [];
  if (categories.length > 0) {
    if (jurisdiction === 'CN' && categories.some(isSensitiveCategory)) out.push('PIPL Art. 28');
    if (jurisdiction === 'EU' && categories.some((c) => SENSITIVE_FAMILIES_EU.some((f) => c.startsWith(f))))
      out.push('GDPR Art. 9(1)');
  }
  return [...new Set(out)];
}

/**
 * Citations for one finding, by rule and check id. Unknown (rule, check) pairs return [] rather
 * than throwing, so a report naming a check this build does not know still renders.
 */
export function citationsFor(
  rule: RuleId,
  check: string,
  jurisdiction: Jurisdiction,
  context: CitationContext = {},
): string[] {
  const info = CHECK_BY_KEY.get(`${rule}/${check}`);
  return info ? citationsOf(info, jurisdiction, context) : [];
}

/** Checklist items a finding of a check covers (adds element-specific rows for element-missing). */
export function checklistOf(info: CitedCheck, elements: readonly NoticeElement[] = []): string[] {
  const out = [...info.checklist];
  if (info.id === 'element-missing') for (const e of elements) out.push(...(ELEMENT_CHECKLIST[e] ?? []));
  return [...new Set(out)];
}

/** Checklist items a finding covers, by rule and check id ([] for an unknown check). */
export function checklistFor(rule: RuleId, check: string, elements: readonly NoticeElement[] = []): string[] {
  const info = CHECK_BY_KEY.get(`${rule}/${check}`);
  return info ? checklistOf(info, elements) : [];
}

function isSensitiveCategory(id: CategoryId): boolean {
  return isCategoryId(id) && isSensitive(id);
}
