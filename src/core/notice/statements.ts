// Text tests shared by the notice module: is this a consent statement, a pledge, a notice title,
// which elements / sensitive data / extra uses does a text name. Pure functions over strings.
import type { CategoryId, Family } from '../taxonomy';
import { familyOf, isSensitive } from '../taxonomy';
import type { ConsentControl, NoticeElement, ReportField } from '../types';
import { NOTICE_ELEMENTS } from '../types';
import {
  COLLECTION_STATEMENTS,
  CONSENT_STATEMENTS,
  CONSENT_TRIGGER,
  DATA_WORDS,
  NEGATION_BEFORE,
  EXTRA_USES,
  NOTICE_ELEMENT_PATTERNS,
  NOTICE_TITLES,
  PLEDGES,
  PROCESSING_WORDS,
  PURPOSE_SENTENCES,
  SENSITIVE_NAMINGS,
  INTL_NOTICE_CUE,
  matchesAny,
} from './lexicon';

/** A notice candidate in another language: resolveNotice confirms or drops it (notice/languages.ts). */
export function isIntlCandidate(text: string): boolean {
  return INTL_NOTICE_CUE.test(text);
}

export function isPledgeOnly(text: string): boolean {
  return matchesAny(text, PLEDGES) && !matchesAny(text, PROCESSING_WORDS);
}

/** "我已阅读并同意《隐私政策》", "I consent to the processing of my health data": about data, not a pledge. */
export function isConsentStatement(text: string): boolean {
  if (!CONSENT_TRIGGER.test(text)) return false;
  if (!matchesAny(text, CONSENT_STATEMENTS) || isPledgeOnly(text)) return false;
  return (
    matchesAny(text, PROCESSING_WORDS) ||
    matchesAny(text, DATA_WORDS) ||
    SENSITIVE_NAMINGS.some((n) => n.pattern.test(text))
  );
}

export function isNoticeTitle(text: string): boolean {
  return matchesAny(text, NOTICE_TITLES);
}

/** A text block that is (part of) a notice or collection statement on the page. */
export function isNoticeText(text: string): boolean {
  if (isPledgeOnly(text)) return false;
  if (matchesAny(text, NOTICE_TITLES) || matchesAny(text, COLLECTION_STATEMENTS)) return true;
  // Consent wording without a control ("by submitting you agree to…") counts when it is about data.
  return matchesAny(text, CONSENT_STATEMENTS) && matchesAny(text, PROCESSING_WORDS);
}

export function statesPurpose(text: string): boolean {
  return matchesAny(text, PURPOSE_SENTENCES);
}

export function noticeElementsIn(text: string): Record<NoticeElement, boolean> {
  const out = {} as Record<NoticeElement, boolean>;
  for (const element of NOTICE_ELEMENTS) out[element] = matchesAny(text, NOTICE_ELEMENT_PATTERNS[element]);
  return out;
}

const NEGATION_WINDOW = 40;

/** Uses beyond the purpose the notice announces; a denied one ("不用于…其他用途", "never for marketing") is not. */
export function extraUsesIn(text: string): string[] {
  return EXTRA_USES.filter((u) => {
    const all = new RegExp(u.pattern.source, u.pattern.flags.includes('g') ? u.pattern.flags : u.pattern.flags + 'g');
    for (const m of text.matchAll(all)) {
      const before = text.slice(Math.max(0, (m.index ?? 0) - NEGATION_WINDOW), m.index);
      const clause = before.split(/[。；;.!！?？，,]/).pop() ?? '';
      if (!NEGATION_BEFORE.test(clause)) return true;
    }
    return false;
  }).map((u) => u.use);
}

/** What a statement names, before the form's fields are known: categories, and families by a general word. */
export function namingsIn(text: string): { categories: CategoryId[]; families: Family[] } {
  const categories = new Set<CategoryId>();
  const families = new Set<Family>();
  for (const naming of SENSITIVE_NAMINGS) {
    if (!naming.pattern.test(text)) continue;
    if (naming.category) categories.add(naming.category);
    if (naming.family) families.add(naming.family);
  }
  return { categories: [...categories], families: [...families] };
}

/** A consent control with what its statement names, read from its text (resolveNotice, confirm.ts). */
export function withNamings<T extends { text: string }>(
  control: T,
): T & Pick<ConsentControl, 'names' | 'namedFamilies'> {
  const { categories, families } = namingsIn(control.text);
  return families.length
    ? { ...control, names: categories, namedFamilies: families }
    : { ...control, names: categories };
}

/** Specific categories plus the form's own fields of each named family; sensitive ones only. */
export function withFamilies(
  categories: readonly CategoryId[],
  families: readonly Family[],
  fields: readonly Pick<ReportField, 'category'>[],
): CategoryId[] {
  const named = new Set<CategoryId>(categories);
  if (families.length)
    for (const f of fields) if (f.category && families.includes(familyOf(f.category))) named.add(f.category);
  return [...named].filter((c) => isSensitive(c));
}
