// The checks inside the six rules, and what each one cites, as data.
//
// Every finding names its rule and check (shared/spec/policy.md); this table says, per
// jurisdiction, which provisions back that check, which items of the 2019 checklist of the four
// Chinese regulators (《App违法违规收集使用个人信息行为认定方法》, "App认定方法") it covers, and how
// the check is titled in the three UI languages. The evaluator reads it (citationsFor), and
// docs/checklist.md is generated from it, so the wording of the law lives in one place.
//
// Citation strings are short, stable identifiers ("PIPL Art. 17", "GDPR Art. 13(2)(a)") rather
// than quotations: they are shown in reports and SARIF, and people look the text up themselves.
// CITATION_SOURCES below spells out each abbreviation.
import type { LegalBasis, Localized, NoticeElement, RuleId } from '../types';
import { isCategoryId, isSensitive, type CategoryId } from '../taxonomy';

export type Jurisdiction = 'CN' | 'EU' | 'generic';
export const JURISDICTIONS: readonly Jurisdiction[] = ['CN', 'EU', 'generic'];

/** How a check can be seen: from the page's markup, only live in the browser, or only with the consent ledger. */
export type Observability = 'static' | 'static-and-live' | 'live' | 'ledger';

export interface CheckInfo {
  readonly rule: RuleId;
  readonly check: string;
  readonly title: Localized;
  /** Items of App认定方法(2019) this check covers on a web form, e.g. "三.4". */
  readonly checklist: readonly string[];
  readonly observability: Observability;
  readonly citations: Readonly<Record<Jurisdiction, readonly string[]>>;
}

// Abbreviations used in the strings below; the generic jurisdiction cites the OECD Privacy
// Guidelines (1980, revised 2013), whose paragraph numbers are stable and universally known.
const CAC_2020 = 'CAC notice of 2020-02-09 (《关于做好个人信息保护利用大数据支撑联防联控工作的通知》)';
const item = (id: string): string => `App认定方法(2019) ${id}`;

export const CITATION_SOURCES: ReadonlyArray<{ prefix: string; name: Localized }> = [
  {
    prefix: 'PIPL',
    name: {
      en: 'Personal Information Protection Law of the PRC (2021)',
      'zh-CN': '《中华人民共和国个人信息保护法》（2021）',
      'zh-TW': '《中華人民共和國個人信息保護法》（2021）',
    },
  },
  {
    prefix: 'CSL',
    name: {
      en: 'Cybersecurity Law of the PRC (2017)',
      'zh-CN': '《中华人民共和国网络安全法》（2017）',
      'zh-TW': '《中華人民共和國網絡安全法》（2017）',
    },
  },
  {
    prefix: 'GB/T 35273-2020',
    name: {
      en: 'GB/T 35273-2020 Information security technology — Personal information security specification',
      'zh-CN': 'GB/T 35273-2020《信息安全技术 个人信息安全规范》',
      'zh-TW': 'GB/T 35273-2020《信息安全技術 個人信息安全規範》',
    },
  },
  {
    prefix: 'CAC notice of 2020-02-09',
    name: {
      en: 'CAC notice on protecting personal information when using big data for joint epidemic prevention and control (2020-02-09)',
      'zh-CN': '中央网信办《关于做好个人信息保护利用大数据支撑联防联控工作的通知》（2020年2月9日）',
      'zh-TW': '中央網信辦《關於做好個人信息保護利用大數據支撐聯防聯控工作的通知》（2020年2月9日）',
    },
  },
  {
    prefix: 'App认定方法(2019)',
    name: {
      en: 'Method for identifying unlawful collection and use of personal information by apps (CAC, MIIT, MPS, SAMR, 2019)',
      'zh-CN': '《App违法违规收集使用个人信息行为认定方法》（国信办秘字〔2019〕191号）',
      'zh-TW': '《App違法違規收集使用個人信息行為認定方法》（國信辦秘字〔2019〕191號）',
    },
  },
  {
    prefix: 'GDPR',
    name: {
      en: 'Regulation (EU) 2016/679 (General Data Protection Regulation)',
      'zh-CN': '欧盟《通用数据保护条例》(EU) 2016/679',
      'zh-TW': '歐盟《一般資料保護規則》(EU) 2016/679',
    },
  },
  {
    prefix: 'ePrivacy Directive',
    name: {
      en: 'Directive 2002/58/EC (ePrivacy Directive)',
      'zh-CN': '欧盟《电子隐私指令》2002/58/EC',
      'zh-TW': '歐盟《電子隱私指令》2002/58/EC',
    },
  },
  {
    prefix: 'CJEU C-673/17',
    name: {
      en: 'CJEU, Case C-673/17 Planet49 (1 October 2019)',
      'zh-CN': '欧盟法院 C-673/17 Planet49 案（2019年10月1日）',
      'zh-TW': '歐盟法院 C-673/17 Planet49 案（2019年10月1日）',
    },
  },
  {
    prefix: 'OECD',
    name: {
      en: 'OECD Privacy Guidelines (1980, revised 2013)',
      'zh-CN': '经合组织《隐私保护指南》（1980年，2013年修订）',
      'zh-TW': '經合組織《隱私保護指南》（1980年，2013年修訂）',
    },
  },
];

const OECD = {
  collection: 'OECD Privacy Guidelines ¶7 (Collection Limitation)',
  purpose: 'OECD Privacy Guidelines ¶9 (Purpose Specification)',
  use: 'OECD Privacy Guidelines ¶10 (Use Limitation)',
  security: 'OECD Privacy Guidelines ¶11 (Security Safeguards)',
  openness: 'OECD Privacy Guidelines ¶12 (Openness)',
  participation: 'OECD Privacy Guidelines ¶13 (Individual Participation)',
} as const;

function check(
  rule: RuleId,
  id: string,
  title: Localized,
  checklist: string[],
  observability: Observability,
  citations: Record<Jurisdiction, string[]>,
): CheckInfo {
  return { rule, check: id, title, checklist, observability, citations };
}

export const CHECKS: readonly CheckInfo[] = [
  // ── purpose-limitation ──────────────────────────────────────────────────────────────────
  check(
    'purpose-limitation',
    'category-not-allowed',
    { en: 'Data unrelated to the purpose', 'zh-CN': '收集与目的无关的个人信息', 'zh-TW': '收集與目的無關的個人資料' },
    ['四.1', '三.3'],
    'static',
    {
      CN: ['PIPL Art. 6', 'PIPL Art. 14', CAC_2020, item('四.1')],
      EU: ['GDPR Art. 5(1)(b)', 'GDPR Art. 6(1)', 'GDPR Art. 88'],
      generic: [OECD.purpose, OECD.collection],
    },
  ),
  check(
    'purpose-limitation',
    'extra-uses',
    {
      en: 'Notice names uses beyond the purpose',
      'zh-CN': '告知内容超出声明目的的用途',
      'zh-TW': '告知內容超出聲明目的之用途',
    },
    ['四.5'],
    'static',
    {
      CN: ['PIPL Art. 6', 'PIPL Art. 14', 'GB/T 35273-2020 §7.3', item('四.5')],
      EU: ['GDPR Art. 5(1)(b)', 'GDPR Art. 6(4)', 'GDPR Art. 13(1)(c)'],
      generic: [OECD.purpose, OECD.use],
    },
  ),
  check(
    'purpose-limitation',
    'consent-for-other-purpose',
    {
      en: 'Consent was given for a different purpose',
      'zh-CN': '同意系针对其他目的作出',
      'zh-TW': '同意係針對其他目的作出',
    },
    ['三.3', '三.9'],
    'ledger',
    {
      CN: ['PIPL Art. 6', 'PIPL Art. 14', item('三.3')],
      EU: ['GDPR Art. 4(11)', 'GDPR Art. 5(1)(b)', 'GDPR Art. 6(4)'],
      generic: [OECD.purpose, OECD.use],
    },
  ),

  // ── minimal-necessity ───────────────────────────────────────────────────────────────────
  check(
    'minimal-necessity',
    'category-not-needed',
    { en: 'More data than the purpose needs', 'zh-CN': '超出目的所需的个人信息', 'zh-TW': '超出目的所需的個人資料' },
    ['四.1'],
    'static',
    {
      CN: ['PIPL Art. 6', 'GB/T 35273-2020 §5.2', item('四.1')],
      EU: ['GDPR Art. 5(1)(c)', 'GDPR Art. 25(2)'],
      generic: [OECD.collection],
    },
  ),
  check(
    'minimal-necessity',
    'too-precise',
    { en: 'More precise than the purpose needs', 'zh-CN': '精度超出目的所需', 'zh-TW': '精確度超出目的所需' },
    ['四.1'],
    'static',
    {
      CN: ['PIPL Art. 6', 'GB/T 35273-2020 §5.2', item('四.1')],
      EU: ['GDPR Art. 5(1)(c)', 'GDPR Art. 25(2)'],
      generic: [OECD.collection],
    },
  ),
  check(
    'minimal-necessity',
    'asked-twice',
    { en: 'The same item is asked twice', 'zh-CN': '同一信息重复收集', 'zh-TW': '同一資料重複收集' },
    ['四.4'],
    'static',
    {
      CN: ['PIPL Art. 6', 'GB/T 35273-2020 §5.2', item('四.4')],
      EU: ['GDPR Art. 5(1)(c)'],
      generic: [OECD.collection],
    },
  ),
  check(
    'minimal-necessity',
    'asked-again',
    { en: 'Asked again sooner than needed', 'zh-CN': '收集频度超出实际需要', 'zh-TW': '收集頻率超出實際需要' },
    ['四.4'],
    'ledger',
    {
      CN: ['PIPL Art. 6', 'GB/T 35273-2020 §5.2', item('四.4')],
      EU: ['GDPR Art. 5(1)(c)'],
      generic: [OECD.collection],
    },
  ),
  check(
    'minimal-necessity',
    'refusal-blocks-submit',
    {
      en: 'Unneeded item is required to submit',
      'zh-CN': '不提供非必要信息即无法提交',
      'zh-TW': '不提供非必要資料即無法送出',
    },
    ['四.2'],
    'static',
    {
      CN: ['PIPL Art. 16', 'PIPL Art. 6', 'GB/T 35273-2020 §5.3', item('四.2')],
      EU: ['GDPR Art. 7(4)', 'GDPR Art. 5(1)(c)', 'GDPR Recital 43'],
      generic: [OECD.collection],
    },
  ),

  // ── consent-notice ──────────────────────────────────────────────────────────────────────
  check(
    'consent-notice',
    'notice-missing',
    { en: 'No privacy notice', 'zh-CN': '未告知收集使用规则', 'zh-TW': '未告知蒐集利用規則' },
    ['一.1', '一.2'],
    'static',
    {
      CN: [
        'PIPL Art. 7',
        'PIPL Art. 17',
        'CSL Art. 41',
        'GB/T 35273-2020 §5.4',
        'GB/T 35273-2020 §5.5',
        item('一.1'),
        item('一.2'),
      ],
      EU: ['GDPR Art. 12(1)', 'GDPR Art. 13(1)', 'GDPR Art. 13(2)'],
      generic: [OECD.openness],
    },
  ),
  check(
    'consent-notice',
    'element-missing',
    { en: 'Notice lacks a required element', 'zh-CN': '告知内容缺少必要事项', 'zh-TW': '告知內容缺少必要事項' },
    ['二.1'],
    'static',
    {
      CN: ['PIPL Art. 17', 'GB/T 35273-2020 §5.5', item('二.1')],
      EU: ['GDPR Art. 13'],
      generic: [OECD.openness],
    },
  ),
  check(
    'consent-notice',
    'purpose-undeclared',
    { en: 'No purpose stated', 'zh-CN': '未明示收集目的', 'zh-TW': '未明示蒐集目的' },
    ['二.1'],
    'static',
    {
      CN: ['PIPL Art. 6', 'PIPL Art. 17', 'GB/T 35273-2020 §5.4', item('二.1')],
      EU: ['GDPR Art. 5(1)(b)', 'GDPR Art. 13(1)(c)'],
      generic: [OECD.purpose],
    },
  ),
  check(
    'consent-notice',
    'pre-ticked-consent',
    { en: 'Consent box ticked in advance', 'zh-CN': '默认勾选同意', 'zh-TW': '預設勾選同意' },
    ['三.4'],
    'static',
    {
      CN: ['PIPL Art. 14', 'GB/T 35273-2020 §5.4', item('三.4')],
      EU: ['GDPR Art. 4(11)', 'GDPR Art. 7(1)', 'GDPR Recital 32', 'CJEU C-673/17 Planet49'],
      generic: [OECD.collection],
    },
  ),
  check(
    'consent-notice',
    'sensitive-purpose-not-stated',
    {
      en: 'Sensitive item asked without its purpose',
      'zh-CN': '收集敏感信息未同步告知目的',
      'zh-TW': '蒐集敏感資料未同步告知目的',
    },
    ['二.3'],
    'static',
    {
      CN: ['PIPL Art. 30', 'PIPL Art. 17', 'GB/T 35273-2020 §5.4', item('二.3')],
      EU: ['GDPR Art. 13(1)(c)', 'GDPR Art. 12(1)'],
      generic: [OECD.purpose, OECD.openness],
    },
  ),
  check(
    'consent-notice',
    'notice-unreachable',
    {
      en: 'Privacy notice cannot be opened or read',
      'zh-CN': '隐私政策难以访问或阅读',
      'zh-TW': '隱私權政策難以開啟或閱讀',
    },
    ['一.3', '一.4'],
    'static-and-live',
    {
      CN: ['PIPL Art. 17', 'GB/T 35273-2020 §5.5', item('一.3'), item('一.4')],
      EU: ['GDPR Art. 12(1)', 'GDPR Art. 13'],
      generic: [OECD.openness],
    },
  ),
  check(
    'consent-notice',
    'asked-again-after-refusal',
    { en: 'Asked again after refusing', 'zh-CN': '明确拒绝后仍反复征求同意', 'zh-TW': '明確拒絕後仍反覆徵求同意' },
    ['三.2'],
    'ledger',
    {
      CN: ['PIPL Art. 14', 'PIPL Art. 16', item('三.2')],
      EU: ['GDPR Art. 4(11)', 'GDPR Recital 32', 'GDPR Recital 42'],
      generic: [OECD.collection],
    },
  ),

  // ── separate-consent ────────────────────────────────────────────────────────────────────
  check(
    'separate-consent',
    'bundled-consent',
    {
      en: 'Sensitive data without a separate consent',
      'zh-CN': '敏感信息未取得单独同意',
      'zh-TW': '敏感資料未取得單獨同意',
    },
    ['四.6'],
    'static',
    {
      CN: ['PIPL Art. 28', 'PIPL Art. 29', 'PIPL Art. 30', 'GB/T 35273-2020 §5.4', item('四.6')],
      EU: ['GDPR Art. 9(2)(a)', 'GDPR Art. 7(2)', 'GDPR Recital 43'],
      generic: [OECD.collection],
    },
  ),
  check(
    'separate-consent',
    'collected-before-consent',
    { en: 'Collected before consent', 'zh-CN': '征得同意前即开始收集', 'zh-TW': '取得同意前即開始蒐集' },
    ['三.1'],
    'static-and-live',
    {
      CN: ['PIPL Art. 14', 'GB/T 35273-2020 §5.4', item('三.1')],
      EU: ['GDPR Art. 6(1)(a)', 'GDPR Art. 7(1)'],
      generic: [OECD.collection],
    },
  ),

  // ── insecure-transport ──────────────────────────────────────────────────────────────────
  check(
    'insecure-transport',
    'http-page',
    { en: 'Page not served over HTTPS', 'zh-CN': '页面未使用HTTPS', 'zh-TW': '頁面未使用HTTPS' },
    [],
    'static',
    {
      CN: ['CSL Art. 21', 'PIPL Art. 51', 'GB/T 35273-2020 §6.3'],
      EU: ['GDPR Art. 32', 'GDPR Art. 5(1)(f)'],
      generic: [OECD.security],
    },
  ),
  check(
    'insecure-transport',
    'http-action',
    { en: 'Answers sent without encryption', 'zh-CN': '提交内容未加密传输', 'zh-TW': '送出內容未加密傳輸' },
    [],
    'static',
    {
      CN: ['CSL Art. 21', 'PIPL Art. 51', 'GB/T 35273-2020 §6.3'],
      EU: ['GDPR Art. 32', 'GDPR Art. 5(1)(f)'],
      generic: [OECD.security],
    },
  ),

  // ── third-party-recipient ───────────────────────────────────────────────────────────────
  check(
    'third-party-recipient',
    'form-target',
    { en: 'Answers go to another organisation', 'zh-CN': '提交至第三方', 'zh-TW': '送出至第三方' },
    ['五.1'],
    'static',
    {
      CN: ['PIPL Art. 23', 'PIPL Art. 21', 'CSL Art. 42', 'GB/T 35273-2020 §9.2', item('五.1')],
      EU: ['GDPR Art. 13(1)(e)', 'GDPR Art. 28'],
      generic: [OECD.use, OECD.openness],
    },
  ),
  check(
    'third-party-recipient',
    'session-replay',
    { en: 'Session recording by a third party', 'zh-CN': '第三方会话录制', 'zh-TW': '第三方工作階段錄製' },
    ['五.1'],
    'static-and-live',
    {
      CN: ['PIPL Art. 23', 'PIPL Art. 21', 'GB/T 35273-2020 §9.7', item('五.1')],
      EU: ['GDPR Art. 13(1)(e)', 'GDPR Art. 28', 'ePrivacy Directive Art. 5(3)'],
      generic: [OECD.use, OECD.openness],
    },
  ),
  check(
    'third-party-recipient',
    'keystroke-listener',
    {
      en: 'Third-party script reads your typing',
      'zh-CN': '第三方脚本监听键盘输入',
      'zh-TW': '第三方指令碼監聽鍵盤輸入',
    },
    ['五.1'],
    'live',
    {
      CN: ['PIPL Art. 23', 'GB/T 35273-2020 §9.7', item('五.1')],
      EU: ['GDPR Art. 13(1)(e)', 'GDPR Art. 28', 'ePrivacy Directive Art. 5(3)'],
      generic: [OECD.use, OECD.openness],
    },
  ),
  check(
    'third-party-recipient',
    'sent-while-typing',
    { en: 'Sent before you press submit', 'zh-CN': '未提交即被发送', 'zh-TW': '未送出即被傳送' },
    ['五.1', '三.1'],
    'live',
    {
      CN: ['PIPL Art. 23', 'PIPL Art. 14', 'GB/T 35273-2020 §9.7', item('五.1'), item('三.1')],
      EU: ['GDPR Art. 13(1)(e)', 'GDPR Art. 6(1)', 'ePrivacy Directive Art. 5(3)'],
      generic: [OECD.use, OECD.collection],
    },
  ),
];

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

const BY_KEY: ReadonlyMap<string, CheckInfo> = new Map(CHECKS.map((c) => [`${c.rule}/${c.check}`, c]));

export function checkInfo(rule: RuleId, check: string): CheckInfo | undefined {
  return BY_KEY.get(`${rule}/${check}`);
}

export function checksOfRule(rule: RuleId): CheckInfo[] {
  return CHECKS.filter((c) => c.rule === rule);
}

export interface CitationContext {
  /** For consent-notice/element-missing: the missing elements, each adds its own provision. */
  elements?: readonly NoticeElement[];
  /** The purpose's legal basis: adds the provision that makes it lawful (purpose-limitation only). */
  legalBasis?: LegalBasis;
  /** Categories the finding is about: sensitive CN data adds PIPL Art. 28, EU health/biometric adds GDPR Art. 9(1). */
  categories?: readonly CategoryId[];
}

const SENSITIVE_FAMILIES_EU = ['health.', 'biometric.'];

/**
 * Citations for one finding. Unknown (rule, check) pairs return [] rather than throwing, so a new
 * check without a row yet degrades to "no citation" instead of breaking the report.
 */
export function citationsFor(
  rule: RuleId,
  check: string,
  jurisdiction: Jurisdiction,
  context: CitationContext = {},
): string[] {
  const info = checkInfo(rule, check);
  if (!info) return [];
  const out = [...info.citations[jurisdiction]];
  if (check === 'element-missing') {
    for (const element of context.elements ?? []) out.push(...(ELEMENT_CITATIONS[element]?.[jurisdiction] ?? []));
  }
  if (context.legalBasis && rule === 'purpose-limitation') {
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

/** Checklist items a finding covers (adds element-specific rows for element-missing). */
export function checklistFor(rule: RuleId, check: string, elements: readonly NoticeElement[] = []): string[] {
  const info = checkInfo(rule, check);
  if (!info) return [];
  const out = [...info.checklist];
  if (check === 'element-missing') for (const e of elements) out.push(...(ELEMENT_CHECKLIST[e] ?? []));
  return [...new Set(out)];
}

function isSensitiveCategory(id: CategoryId): boolean {
  return isCategoryId(id) && isSensitive(id);
}
