// minimal-necessity/category-not-needed: More data than the purpose needs.
import { item, OECD } from '../../policy/provisions';
import { NOT_NEEDED } from '../../report/check-words';
import { defineCheck } from '../check';
import { fitOf } from '../fit';
import { groupBy, selectorsOf } from '../select';
import { cap } from '../words';

export const categoryNotNeeded = defineCheck({
  id: 'category-not-needed',
  rule: 'minimal-necessity',
  title: {
    en: 'More data than the purpose needs',
    'zh-CN': '超出目的所需的个人信息',
    'zh-TW': '超出目的所需的個人資料',
  },
  observability: 'static',
  needsConsentBasis: false,
  noticeTemplate: false,
  applies(ctx) {
    const purpose = ctx.purpose;
    if (!purpose) return [];
    const extra = ctx.personal.filter((f) => fitOf(f.category, purpose) === 'category-not-needed');
    return [...groupBy(extra, (f) => f.category)].map(([category, fields]) => ({
      fields: selectorsOf(fields),
      vars: { categories: [category] },
    }));
  },
  message: {
    en: (w) =>
      `This form is for ${w.purpose} and asks for your ${w.categories}. ${cap(w.purpose)} does not need this item (minimal necessity).`,
    'zh-CN': (w) =>
      `本表单用于「${w.purpose}」，却要求填写${w.categories}。「${w.purpose}」并不需要这一项（最小必要）。`,
    'zh-TW': (w) =>
      `本表單用於「${w.purpose}」，卻要求填寫${w.categories}。「${w.purpose}」並不需要這一項（最小必要）。`,
  },
  fix: {
    en: (w) => `Drop the ${w.categories} question; ${w.purpose} works without it.`,
    'zh-CN': (w) => `删除${w.categories}这一问题，「${w.purpose}」不需要它。`,
    'zh-TW': (w) => `刪除${w.categories}這一問題，「${w.purpose}」不需要它。`,
  },
  citations: {
    CN: ['PIPL Art. 6', 'GB/T 35273-2020 §5.2', item('四.1')],
    EU: ['GDPR Art. 5(1)(c)', 'GDPR Art. 25(2)'],
    generic: [OECD.collection],
  },
  checklist: ['四.1'],
  words: NOT_NEEDED,
});
