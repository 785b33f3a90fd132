// Every vocabulary the classifier uses, in one place. Data only.
export { ZH_CN, ZH_CN_WHOLE_LABEL } from './zh-CN';
export { CONSENT_BOXES, LANGUAGES } from './languages';
export { ZH_TW } from './zh-TW';
export { EN } from './en';
export { PINYIN_TOKENS, NAME_STEMS, WHOLE_NAME_TOKENS, HIDDEN_NAME_STEMS, HIDDEN_NAME_TOKENS } from './pinyin';
export { AUTOCOMPLETE, AUTOCOMPLETE_QUALIFIERS } from './autocomplete';
export { NEGATIVE, NAME_NEGATIVE_STEMS } from './negative';
export { OPTION_ONLY } from './options';
export { FAMILY_CONTEXT_TERMS, FAMILY_CONTEXT_TOKENS, SELF_AND_FAMILY_TERMS } from './family-context';
export type { CategoryLexicon } from './types';
