// minimal-necessity/too-precise: More precise than the purpose needs.
import { item, OECD } from '../../policy/provisions';
import { defineCheck } from '../check';
import { fitOf, maxLocationGranularity } from '../fit';
import { groupBy, selectorsOf } from '../select';

export const tooPrecise = defineCheck({
  id: 'too-precise',
  rule: 'minimal-necessity',
  title: { en: 'More precise than the purpose needs', 'zh-CN': '精度超出目的所需', 'zh-TW': '精確度超出目的所需' },
  observability: 'static',
  needsConsentBasis: false,
  noticeTemplate: false,
  applies(ctx) {
    const purpose = ctx.purpose;
    if (!purpose) return [];
    const max = maxLocationGranularity(purpose);
    const precise = ctx.personal.filter((f) => fitOf(f.category, purpose) === 'too-precise');
    return [...groupBy(precise, (f) => f.category)].map(([category, fields]) => ({
      fields: selectorsOf(fields),
      vars: max ? { categories: [category], granularity: max } : { categories: [category] },
    }));
  },
  message: {
    en: (w) =>
      `This form asks for your ${w.categories}, but ${w.purpose} needs no more than ${w.granularity} (minimal necessity).`,
    'zh-CN': (w) => `本表单要求填写${w.categories}，但「${w.purpose}」最多只需要${w.granularity}（最小必要）。`,
    'zh-TW': (w) => `本表單要求填寫${w.categories}，但「${w.purpose}」最多只需要${w.granularity}（最小必要）。`,
  },
  fix: {
    en: (w) => `Ask for ${w.granularity} instead of ${w.categories}.`,
    'zh-CN': (w) => `改为只询问${w.granularity}，不要收集${w.categories}。`,
    'zh-TW': (w) => `改為只詢問${w.granularity}，不要蒐集${w.categories}。`,
  },
  citations: {
    CN: ['PIPL Art. 6', 'GB/T 35273-2020 §5.2', item('四.1')],
    EU: ['GDPR Art. 5(1)(c)', 'GDPR Art. 25(2)'],
    generic: [OECD.collection],
  },
  checklist: ['四.1'],
  words: {
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
});
