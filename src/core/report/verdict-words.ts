// The words of the verdict (issue 18). Each check keeps its own two phrasings in its `words`
// (src/core/evaluate/checks/, types in check-words.ts): `problem` is a predicate whose subject is
// "this form" (the verdict sentence chains up to two), `short` is a few words about a field (the
// popup's finding lines and the in-page marks' names). A check this build does not know falls
// back to its rule's words, so a report from a newer build still reads sensibly.
// `action` is the one thing the employee can do now, per rule of the most serious finding.
import { CHECKS } from '../evaluate/checks';
import { bundledConsent } from '../evaluate/checks/bundled-consent';
import { formTarget } from '../evaluate/checks/form-target';
import { noticeMissing } from '../evaluate/checks/notice-missing';
import type { Locale, RuleId } from '../types';
import { NOT_NEEDED, UNENCRYPTED, type CheckWords, type Phrase } from './check-words';

export type { CheckWords, VerdictWords } from './check-words';

/** Each check's words, by check id: a view of the checks. */
export const CHECK_WORDS: Readonly<Record<string, CheckWords>> = Object.fromEntries(CHECKS.map((c) => [c.id, c.words]));

export const RULE_WORDS: Record<RuleId, CheckWords> = {
  'purpose-limitation': NOT_NEEDED,
  'minimal-necessity': NOT_NEEDED,
  'consent-notice': noticeMissing.words,
  'separate-consent': bundledConsent.words,
  'insecure-transport': UNENCRYPTED,
  'third-party-recipient': formTarget.words,
};

/** The one thing to do now, by the rule of the most serious finding. */
export const ACTION: Record<RuleId, Phrase> = {
  'purpose-limitation': {
    en: (w) =>
      w.cats
        ? `Leave your ${w.cats} empty if you may, or ask the form’s owner why it is needed.`
        : `Ask the form’s owner to use your data only for ${w.that}.`,
    'zh-CN': (w) =>
      w.cats ? `如允许，不填写${w.cats}；或询问表单负责人为何需要。` : `请表单负责人只将您的信息用于${w.that}。`,
    'zh-TW': (w) =>
      w.cats ? `如允許，不填寫${w.cats}；或詢問表單負責人為何需要。` : `請表單負責人只將您的資料用於${w.that}。`,
  },
  'minimal-necessity': {
    en: (w) =>
      w.cats
        ? `Give only what the purpose needs: leave your ${w.cats} empty if you may, or ask the form’s owner why it is needed.`
        : 'Give only what the purpose needs, and leave the rest empty if you may.',
    'zh-CN': (w) =>
      w.cats
        ? `只提供目的所需的信息：如允许，不填写${w.cats}；或询问表单负责人为何需要。`
        : '只提供目的所需的信息，其余如允许可不填写。',
    'zh-TW': (w) =>
      w.cats
        ? `只提供目的所需的資料：如允許，不填寫${w.cats}；或詢問表單負責人為何需要。`
        : '只提供目的所需的資料，其餘如允許可不填寫。',
  },
  'consent-notice': {
    en: (w) =>
      `Before you answer, ask the form’s owner why they need your ${w.cats || 'data'}, how long it is kept and who gets it.`,
    'zh-CN': (w) => `在填写${w.cats || '个人信息'}之前，先向表单负责人了解用途、保存期限和接收方。`,
    'zh-TW': (w) => `在填寫${w.cats || '個人資料'}之前，先向表單負責人了解用途、保存期限和接收方。`,
  },
  'separate-consent': {
    en: () => 'Decide item by item below, and refuse the browser’s location or camera prompt until you have agreed.',
    'zh-CN': () => '在下方逐项决定是否同意；同意之前可拒绝浏览器的定位或摄像头请求。',
    'zh-TW': () => '在下方逐項決定是否同意；同意之前可拒絕瀏覽器的定位或相機請求。',
  },
  'insecure-transport': {
    en: () => 'Do not send sensitive data through this page; ask the form’s owner for its https:// address.',
    'zh-CN': () => '请勿通过此页面提交敏感信息；请向表单负责人索取其 https:// 地址。',
    'zh-TW': () => '請勿透過此頁面送出敏感資料；請向表單負責人索取其 https:// 網址。',
  },
  'third-party-recipient': {
    en: (w) =>
      `Avoid typing ${w.cats ? `your ${w.cats}` : 'sensitive data'} here until the form’s owner confirms who receives it.`,
    'zh-CN': (w) => `在表单负责人确认接收方之前，避免在此输入${w.cats || '敏感信息'}。`,
    'zh-TW': (w) => `在表單負責人確認接收方之前，避免在此輸入${w.cats || '敏感資料'}。`,
  },
};

/** How the sentence opens, chains clauses and ends; what it says when there is nothing to say. */
export const SENTENCE: Record<
  Locale,
  {
    opening: (purpose: string | null) => string;
    that: (purpose: string | null) => string;
    join: string;
    end: string;
    clean: (purpose: string | null) => string;
    noPersonal: string;
    listMore: (shown: string) => string;
    listJoin: string;
    subjectSep: string;
    /** Between the data and the reasons in a mark's name (after the brand's own colon). */
    markSep: string;
    brand: string;
  }
> = {
  en: {
    opening: (p) => (p ? `This form for ${p}` : 'This form'),
    that: (p) => (p ? 'that purpose' : 'its purpose'),
    join: '; it ',
    end: '.',
    clean: (p) => `Nothing to worry about: this form${p ? ` for ${p}` : ''} asks only for what its purpose needs.`,
    noPersonal: 'This page asks for no personal data.',
    listMore: (shown) => `${shown} and more`,
    listJoin: '; ',
    subjectSep: ' — ',
    markSep: ' — ',
    brand: 'FormWarden: ',
  },
  'zh-CN': {
    opening: (p) => (p ? `此表单用于「${p}」，` : '此表单'),
    that: (p) => (p ? '该目的' : '其目的'),
    join: '；',
    end: '。',
    clean: (p) => `无需担心：此表单${p ? `用于「${p}」，` : ''}只收集其目的所需的信息。`,
    noPersonal: '此页面没有收集个人信息。',
    listMore: (shown) => `${shown}等`,
    listJoin: '；',
    subjectSep: '：',
    markSep: '——',
    brand: 'FormWarden：',
  },
  'zh-TW': {
    opening: (p) => (p ? `此表單用於「${p}」，` : '此表單'),
    that: (p) => (p ? '該目的' : '其目的'),
    join: '；',
    end: '。',
    clean: (p) => `無需擔心：此表單${p ? `用於「${p}」，` : ''}只蒐集其目的所需的資料。`,
    noPersonal: '此頁面沒有蒐集個人資料。',
    listMore: (shown) => `${shown}等`,
    listJoin: '；',
    subjectSep: '：',
    markSep: '——',
    brand: 'FormWarden：',
  },
};
