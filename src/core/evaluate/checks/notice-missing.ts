// consent-notice/notice-missing: No privacy notice.
import { item, OECD } from '../../policy/provisions';
import { defineCheck } from '../check';
import { categoriesOf, selectorsOf } from '../select';

export const noticeMissing = defineCheck({
  id: 'notice-missing',
  rule: 'consent-notice',
  title: { en: 'No privacy notice', 'zh-CN': '未告知收集使用规则', 'zh-TW': '未告知蒐集利用規則' },
  observability: 'static',
  needsConsentBasis: false,
  noticeTemplate: true,
  applies(ctx) {
    if (ctx.scan.notice.found) return [];
    return [{ fields: selectorsOf(ctx.personal), vars: { categories: categoriesOf(ctx.personal) } }];
  },
  message: {
    en: (w) =>
      `This form collects your ${w.categories}, but there is no privacy notice on the page or linked from it that says why, for how long and who receives it.`,
    'zh-CN': (w) =>
      `本表单收集您的${w.categories}，但页面上没有、也没有链接到任何个人信息处理告知，说明为何收集、保存多久、谁会收到。`,
    'zh-TW': (w) =>
      `本表單蒐集您的${w.categories}，但頁面上沒有、也沒有連結到任何個人資料處理告知，說明為何蒐集、保存多久、誰會收到。`,
  },
  fix: {
    en: () =>
      'Add a collection notice at the top of the form stating the purpose, what is collected, how long it is kept, who collects it and whom to contact (template below).',
    'zh-CN': () => '在表单顶部加入个人信息收集告知，写明目的、收集哪些信息、保存多久、收集者及联系方式（见下方模板）。',
    'zh-TW': () => '在表單頂部加入個人資料蒐集告知，寫明目的、蒐集哪些資料、保存多久、蒐集者及聯絡方式（見下方範本）。',
  },
  citations: {
    CN: [
      'PIPL Art. 7',
      'PIPL Art. 17',
      'CSL Art. 41',
      'GB/T 35273-2020 §5.4',
      'GB/T 35273-2020 §5.5',
      item('一.1'),
      item('一.2'),
    ],
    EU: ['GDPR Art. 12(1)', 'GDPR Art. 13(1)', 'GDPR Art. 13(2)'],
    generic: [OECD.openness],
  },
  checklist: ['一.1', '一.2'],
  words: {
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
  },
});
