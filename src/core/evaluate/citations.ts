// Legal citations and checklist rows per check. Data, looked up by "rule/check" and jurisdiction.
// Checklist rows are items of 《App违法违规收集使用个人信息行为认定方法》(2019); in CN reports they
// are also cited ("App认定方法(2019) 三.4") because that is how Chinese DPOs refer to them.
import type { NoticeElement, Policy, RuleId } from '../types';

type Jurisdiction = NonNullable<Policy['jurisdiction']>;

export interface CheckMeta {
  checklist: string[];
  cite: { CN: string[]; EU: string[] };
}

const PIPL_NOTICE = ['PIPL Art. 14', 'PIPL Art. 17', 'GB/T 35273-2020 §5.4', 'GB/T 35273-2020 §5.5'];
const MINIMAL = { CN: ['PIPL Art. 6', 'GB/T 35273-2020 §5.2'], EU: ['GDPR Art. 5(1)(c)'] };
const RECIPIENT = { CN: ['PIPL Art. 23', 'GB/T 35273-2020 §9.2'], EU: ['GDPR Art. 13(1)(e)', 'GDPR Art. 28'] };
const TRANSPORT = { CN: ['CSL Art. 21', 'PIPL Art. 51', 'GB/T 35273-2020 §6.3'], EU: ['GDPR Art. 32'] };

export const CHECK_META: Record<string, CheckMeta> = {
  'purpose-limitation/outside-purpose': {
    checklist: ['三.3', '四.1'],
    cite: { CN: ['PIPL Art. 6', 'PIPL Art. 14', 'CAC notice of 2020-02-09'], EU: ['GDPR Art. 5(1)(b)'] },
  },
  'purpose-limitation/extra-uses': {
    checklist: ['三.7'],
    cite: { CN: ['PIPL Art. 6', 'PIPL Art. 14', 'CAC notice of 2020-02-09'], EU: ['GDPR Art. 5(1)(b)', 'GDPR Art. 13(1)(c)'] },
  },
  'purpose-limitation/consent-for-other-purpose': {
    checklist: ['三.3'],
    cite: { CN: ['PIPL Art. 6', 'PIPL Art. 14'], EU: ['GDPR Art. 5(1)(b)', 'GDPR Art. 6(4)'] },
  },
  'minimal-necessity/category-not-needed': { checklist: ['四.1'], cite: MINIMAL },
  'minimal-necessity/too-precise': { checklist: ['四.1'], cite: MINIMAL },
  'minimal-necessity/asked-twice': { checklist: ['四.4'], cite: MINIMAL },
  'minimal-necessity/asked-again': { checklist: ['四.4'], cite: MINIMAL },
  'minimal-necessity/refusal-blocks-submit': {
    checklist: ['四.2'],
    cite: { CN: ['PIPL Art. 16', 'GB/T 35273-2020 §5.3'], EU: ['GDPR Art. 7(4)', 'GDPR Art. 5(1)(c)'] },
  },
  'consent-notice/notice-missing': { checklist: ['一.1'], cite: { CN: PIPL_NOTICE, EU: ['GDPR Art. 13'] } },
  'consent-notice/element-missing': { checklist: ['二.1'], cite: { CN: ['PIPL Art. 17', 'GB/T 35273-2020 §5.5'], EU: ['GDPR Art. 13'] } },
  'consent-notice/purpose-undeclared': {
    checklist: ['二.1'],
    cite: { CN: ['PIPL Art. 6', 'PIPL Art. 17', 'GB/T 35273-2020 §5.5'], EU: ['GDPR Art. 5(1)(b)', 'GDPR Art. 13(1)(c)'] },
  },
  'consent-notice/pre-ticked-consent': {
    checklist: ['三.4'],
    cite: { CN: ['PIPL Art. 14'], EU: ['GDPR Art. 4(11)', 'GDPR Recital 32', 'CJEU C-673/17 Planet49'] },
  },
  'consent-notice/sensitive-purpose-not-stated': {
    checklist: ['二.3'],
    cite: { CN: ['PIPL Art. 30', 'PIPL Art. 17'], EU: ['GDPR Art. 13(1)(c)'] },
  },
  'consent-notice/notice-unreachable': {
    checklist: ['一.3', '一.4'],
    cite: { CN: ['PIPL Art. 17'], EU: ['GDPR Art. 12(1)'] },
  },
  'separate-consent/bundled': {
    checklist: ['四.6'],
    cite: { CN: ['PIPL Art. 29', 'PIPL Art. 30', 'GB/T 35273-2020 §5.4'], EU: ['GDPR Art. 9(2)(a)'] },
  },
  'separate-consent/collected-before-consent': {
    checklist: ['三.1'],
    cite: { CN: ['PIPL Art. 14'], EU: ['GDPR Art. 6(1)(a)', 'GDPR Art. 7(1)'] },
  },
  'separate-consent/asked-again-after-refusal': {
    checklist: ['三.2'],
    cite: { CN: ['PIPL Art. 14', 'PIPL Art. 16'], EU: ['GDPR Art. 4(11)', 'GDPR Art. 7(4)'] },
  },
  'insecure-transport/page-http': { checklist: [], cite: TRANSPORT },
  'insecure-transport/action-http': { checklist: [], cite: TRANSPORT },
  'third-party-recipient/form-target': { checklist: ['五.1'], cite: RECIPIENT },
  'third-party-recipient/session-replay': { checklist: ['五.1'], cite: RECIPIENT },
  'third-party-recipient/keystroke-listener': { checklist: ['五.1'], cite: RECIPIENT },
  'third-party-recipient/sent-while-typing': { checklist: ['五.1'], cite: RECIPIENT },
};

/** Notice elements with their own checklist rows and articles (issue 9). */
export const ELEMENT_META: Partial<Record<NoticeElement, CheckMeta>> = {
  withdrawal: { checklist: ['三.8'], cite: { CN: ['PIPL Art. 15'], EU: ['GDPR Art. 7(3)'] } },
  contact: { checklist: ['六.5'], cite: { CN: ['PIPL Art. 50'], EU: ['GDPR Art. 13(2)(b)', 'GDPR Art. 13(2)(d)'] } },
  rights: { checklist: ['六.1'], cite: { CN: ['PIPL Art. 44'], EU: ['GDPR Art. 13(2)(b)'] } },
};

export function metaFor(rule: RuleId, check: string): CheckMeta {
  return CHECK_META[`${rule}/${check}`] ?? { checklist: [], cite: { CN: [], EU: [] } };
}

export function checklistLabel(item: string): string {
  return `App认定方法(2019) ${item}`;
}

/** Citations for a jurisdiction; "generic" cites both systems. Checklist rows are cited in CN. */
export function citationsFor(meta: CheckMeta, checklist: string[], jurisdiction: Jurisdiction | undefined): string[] {
  const j = jurisdiction ?? 'CN';
  const cn = [...meta.cite.CN, ...checklist.map(checklistLabel)];
  const list = j === 'CN' ? cn : j === 'EU' ? meta.cite.EU : [...meta.cite.EU, ...cn];
  return [...new Set(list)];
}
