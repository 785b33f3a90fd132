// consent-notice/purpose-undeclared: No purpose stated.
import { item, OECD } from '../../policy/provisions';
import { defineCheck } from '../check';
import { categoriesOf, selectorsOf } from '../select';

export const purposeUndeclared = defineCheck({
  id: 'purpose-undeclared',
  rule: 'consent-notice',
  title: { en: 'No purpose stated', 'zh-CN': '未明示收集目的', 'zh-TW': '未明示蒐集目的' },
  observability: 'static',
  needsConsentBasis: false,
  noticeTemplate: false,
  applies(ctx) {
    if (ctx.purposeId) return [];
    return [{ fields: selectorsOf(ctx.personal), vars: { categories: categoriesOf(ctx.personal) } }];
  },
  message: {
    en: (w) =>
      `No purpose could be determined for this form: neither the page nor the policy says what your ${w.categories} are collected for.`,
    'zh-CN': (w) => `无法确定本表单的收集目的：页面和单位政策都没有说明收集您的${w.categories}是为了什么。`,
    'zh-TW': (w) => `無法確定本表單的蒐集目的：頁面和單位政策都沒有說明蒐集您的${w.categories}是為了什麼。`,
  },
  fix: {
    en: () =>
      'State the purpose in the form\'s title or introduction ("For epidemic prevention, please fill in…"), or ask the admin to bind this site to a purpose in the policy.',
    'zh-CN': () =>
      '在表单标题或说明中写明目的（如“为做好疫情防控，请填写……”），或请管理员在政策的 sites 中为本网站指定目的。',
    'zh-TW': () =>
      '在表單標題或說明中寫明目的（如「為做好疫情防控，請填寫……」），或請管理員在政策的 sites 中為本網站指定目的。',
  },
  citations: {
    CN: ['PIPL Art. 6', 'PIPL Art. 17', 'GB/T 35273-2020 §5.4', item('二.1')],
    EU: ['GDPR Art. 5(1)(b)', 'GDPR Art. 13(1)(c)'],
    generic: [OECD.purpose],
  },
  checklist: ['二.1'],
  words: {
    aboutPage: true,
    problem: {
      en: () => 'does not say what your data is for',
      'zh-CN': () => '未说明收集您信息的目的',
      'zh-TW': () => '未說明蒐集您資料的目的',
    },
    short: { en: () => 'no purpose stated', 'zh-CN': () => '未说明收集目的', 'zh-TW': () => '未說明蒐集目的' },
  },
});
