// The provisions checks cite, as short stable identifiers ("PIPL Art. 17", "GDPR Art. 13(2)(a)")
// rather than quotations: they are shown in reports and SARIF, and people look the text up
// themselves. CITATION_SOURCES spells out each abbreviation. Each check lists its own citations
// (src/core/evaluate/checks/); this file holds what they share.
import type { Localized } from '../types';

export type Jurisdiction = 'CN' | 'EU' | 'generic';
export const JURISDICTIONS: readonly Jurisdiction[] = ['CN', 'EU', 'generic'];

/** How a check can be seen: from the page's markup, only live in the browser, or only with the consent ledger. */
export type Observability = 'static' | 'static-and-live' | 'live' | 'ledger';

// Abbreviations used in the strings below; the generic jurisdiction cites the OECD Privacy
// Guidelines (1980, revised 2013), whose paragraph numbers are stable and universally known.
export const CAC_2020 = 'CAC notice of 2020-02-09 (《关于做好个人信息保护利用大数据支撑联防联控工作的通知》)';
export const item = (id: string): string => `App认定方法(2019) ${id}`;

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

export const OECD = {
  collection: 'OECD Privacy Guidelines ¶7 (Collection Limitation)',
  purpose: 'OECD Privacy Guidelines ¶9 (Purpose Specification)',
  use: 'OECD Privacy Guidelines ¶10 (Use Limitation)',
  security: 'OECD Privacy Guidelines ¶11 (Security Safeguards)',
  openness: 'OECD Privacy Guidelines ¶12 (Openness)',
  participation: 'OECD Privacy Guidelines ¶13 (Individual Participation)',
} as const;

/** What the two insecure-transport checks (page over HTTP, form posted over HTTP) both cite. */
export const TRANSPORT_SECURITY_CITATIONS: Readonly<Record<Jurisdiction, readonly string[]>> = {
  CN: ['CSL Art. 21', 'PIPL Art. 51', 'GB/T 35273-2020 §6.3'],
  EU: ['GDPR Art. 32', 'GDPR Art. 5(1)(f)'],
  generic: [OECD.security],
};
