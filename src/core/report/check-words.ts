// The popup's words for a check (issue 18): the types each check's `words` fills in, and the
// phrasings several checks share. Each check keeps its own words (src/core/evaluate/checks/);
// verdict-words.ts has the sentence around them.
import type { Locale } from '../types';

/** `cats`: the finding's categories as a list ("" when it names none); `purpose`: the purpose's
 * label; `that`: how a clause refers back to the purpose the sentence already named. */
export interface VerdictWords {
  cats: string;
  purpose: string;
  that: string;
}
export type Phrase = Record<Locale, (w: VerdictWords) => string>;
/** `aboutPage`: the finding is about the whole form (no notice, http), so its line in the popup
 * does not list the fields it names. */
export interface CheckWords {
  problem: Phrase;
  short: Phrase;
  aboutPage?: true;
}

/** Data the purpose does not need (purpose-limitation and minimal-necessity). */
export const NOT_NEEDED: CheckWords = {
  problem: {
    en: (w) => `asks for your ${w.cats}, which ${w.that} does not need`,
    'zh-CN': (w) => `要求填写${w.cats}，而${w.that}并不需要`,
    'zh-TW': (w) => `要求填寫${w.cats}，而${w.that}並不需要`,
  },
  short: {
    en: (w) => `not needed for ${w.purpose}`,
    'zh-CN': (w) => `「${w.purpose}」不需要`,
    'zh-TW': (w) => `「${w.purpose}」不需要`,
  },
};

/** Plain http, for the page or its form. */
export const UNENCRYPTED: CheckWords = {
  aboutPage: true,
  problem: {
    en: () => 'is sent without encryption (http)',
    'zh-CN': () => '未加密传输（http）',
    'zh-TW': () => '未加密傳輸（http）',
  },
  short: {
    en: () => 'sent unencrypted (http)',
    'zh-CN': () => '未加密传输（http）',
    'zh-TW': () => '未加密傳輸（http）',
  },
};
