// UI strings: every UI module keeps its own `strings.ts` ({ en, 'zh-CN', 'zh-TW' } with the same
// keys) so modules can be written independently; `scripts/gen-locales.ts` merges them into
// public/_locales/*/messages.json for chrome.i18n, and a unit test checks that every key exists in
// all three languages. The language follows the browser UI (chrome.i18n.getUILanguage()).
import type { Locale } from '../core/types';

export type Strings<K extends string> = Record<Locale, Record<K, string>>;

export function pickLocale(uiLanguage: string | undefined): Locale {
  const lang = (uiLanguage ?? 'en').toLowerCase().replace('_', '-');
  if (lang.startsWith('zh')) {
    return /^(zh-(tw|hk|mo|hant))/.test(lang) ? 'zh-TW' : 'zh-CN';
  }
  return 'en';
}

export function currentLocale(): Locale {
  const g = globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } }; navigator?: { language?: string } };
  return pickLocale(g.chrome?.i18n?.getUILanguage?.() ?? g.navigator?.language);
}

/** `t('key', { n: 3 })` replaces `{n}` in the chosen language's string. */
export function makeT<K extends string>(strings: Strings<K>, locale: Locale = currentLocale()) {
  return (key: K, subs?: Record<string, string | number>): string => {
    let s = strings[locale][key] ?? strings.en[key] ?? key;
    if (subs) for (const [k, v] of Object.entries(subs)) s = s.split(`{${k}}`).join(String(v));
    return s;
  };
}
