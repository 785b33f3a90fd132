// The words of the verdict (issue 18), per check and language. Two phrasings per check:
// `problem` is a predicate whose subject is "this form" (the verdict sentence chains up to two),
// `short` is a few words about a field (the popup's finding lines and the in-page marks' names).
// Checks not listed fall back to their rule's words, so a new check still reads sensibly.
// `action` is the one thing the employee can do now, per rule of the most serious finding.
import type { Locale, RuleId } from '../types';

/** `cats`: the finding's categories as a list ("" when it names none); `purpose`: the purpose's
 * label; `that`: how a clause refers back to the purpose the sentence already named. */
export interface VerdictWords {
  cats: string;
  purpose: string;
  that: string;
}
type Phrase = Record<Locale, (w: VerdictWords) => string>;
/** `aboutPage`: the finding is about the whole form (no notice, http), so its line in the popup
 * does not list the fields it names. */
export interface CheckWords {
  problem: Phrase;
  short: Phrase;
  aboutPage?: true;
}

const notNeeded: CheckWords = {
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

const unencrypted: CheckWords = {
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

const sentToThirdParty: CheckWords = {
  problem: {
    en: () => 'sends your answers to a third party',
    'zh-CN': () => '将您的回答发送给第三方',
    'zh-TW': () => '將您的回答傳送給第三方',
  },
  short: { en: () => 'sent to a third party', 'zh-CN': () => '被发送给第三方', 'zh-TW': () => '被傳送給第三方' },
};

const noticeMissing: CheckWords = {
  aboutPage: true,
  problem: {
    en: () => 'has no privacy notice',
    'zh-CN': () => '没有个人信息处理告知',
    'zh-TW': () => '沒有個人資料處理告知',
  },
  short: {
    en: () => 'no privacy notice',
    'zh-CN': () => '没有个人信息处理告知',
    'zh-TW': () => '沒有個人資料處理告知',
  },
};

export const CHECK_WORDS: Record<string, CheckWords> = {
  'category-not-allowed': notNeeded,
  'category-not-needed': notNeeded,
  'too-precise': {
    problem: {
      en: (w) => `asks for your ${w.cats} more precisely than ${w.that} needs`,
      'zh-CN': (w) => `要求的${w.cats}比${w.that}所需更精确`,
      'zh-TW': (w) => `要求的${w.cats}比${w.that}所需更精確`,
    },
    short: {
      en: (w) => `more precise than ${w.purpose} needs`,
      'zh-CN': (w) => `比「${w.purpose}」所需更精确`,
      'zh-TW': (w) => `比「${w.purpose}」所需更精確`,
    },
  },
  'extra-uses': {
    aboutPage: true,
    problem: {
      en: (w) => `says your data may also be used beyond ${w.that}`,
      'zh-CN': (w) => `称您的信息还可能用于${w.that}以外的用途`,
      'zh-TW': (w) => `稱您的資料還可能用於${w.that}以外的用途`,
    },
    short: {
      en: (w) => `may be used beyond ${w.purpose}`,
      'zh-CN': () => '可能被用于目的以外的用途',
      'zh-TW': () => '可能被用於目的以外的用途',
    },
  },
  'consent-for-other-purpose': {
    problem: {
      en: (w) => `asks for your ${w.cats}, which you agreed to give only for another purpose`,
      'zh-CN': (w) => `要求填写${w.cats}，而您只为其他目的同意过提供`,
      'zh-TW': (w) => `要求填寫${w.cats}，而您只為其他目的同意過提供`,
    },
    short: {
      en: () => 'your consent was for another purpose',
      'zh-CN': () => '您的同意针对的是其他目的',
      'zh-TW': () => '您的同意針對的是其他目的',
    },
  },
  'asked-twice': {
    problem: {
      en: (w) => `asks for your ${w.cats} more than once`,
      'zh-CN': (w) => `重复要求填写${w.cats}`,
      'zh-TW': (w) => `重複要求填寫${w.cats}`,
    },
    short: { en: () => 'asked more than once', 'zh-CN': () => '重复询问', 'zh-TW': () => '重複詢問' },
  },
  'asked-again': {
    problem: {
      en: (w) => `asks again for your ${w.cats}, which you gave recently`,
      'zh-CN': (w) => `再次索要您近期已提供的${w.cats}`,
      'zh-TW': (w) => `再次索取您近期已提供的${w.cats}`,
    },
    short: {
      en: () => 'asked again soon after you gave it',
      'zh-CN': () => '近期已提供，再次索要',
      'zh-TW': () => '近期已提供，再次索取',
    },
  },
  'refusal-blocks-submit': {
    problem: {
      en: (w) => `cannot be sent without your ${w.cats}, which ${w.that} does not need`,
      'zh-CN': (w) => `不填写${w.cats}就无法提交，而${w.that}并不需要`,
      'zh-TW': (w) => `不填寫${w.cats}就無法送出，而${w.that}並不需要`,
    },
    short: {
      en: () => 'required although not needed',
      'zh-CN': () => '并非必要却被设为必填',
      'zh-TW': () => '並非必要卻被設為必填',
    },
  },
  'notice-missing': noticeMissing,
  'element-missing': {
    aboutPage: true,
    problem: {
      en: () => 'has a privacy notice that leaves out key points',
      'zh-CN': () => '告知内容不完整',
      'zh-TW': () => '告知內容不完整',
    },
    short: {
      en: () => 'the privacy notice is incomplete',
      'zh-CN': () => '告知内容不完整',
      'zh-TW': () => '告知內容不完整',
    },
  },
  'purpose-undeclared': {
    aboutPage: true,
    problem: {
      en: () => 'does not say what your data is for',
      'zh-CN': () => '未说明收集您信息的目的',
      'zh-TW': () => '未說明蒐集您資料的目的',
    },
    short: { en: () => 'no purpose stated', 'zh-CN': () => '未说明收集目的', 'zh-TW': () => '未說明蒐集目的' },
  },
  'pre-ticked-consent': {
    aboutPage: true,
    problem: {
      en: () => 'ticks consent for you in advance',
      'zh-CN': () => '预先替您勾选了同意',
      'zh-TW': () => '預先替您勾選了同意',
    },
    short: {
      en: () => 'consent ticked in advance',
      'zh-CN': () => '同意选项被预先勾选',
      'zh-TW': () => '同意選項被預先勾選',
    },
  },
  'sensitive-purpose-not-stated': {
    problem: {
      en: (w) => `does not say why it needs your ${w.cats}`,
      'zh-CN': (w) => `未说明为何需要您的${w.cats}`,
      'zh-TW': (w) => `未說明為何需要您的${w.cats}`,
    },
    short: {
      en: () => 'sensitive, and the form does not say why it is needed',
      'zh-CN': () => '敏感信息，未说明用途',
      'zh-TW': () => '敏感資料，未說明用途',
    },
  },
  'notice-unreachable': {
    aboutPage: true,
    problem: {
      en: () => 'links to a privacy notice that cannot be read',
      'zh-CN': () => '所链接的告知无法查看',
      'zh-TW': () => '所連結的告知無法查看',
    },
    short: {
      en: () => 'the privacy notice cannot be read',
      'zh-CN': () => '告知无法查看',
      'zh-TW': () => '告知無法查看',
    },
  },
  'asked-again-after-refusal': {
    problem: {
      en: (w) => `asks again for your ${w.cats} after you refused`,
      'zh-CN': (w) => `在您拒绝后再次索要${w.cats}`,
      'zh-TW': (w) => `在您拒絕後再次索取${w.cats}`,
    },
    short: {
      en: () => 'asked again after you refused',
      'zh-CN': () => '拒绝后再次索要',
      'zh-TW': () => '拒絕後再次索取',
    },
  },
  'bundled-consent': {
    problem: {
      en: (w) => `asks no separate consent for your ${w.cats}`,
      'zh-CN': (w) => `未就${w.cats}单独征得您的同意`,
      'zh-TW': (w) => `未就${w.cats}單獨取得您的同意`,
    },
    short: { en: () => 'no separate consent', 'zh-CN': () => '未单独征得同意', 'zh-TW': () => '未單獨取得同意' },
  },
  'collected-before-consent': {
    aboutPage: true,
    problem: {
      en: () => 'collects data before you agree',
      'zh-CN': () => '在您同意之前就开始收集信息',
      'zh-TW': () => '在您同意之前就開始蒐集資料',
    },
    short: { en: () => 'collected before you agree', 'zh-CN': () => '同意前即被收集', 'zh-TW': () => '同意前即被蒐集' },
  },
  'http-page': unencrypted,
  'http-action': unencrypted,
  'form-target': sentToThirdParty,
  'session-replay': {
    problem: {
      en: () => 'lets a third party record what you do',
      'zh-CN': () => '让第三方录制您的操作',
      'zh-TW': () => '讓第三方錄製您的操作',
    },
    short: { en: () => 'recorded by a third party', 'zh-CN': () => '被第三方录制', 'zh-TW': () => '被第三方錄製' },
  },
  'keystroke-listener': {
    problem: {
      en: () => 'lets third parties read what you type',
      'zh-CN': () => '让第三方读取您输入的内容',
      'zh-TW': () => '讓第三方讀取您輸入的內容',
    },
    short: {
      en: () => 'third parties read what you type',
      'zh-CN': () => '第三方读取您的输入',
      'zh-TW': () => '第三方讀取您的輸入',
    },
  },
  'sent-while-typing': {
    problem: {
      en: () => 'sends data to a third party while you type',
      'zh-CN': () => '在您输入时向第三方发送数据',
      'zh-TW': () => '在您輸入時向第三方傳送資料',
    },
    short: {
      en: () => 'sent to a third party while you type',
      'zh-CN': () => '输入时被发送给第三方',
      'zh-TW': () => '輸入時被傳送給第三方',
    },
  },
};

/** A check this table does not know reads as its rule's most common check. */
export const RULE_WORDS: Record<RuleId, CheckWords> = {
  'purpose-limitation': notNeeded,
  'minimal-necessity': notNeeded,
  'consent-notice': noticeMissing,
  'separate-consent': CHECK_WORDS['bundled-consent']!,
  'insecure-transport': unencrypted,
  'third-party-recipient': sentToThirdParty,
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
