// A paste-ready collection notice built from the policy's purpose (issue 6): purpose, categories,
// retention, legal basis, contact, rights and withdrawal. Blanks HR must fill are in [brackets].
import { isSensitive, type CategoryId } from '../taxonomy';
import type { LegalBasis, Locale, Localized, Policy } from '../types';
import { categoryLabel, joinList, LOCALES, purposeLabel } from '../evaluate/words';

const BASIS: Record<LegalBasis, Localized> = {
  consent: { en: 'your consent', 'zh-CN': '您的同意', 'zh-TW': '您的同意' },
  contract: {
    en: 'the performance of your employment contract',
    'zh-CN': '订立、履行劳动合同所必需',
    'zh-TW': '訂立、履行勞動契約所必需',
  },
  'hr-management': {
    en: 'human-resources management under our lawful workplace rules',
    'zh-CN': '按照依法制定的劳动规章制度实施人力资源管理所必需',
    'zh-TW': '依法訂定之工作規則實施人力資源管理所必需',
  },
  'legal-obligation': {
    en: 'a legal obligation',
    'zh-CN': '履行法定职责或法定义务所必需',
    'zh-TW': '履行法定職責或法定義務所必需',
  },
  'public-health': {
    en: 'responding to a public-health emergency',
    'zh-CN': '应对突发公共卫生事件所必需',
    'zh-TW': '因應突發公共衛生事件所必需',
  },
  'vital-interest': {
    en: 'protecting life, health or property in an emergency',
    'zh-CN': '紧急情况下为保护自然人的生命健康和财产安全所必需',
    'zh-TW': '緊急情況下為保護自然人的生命健康和財產安全所必需',
  },
};

const BLANK = {
  contact: { en: '[department, e-mail or phone]', 'zh-CN': '[负责部门及邮箱/电话]', 'zh-TW': '[負責部門及電郵/電話]' },
  retention: { en: '[retention period]', 'zh-CN': '[保存期限]', 'zh-TW': '[保存期限]' },
  controller: { en: '[company name]', 'zh-CN': '[单位名称]', 'zh-TW': '[單位名稱]' },
  purpose: { en: '[purpose]', 'zh-CN': '[目的]', 'zh-TW': '[目的]' },
} satisfies Record<string, Localized>;

interface Parts {
  purpose: string;
  categories: string;
  sensitive: string;
  retention: string;
  basis: string;
  contact: string;
  controller: string;
  consent: boolean;
}

const TEMPLATE: Record<Locale, (p: Parts) => string[]> = {
  en: (p) => [
    `Personal information notice — ${p.purpose}`,
    `${p.controller} collects the following information for ${p.purpose} only: ${p.categories}.`,
    p.sensitive
      ? `Sensitive personal information among these: ${p.sensitive}. It is needed because [reason]${p.consent ? '; we ask for your separate consent to it' : ''}.`
      : '',
    `Legal basis: ${p.basis}.`,
    `We keep it for ${p.retention} and then delete it. It is not shared with anyone else unless the law requires it.`,
    'You may ask to see, copy, correct or delete your information.',
    p.consent
      ? `You may withdraw your consent at any time by contacting ${p.contact}; withdrawal does not affect processing before it.`
      : '',
    `Questions or complaints: ${p.contact}.`,
  ],
  'zh-CN': (p) => [
    `个人信息收集告知——${p.purpose}`,
    `为${p.purpose}，${p.controller}将收集您的以下个人信息，仅用于该目的：${p.categories}。`,
    p.sensitive
      ? `其中${p.sensitive}属于敏感个人信息，收集的必要性为[原因]${p.consent ? '，我们将单独征求您的同意' : ''}。`
      : '',
    `处理依据：${p.basis}。`,
    `保存期限：${p.retention}，期满后删除。除法律法规另有规定外，不向任何第三方提供。`,
    '您有权查阅、复制、更正、删除您的个人信息。',
    p.consent ? `您可随时通过${p.contact}撤回同意，撤回不影响撤回前处理活动的效力。` : '',
    `如有疑问或投诉，请联系：${p.contact}。`,
  ],
  'zh-TW': (p) => [
    `個人資料蒐集告知——${p.purpose}`,
    `為${p.purpose}，${p.controller}將蒐集您的以下個人資料，僅用於該目的：${p.categories}。`,
    p.sensitive
      ? `其中${p.sensitive}屬於敏感個人資料，蒐集的必要性為[原因]${p.consent ? '，我們將單獨徵求您的同意' : ''}。`
      : '',
    `處理依據：${p.basis}。`,
    `保存期限：${p.retention}，期滿後刪除。除法令另有規定外，不向任何第三方提供。`,
    '您有權查閱、複製、更正、刪除您的個人資料。',
    p.consent ? `您可隨時透過${p.contact}撤回同意，撤回不影響撤回前處理活動的效力。` : '',
    `如有疑問或申訴，請聯絡：${p.contact}。`,
  ],
};

function retentionText(days: number | undefined, locale: Locale): string {
  if (days === undefined) return BLANK.retention[locale];
  return locale === 'en' ? `${days} days` : `${days} 天`;
}

/** A notice HR can paste into the form, for the given purpose and the categories the form asks. */
export function noticeTemplate(
  policy: Policy,
  purposeId: string,
  categories: readonly CategoryId[],
  contact?: string,
): Localized {
  const purpose = Object.hasOwn(policy.purposes, purposeId) ? policy.purposes[purposeId] : undefined;
  const asked = [...new Set(categories)];
  const basis: LegalBasis = purpose?.legalBasis ?? 'consent';
  const out = {} as Localized;
  for (const locale of LOCALES) {
    const parts: Parts = {
      purpose: purpose ? purposeLabel(purpose, purposeId, locale) : BLANK.purpose[locale],
      categories:
        joinList(
          asked.map((c) => categoryLabel(c, locale)),
          locale,
        ) || '[…]',
      sensitive: joinList(
        asked.filter((c) => isSensitive(c)).map((c) => categoryLabel(c, locale)),
        locale,
      ),
      retention: retentionText(purpose?.retentionDays, locale),
      basis: BASIS[basis][locale],
      contact: contact?.trim() || BLANK.contact[locale],
      controller: BLANK.controller[locale],
      consent: basis === 'consent',
    };
    out[locale] = TEMPLATE[locale](parts)
      .filter((line) => line !== '')
      .join('\n');
  }
  return out;
}
