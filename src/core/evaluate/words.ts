// The localized words a message or fix template is filled with. Templates never see raw ids:
// the engine turns a hit's variables into the reader's language first, so a template is one
// readable sentence per language.
import { categoryInfo, type CategoryId, type Family } from '../taxonomy';
import type { Granularity, Locale, Localized, NoticeElement, Purpose } from '../types';

export const LOCALES: readonly Locale[] = ['en', 'zh-CN', 'zh-TW'];

/** Variables a check attaches to a hit; the engine localizes them into `Words`. */
export interface HitVars {
  categories?: CategoryId[];
  family?: Family;
  elements?: NoticeElement[];
  providers?: string[];
  /** Verbatim page text or a URL (never a field's value). */
  detail?: string;
  /** The purpose an earlier consent was given for. */
  otherPurpose?: Partial<Localized>;
  /** Whole days since an earlier decision (0 = today). */
  daysAgo?: number;
  /** The coarsest location the purpose accepts (too-precise). */
  granularity?: Granularity;
  /** Which variant of a check's message applies (e.g. "link" / "style"). */
  variant?: string;
}

export interface Words {
  purpose: string;
  categories: string;
  family: string;
  elements: string;
  providers: string;
  detail: string;
  otherPurpose: string;
  when: string;
  granularity: string;
  variant: string;
}

const FAMILY_LABELS: Record<Family, Localized> = {
  identity: { en: 'identity data', 'zh-CN': '身份信息', 'zh-TW': '身分資訊' },
  location: { en: 'location data', 'zh-CN': '位置信息', 'zh-TW': '位置資訊' },
  health: { en: 'health data', 'zh-CN': '健康信息', 'zh-TW': '健康資訊' },
  biometric: { en: 'biometric data', 'zh-CN': '生物识别信息', 'zh-TW': '生物辨識資訊' },
  financial: { en: 'financial data', 'zh-CN': '金融账户信息', 'zh-TW': '金融帳戶資訊' },
};

const ELEMENT_LABELS: Record<NoticeElement, Localized> = {
  purpose: { en: 'the purpose', 'zh-CN': '处理目的', 'zh-TW': '處理目的' },
  retention: { en: 'how long the data is kept', 'zh-CN': '保存期限', 'zh-TW': '保存期限' },
  controller: { en: 'who is collecting it', 'zh-CN': '收集者的名称', 'zh-TW': '蒐集者的名稱' },
  rights: {
    en: 'your rights (access, correction, deletion)',
    'zh-CN': '您的权利（查阅、更正、删除）',
    'zh-TW': '您的權利（查閱、更正、刪除）',
  },
  recipients: { en: 'who else receives it', 'zh-CN': '接收方', 'zh-TW': '接收方' },
  withdrawal: { en: 'how to withdraw consent', 'zh-CN': '撤回同意的方式', 'zh-TW': '撤回同意的方式' },
  contact: { en: 'whom to contact or complain to', 'zh-CN': '联系及投诉方式', 'zh-TW': '聯絡及申訴方式' },
};

const GRANULARITY_LABELS: Record<Granularity, Localized> = {
  city: { en: 'the city or region', 'zh-CN': '所在城市/地区', 'zh-TW': '所在城市/地區' },
  address: { en: 'an address', 'zh-CN': '地址', 'zh-TW': '地址' },
  precise: { en: 'a precise location', 'zh-CN': '精确位置', 'zh-TW': '精確位置' },
};

const NO_PURPOSE: Localized = { en: 'this form', 'zh-CN': '本表单', 'zh-TW': '本表單' };

export function familyLabel(family: Family, locale: Locale): string {
  return FAMILY_LABELS[family][locale];
}

export function elementLabel(element: NoticeElement, locale: Locale): string {
  return ELEMENT_LABELS[element][locale];
}

export function categoryLabel(id: CategoryId, locale: Locale): string {
  const label = categoryInfo(id).label[locale];
  return locale === 'en'
    ? label
        .toLowerCase()
        .replace(/^id /, 'ID ')
        .replace(/\(gps\)/, '(GPS)')
    : label;
}

/** "a, b and c" / "a、b和c" — a list as a person would write it. */
export function joinList(items: readonly string[], locale: Locale): string {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0]!;
  const head = items.slice(0, -1);
  const last = items[items.length - 1]!;
  if (locale === 'en') return `${head.join(', ')} and ${last}`;
  return `${head.join('、')}和${last}`;
}

/** A purpose's label in the reader's language, falling back to English, then to its id. */
/** Fallback order per reader: a Chinese reader gets the other Chinese script before English. */
const FALLBACK: Record<Locale, readonly Locale[]> = {
  en: ['en', 'zh-CN', 'zh-TW'],
  'zh-CN': ['zh-CN', 'zh-TW', 'en'],
  'zh-TW': ['zh-TW', 'zh-CN', 'en'],
};

function localizedOf(value: Partial<Localized> | undefined, locale: Locale): string {
  if (!value) return '';
  for (const l of FALLBACK[locale]) {
    const text = value[l];
    if (typeof text === 'string' && text !== '') return text;
  }
  return '';
}

export function purposeLabel(
  purpose: Pick<Purpose, 'label'> | undefined | null,
  id: string | null,
  locale: Locale,
): string {
  if (!purpose || id === null) return NO_PURPOSE[locale];
  return localizedOf(purpose.label, locale) || id;
}

function whenText(daysAgo: number | undefined, locale: Locale): string {
  if (daysAgo === undefined) return '';
  if (daysAgo <= 0) return { en: 'today', 'zh-CN': '今天', 'zh-TW': '今天' }[locale];
  if (daysAgo === 1) return { en: 'yesterday', 'zh-CN': '昨天', 'zh-TW': '昨天' }[locale];
  return { en: `${daysAgo} days ago`, 'zh-CN': `${daysAgo}天前`, 'zh-TW': `${daysAgo}天前` }[locale];
}

export function wordsFor(vars: HitVars, purpose: string, locale: Locale): Words {
  return {
    purpose,
    categories: joinList(
      (vars.categories ?? []).map((c) => categoryLabel(c, locale)),
      locale,
    ),
    family: vars.family ? familyLabel(vars.family, locale) : '',
    elements: joinList(
      (vars.elements ?? []).map((e) => elementLabel(e, locale)),
      locale,
    ),
    providers: joinList(vars.providers ?? [], locale),
    detail: vars.detail ?? '',
    otherPurpose: localizedOf(vars.otherPurpose, locale),
    when: whenText(vars.daysAgo, locale),
    granularity: vars.granularity ? GRANULARITY_LABELS[vars.granularity][locale] : '',
    variant: vars.variant ?? '',
  };
}

/** Fill a per-language template set. */
export function localize(
  templates: Record<Locale, (w: Words) => string>,
  vars: HitVars,
  purposeFor: (l: Locale) => string,
): Localized {
  const out = {} as Localized;
  for (const locale of LOCALES) out[locale] = templates[locale](wordsFor(vars, purposeFor(locale), locale));
  return out;
}

/** First letter upper-cased (English sentences that start with a filled-in word). */
export function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
