// purpose-limitation/category-not-allowed: Data unrelated to the purpose.
import { CAC_2020, item, OECD } from '../../policy/provisions';
import { NOT_NEEDED } from '../../report/check-words';
import { familyOf } from '../../taxonomy';
import { defineCheck } from '../check';
import { fitOf } from '../fit';
import { categoriesOf, groupBy, selectorsOf } from '../select';
import { cap } from '../words';

export const categoryNotAllowed = defineCheck({
  id: 'category-not-allowed',
  rule: 'purpose-limitation',
  title: {
    en: 'Data unrelated to the purpose',
    'zh-CN': '收集与目的无关的个人信息',
    'zh-TW': '收集與目的無關的個人資料',
  },
  observability: 'static',
  needsConsentBasis: false,
  noticeTemplate: false,
  applies(ctx) {
    const purpose = ctx.purpose;
    if (!purpose) return [];
    const outside = ctx.personal.filter((f) => fitOf(f.category, purpose) === 'family-not-allowed');
    return [...groupBy(outside, (f) => familyOf(f.category))].map(([family, fields]) => ({
      fields: selectorsOf(fields),
      vars: { family, categories: categoriesOf(fields) },
    }));
  },
  message: {
    en: (w) =>
      `This form is for ${w.purpose} and asks for your ${w.categories}. ${cap(w.family)} is not needed for ${w.purpose} (purpose limitation).`,
    'zh-CN': (w) =>
      `本表单用于「${w.purpose}」，却要求填写${w.categories}。「${w.purpose}」不需要${w.family}（目的限制）。`,
    'zh-TW': (w) =>
      `本表單用於「${w.purpose}」，卻要求填寫${w.categories}。「${w.purpose}」不需要${w.family}（目的限制）。`,
  },
  fix: {
    en: (w) =>
      `Remove the questions asking for ${w.categories}: ${w.purpose} does not need ${w.family}. If it really does, the admin must declare that in the policy and the notice must say why.`,
    'zh-CN': (w) =>
      `删除收集${w.categories}的问题：「${w.purpose}」不需要${w.family}。如确有需要，应由管理员在政策中声明，并在告知中说明理由。`,
    'zh-TW': (w) =>
      `刪除蒐集${w.categories}的問題：「${w.purpose}」不需要${w.family}。如確有需要，應由管理員在政策中聲明，並在告知中說明理由。`,
  },
  citations: {
    CN: ['PIPL Art. 6', 'PIPL Art. 14', CAC_2020, item('四.1')],
    EU: ['GDPR Art. 5(1)(b)', 'GDPR Art. 6(1)', 'GDPR Art. 88'],
    generic: [OECD.purpose, OECD.collection],
  },
  checklist: ['四.1', '三.3'],
  words: NOT_NEEDED,
});
