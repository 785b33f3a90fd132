// minimal-necessity/refusal-blocks-submit: Unneeded item is required to submit.
import { item, OECD } from '../../policy/provisions';
import { defineCheck } from '../check';
import { fitOf } from '../fit';
import { categoriesOf, selectorsOf } from '../select';

export const refusalBlocksSubmit = defineCheck({
  id: 'refusal-blocks-submit',
  rule: 'minimal-necessity',
  title: {
    en: 'Unneeded item is required to submit',
    'zh-CN': '不提供非必要信息即无法提交',
    'zh-TW': '不提供非必要資料即無法送出',
  },
  observability: 'static',
  needsConsentBasis: false,
  noticeTemplate: false,
  applies(ctx) {
    const purpose = ctx.purpose;
    if (!purpose) return [];
    const forced = ctx.personal.filter((f) => f.required && fitOf(f.category, purpose) !== 'allowed');
    if (forced.length === 0) return [];
    return [{ fields: selectorsOf(forced), vars: { categories: categoriesOf(forced) } }];
  },
  message: {
    en: (w) =>
      `Questions asking for your ${w.categories} must be answered before the form can be sent, although ${w.purpose} does not need that data. You should be able to leave them empty (minimal necessity).`,
    'zh-CN': (w) =>
      `${w.categories}被设为必填，不填就无法提交，但「${w.purpose}」并不需要这些信息。您应当可以不填（最小必要）。`,
    'zh-TW': (w) =>
      `${w.categories}被設為必填，不填就無法送出，但「${w.purpose}」並不需要這些資訊。您應當可以不填（最小必要）。`,
  },
  fix: {
    en: (w) =>
      `Make ${w.categories} optional (remove "required", the red * or "必填") or remove the question, so the form can be sent without it.`,
    'zh-CN': (w) => `将${w.categories}改为选填（去掉 required、红色 * 或“必填”），或删除该问题，使不填也能提交。`,
    'zh-TW': (w) => `將${w.categories}改為選填（去掉 required、紅色 * 或「必填」），或刪除該問題，使不填也能送出。`,
  },
  citations: {
    CN: ['PIPL Art. 16', 'PIPL Art. 6', 'GB/T 35273-2020 §5.3', item('四.2')],
    EU: ['GDPR Art. 7(4)', 'GDPR Art. 5(1)(c)', 'GDPR Recital 43'],
    generic: [OECD.collection],
  },
  checklist: ['四.2'],
  words: {
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
});
