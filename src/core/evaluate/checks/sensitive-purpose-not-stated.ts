// consent-notice/sensitive-purpose-not-stated: Sensitive item asked without its purpose.
import { item, OECD } from '../../policy/provisions';
import { defineCheck } from '../check';
import { categoriesOf, selectorsOf } from '../select';

export const sensitivePurposeNotStated = defineCheck({
  id: 'sensitive-purpose-not-stated',
  rule: 'consent-notice',
  title: {
    en: 'Sensitive item asked without its purpose',
    'zh-CN': '收集敏感信息未同步告知目的',
    'zh-TW': '蒐集敏感資料未同步告知目的',
  },
  observability: 'static',
  needsConsentBasis: false,
  noticeTemplate: false,
  applies(ctx) {
    const page = ctx.scan.page;
    if (page.introStatesPurpose) return [];
    const stated = new Set(page.fieldsWithPurposeStated);
    // Hidden inputs are not asked; silent collection is collected-before-consent's business.
    const unexplained = ctx.personal.filter(
      (f) => f.sensitive && !f.hidden && !stated.has(f.selector) && !stated.has(f.question),
    );
    if (unexplained.length === 0) return [];
    return [{ fields: selectorsOf(unexplained), vars: { categories: categoriesOf(unexplained) } }];
  },
  message: {
    en: (w) =>
      `This form asks for sensitive data (${w.categories}) without saying why, neither next to the question nor in the form's introduction.`,
    'zh-CN': (w) => `本表单收集敏感个人信息（${w.categories}），但问题旁和表单说明中都没有告知收集目的。`,
    'zh-TW': (w) => `本表單蒐集敏感個人資料（${w.categories}），但問題旁和表單說明中都沒有告知蒐集目的。`,
  },
  fix: {
    en: (w) =>
      `Say why you need the ${w.categories}, next to the question or in the introduction ("For ${w.purpose}, please give…").`,
    'zh-CN': (w) => `在问题旁或表单说明中写明为何需要${w.categories}（如“为${w.purpose}，请填写……”）。`,
    'zh-TW': (w) => `在問題旁或表單說明中寫明為何需要${w.categories}（如「為${w.purpose}，請填寫……」）。`,
  },
  citations: {
    CN: ['PIPL Art. 30', 'PIPL Art. 17', 'GB/T 35273-2020 §5.4', item('二.3')],
    EU: ['GDPR Art. 13(1)(c)', 'GDPR Art. 12(1)'],
    generic: [OECD.purpose, OECD.openness],
  },
  checklist: ['二.3'],
  words: {
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
});
