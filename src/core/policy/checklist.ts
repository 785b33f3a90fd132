// The 31 items of 《App违法违规收集使用个人信息行为认定方法》 (CAC, MIIT, MPS, SAMR, 2019), each with
// its GDPR counterpart and, honestly, whether a web form page can show it (issue 9).
// Titles are short paraphrases, not the official text. Which check covers an item is derived from
// the checks (CHECK_INFO in citations.ts), so docs/checklist.md (generated from this file) cannot drift from the
// checks the evaluator actually runs.
import type { Localized } from '../types';
import { CHECK_INFO, ELEMENT_CHECKLIST } from './citations';

export interface ChecklistItem {
  /** "三.4": criterion (一…六) and item number. */
  readonly id: string;
  readonly title: Localized;
  readonly gdpr: readonly string[];
  /** Why no check covers it on a form page (null when a check covers it or it is planned). */
  readonly notVisible: Localized | null;
}

export const CHECKLIST_CRITERIA: ReadonlyArray<{ id: string; title: Localized }> = [
  {
    id: '一',
    title: { en: 'Collection rules not made public', 'zh-CN': '未公开收集使用规则', 'zh-TW': '未公開蒐集利用規則' },
  },
  {
    id: '二',
    title: {
      en: 'Purpose, method and scope not stated',
      'zh-CN': '未明示收集使用个人信息的目的、方式和范围',
      'zh-TW': '未明示蒐集利用個人資料的目的、方式和範圍',
    },
  },
  {
    id: '三',
    title: {
      en: 'Collected without consent',
      'zh-CN': '未经用户同意收集使用个人信息',
      'zh-TW': '未經使用者同意蒐集利用個人資料',
    },
  },
  {
    id: '四',
    title: {
      en: 'Not necessary for the service',
      'zh-CN': '违反必要原则，收集与服务无关的个人信息',
      'zh-TW': '違反必要原則，蒐集與服務無關的個人資料',
    },
  },
  {
    id: '五',
    title: {
      en: 'Provided to others without consent',
      'zh-CN': '未经同意向他人提供个人信息',
      'zh-TW': '未經同意向他人提供個人資料',
    },
  },
  {
    id: '六',
    title: {
      en: 'No deletion / correction or complaint channel',
      'zh-CN': '未按法律规定提供删除或更正功能或未公布投诉举报方式',
      'zh-TW': '未依法提供刪除或更正功能或未公布投訴檢舉方式',
    },
  },
];

const backend: Localized = {
  en: 'Happens on the server or later in time; a form page does not show it.',
  'zh-CN': '发生在服务器端或事后，表单页面上看不到。',
  'zh-TW': '發生於伺服器端或事後，表單頁面上看不到。',
};
const appOnly: Localized = {
  en: 'Concerns app permissions or app settings, which web forms do not have.',
  'zh-CN': '涉及App权限或设置，网页表单不存在此情形。',
  'zh-TW': '涉及App權限或設定，網頁表單不存在此情形。',
};
const judgement: Localized = {
  en: 'Needs a human reading of the notice (clarity, honesty); a tool cannot judge it reliably.',
  'zh-CN': '需要人工阅读判断告知内容（是否易懂、是否真实），工具无法可靠判断。',
  'zh-TW': '需要人工閱讀判斷告知內容（是否易懂、是否真實），工具無法可靠判斷。',
};
const rightsBackend: Localized = {
  en: 'Concerns how correction, deletion or account requests are handled afterwards; not visible on the form.',
  'zh-CN': '涉及更正、删除、注销请求的事后处理，表单页面上看不到。',
  'zh-TW': '涉及更正、刪除、註銷請求的事後處理，表單頁面上看不到。',
};

const t = (en: string, zhCN: string, zhTW: string): Localized => ({ en, 'zh-CN': zhCN, 'zh-TW': zhTW });

export const CHECKLIST_ITEMS: readonly ChecklistItem[] = [
  {
    id: '一.1',
    title: t(
      'No privacy notice or no collection rules in it',
      '无隐私政策或隐私政策中无收集使用规则',
      '無隱私權政策或其中無蒐集利用規則',
    ),
    gdpr: ['GDPR Art. 13(1)', 'GDPR Art. 13(2)'],
    notVisible: null,
  },
  {
    id: '一.2',
    title: t(
      'Not prompted to read the notice in an obvious way',
      '未以明显方式提示阅读隐私政策',
      '未以明顯方式提示閱讀隱私權政策',
    ),
    gdpr: ['GDPR Art. 12(1)'],
    notVisible: null,
  },
  {
    id: '一.3',
    title: t('Notice hard to reach', '隐私政策难以访问', '隱私權政策難以開啟'),
    gdpr: ['GDPR Art. 12(1)'],
    notVisible: null,
  },
  {
    id: '一.4',
    title: t(
      'Notice hard to read (tiny, faint, blurred, no Chinese version)',
      '隐私政策难以阅读（过小过密、颜色过淡等）',
      '隱私權政策難以閱讀（過小過密、顏色過淡等）',
    ),
    gdpr: ['GDPR Art. 12(1)'],
    notVisible: null,
  },
  {
    id: '二.1',
    title: t(
      'Purposes, methods and scope not listed one by one',
      '未逐一列出收集使用的目的、方式、范围',
      '未逐一列出蒐集利用的目的、方式、範圍',
    ),
    gdpr: ['GDPR Art. 13(1)(c)'],
    notVisible: null,
  },
  {
    id: '二.2',
    title: t(
      'Users not told when purposes or scope change',
      '目的、方式、范围变化时未通知用户',
      '目的、方式、範圍變更時未通知使用者',
    ),
    gdpr: ['GDPR Art. 13(3)'],
    notVisible: backend,
  },
  {
    id: '二.3',
    title: t(
      'Sensitive data asked without stating why',
      '收集敏感信息时未同步告知目的',
      '蒐集敏感資料時未同步告知目的',
    ),
    gdpr: ['GDPR Art. 13(1)(c)'],
    notVisible: null,
  },
  {
    id: '二.4',
    title: t('Rules obscure or verbose', '收集使用规则晦涩难懂、冗长繁琐', '蒐集利用規則艱澀難懂、冗長繁瑣'),
    gdpr: ['GDPR Art. 12(1)'],
    notVisible: judgement,
  },
  {
    id: '三.1',
    title: t('Collection starts before consent', '征得同意前就开始收集', '取得同意前即開始蒐集'),
    gdpr: ['GDPR Art. 6(1)(a)', 'GDPR Art. 7(1)'],
    notVisible: null,
  },
  {
    id: '三.2',
    title: t(
      'Collection after refusal, or consent asked again and again',
      '明确拒绝后仍收集或频繁征求同意',
      '明確拒絕後仍蒐集或頻繁徵求同意',
    ),
    gdpr: ['GDPR Art. 4(11)', 'GDPR Recital 32'],
    notVisible: null,
  },
  {
    id: '三.3',
    title: t('Collection beyond what was consented to', '实际收集超出用户授权范围', '實際蒐集超出使用者授權範圍'),
    gdpr: ['GDPR Art. 5(1)(b)', 'GDPR Art. 6(1)(a)'],
    notVisible: null,
  },
  {
    id: '三.4',
    title: t(
      'Consent by default (pre-ticked box)',
      '以默认选择同意等非明示方式征求同意',
      '以預設勾選同意等非明示方式徵求同意',
    ),
    gdpr: ['GDPR Art. 4(11)', 'GDPR Recital 32', 'CJEU C-673/17 Planet49'],
    notVisible: null,
  },
  {
    id: '三.5',
    title: t(
      'Permission settings changed without consent',
      '未经同意更改用户设置的权限状态',
      '未經同意變更使用者設定的權限狀態',
    ),
    gdpr: ['GDPR Art. 25(2)'],
    notVisible: appOnly,
  },
  {
    id: '三.6',
    title: t('Targeted push without a non-targeted option', '定向推送未提供非定向选项', '定向推送未提供非定向選項'),
    gdpr: ['GDPR Art. 21(2)'],
    notVisible: appOnly,
  },
  {
    id: '三.7',
    title: t('Consent obtained by deception', '以欺诈、诱骗等方式误导用户同意', '以欺詐、誘騙等方式誤導使用者同意'),
    gdpr: ['GDPR Art. 5(1)(a)'],
    notVisible: judgement,
  },
  {
    id: '三.8',
    title: t('No way to withdraw consent', '未提供撤回同意的途径、方式', '未提供撤回同意的途徑、方式'),
    gdpr: ['GDPR Art. 7(3)', 'GDPR Art. 13(2)(c)'],
    notVisible: null,
  },
  {
    id: '三.9',
    title: t('Use contrary to the declared rules', '违反其所声明的收集使用规则', '違反其所聲明的蒐集利用規則'),
    gdpr: ['GDPR Art. 5(1)(b)'],
    notVisible: null,
  },
  {
    id: '四.1',
    title: t('Data unrelated to the service', '收集的个人信息类型与业务功能无关', '蒐集的個人資料類型與業務功能無關'),
    gdpr: ['GDPR Art. 5(1)(c)'],
    notVisible: null,
  },
  {
    id: '四.2',
    title: t(
      'Service refused when optional data is refused',
      '因用户不同意收集非必要信息而拒绝提供业务功能',
      '因使用者不同意蒐集非必要資料而拒絕提供服務',
    ),
    gdpr: ['GDPR Art. 7(4)'],
    notVisible: null,
  },
  {
    id: '四.3',
    title: t(
      'New feature forces consent beyond the original scope',
      '新增业务功能超出原有同意范围且拒绝提供原有功能',
      '新增功能超出原同意範圍且拒絕提供原有功能',
    ),
    gdpr: ['GDPR Art. 7(4)'],
    notVisible: appOnly,
  },
  {
    id: '四.4',
    title: t('Collected more often than needed', '收集频度超出业务功能实际需要', '蒐集頻率超出業務功能實際需要'),
    gdpr: ['GDPR Art. 5(1)(c)'],
    notVisible: null,
  },
  {
    id: '四.5',
    title: t(
      'Consent forced for "better service", marketing or R&D',
      '仅以改善服务、定向推送、研发新产品为由强制要求同意',
      '僅以改善服務、定向推送、研發新產品為由強制要求同意',
    ),
    gdpr: ['GDPR Art. 5(1)(b)', 'GDPR Art. 7(4)'],
    notVisible: null,
  },
  {
    id: '四.6',
    title: t('Several permissions must be accepted at once', '要求一次性同意多个权限', '要求一次性同意多項權限'),
    gdpr: ['GDPR Art. 7(2)', 'GDPR Recital 43'],
    notVisible: null,
  },
  {
    id: '五.1',
    title: t(
      'Client sends data directly to third parties (embedded code)',
      '客户端直接向第三方提供（含嵌入的第三方代码）',
      '用戶端直接向第三方提供（含嵌入的第三方程式碼）',
    ),
    gdpr: ['GDPR Art. 13(1)(e)', 'GDPR Art. 28'],
    notVisible: null,
  },
  {
    id: '五.2',
    title: t('Backend shares data with third parties', '后台服务器向第三方提供', '後台伺服器向第三方提供'),
    gdpr: ['GDPR Art. 13(1)(e)'],
    notVisible: backend,
  },
  {
    id: '五.3',
    title: t(
      'Data given to connected third-party apps',
      '接入第三方应用时未经同意提供',
      '接入第三方應用時未經同意提供',
    ),
    gdpr: ['GDPR Art. 13(1)(e)'],
    notVisible: backend,
  },
  {
    id: '六.1',
    title: t(
      'No effective correction / deletion / account-closing function',
      '未提供有效的更正、删除及注销功能',
      '未提供有效的更正、刪除及註銷功能',
    ),
    gdpr: ['GDPR Art. 13(2)(b)', 'GDPR Art. 16', 'GDPR Art. 17'],
    notVisible: null,
  },
  {
    id: '六.2',
    title: t(
      'Unreasonable conditions for correction or deletion',
      '为更正、删除设置不合理条件',
      '為更正、刪除設置不合理條件',
    ),
    gdpr: ['GDPR Art. 12(2)'],
    notVisible: rightsBackend,
  },
  {
    id: '六.3',
    title: t('Requests not handled in time (15 working days)', '未及时响应更正、删除请求', '未及時回應更正、刪除請求'),
    gdpr: ['GDPR Art. 12(3)'],
    notVisible: rightsBackend,
  },
  {
    id: '六.4',
    title: t(
      'Deletion shown as done but not done in the backend',
      '前台操作完成但后台未完成',
      '前台操作完成但後台未完成',
    ),
    gdpr: ['GDPR Art. 17'],
    notVisible: rightsBackend,
  },
  {
    id: '六.5',
    title: t('No complaint / reporting channel published', '未建立并公布投诉、举报渠道', '未建立並公布投訴、檢舉管道'),
    gdpr: ['GDPR Art. 13(2)(d)', 'GDPR Art. 77'],
    notVisible: null,
  },
];

/** "rule/check" ids that cover an item (element-missing/withdrawal etc. for element rows). */
export function checksCovering(itemId: string): string[] {
  const out = CHECK_INFO.filter((c) => c.checklist.includes(itemId)).map((c) => `${c.rule}/${c.check}`);
  for (const [element, items] of Object.entries(ELEMENT_CHECKLIST)) {
    if (items?.includes(itemId)) out.push(`consent-notice/element-missing (${element})`);
  }
  return out;
}
