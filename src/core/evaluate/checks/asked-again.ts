// minimal-necessity/asked-again: Asked again sooner than needed.
import { item, OECD } from '../../policy/provisions';
import { DEFAULT_RULE_CONFIG } from '../../policy/rules';
import { defineCheck } from '../check';
import type { PersonalField } from '../context';
import { categoriesOf, daysBetween, selectorsOf, withinDays } from '../select';

export const askedAgain = defineCheck({
  id: 'asked-again',
  rule: 'minimal-necessity',
  title: { en: 'Asked again sooner than needed', 'zh-CN': '收集频度超出实际需要', 'zh-TW': '收集頻率超出實際需要' },
  observability: 'ledger',
  needsConsentBasis: false,
  noticeTemplate: false,
  applies(ctx) {
    const days =
      ctx.rule('minimal-necessity').repeatWithinDays ?? DEFAULT_RULE_CONFIG['minimal-necessity'].repeatWithinDays ?? 1;
    const asked = new Set(categoriesOf(ctx.personal));
    const sameSet = (categories: readonly string[]) =>
      categories.length === asked.size && categories.every((c) => asked.has(c as PersonalField['category']));
    const earlier = ctx.history
      .filter((h) => h.kind === 'submitted' && withinDays(h.at, ctx.now, days))
      .filter(
        (h) =>
          (ctx.formFingerprint !== null && h.formFingerprint === ctx.formFingerprint) ||
          (ctx.origin !== null && h.origin === ctx.origin && sameSet([...new Set(h.categories)])),
      )
      .sort((a, b) => b.at - a.at)[0];
    if (!earlier) return [];
    const fields = ctx.personal.filter((f) => earlier.categories.includes(f.category));
    if (fields.length === 0) return [];
    return [
      {
        fields: selectorsOf(fields),
        vars: { categories: categoriesOf(fields), daysAgo: daysBetween(earlier.at, ctx.now), detail: earlier.origin },
      },
    ];
  },
  message: {
    en: (w) =>
      `You already gave your ${w.categories} on this site ${w.when}. Asking for it again so soon is more than needed (minimal necessity).`,
    'zh-CN': (w) => `您${w.when}已在本网站提交过${w.categories}。这么快再次收集超出了必要范围（最小必要）。`,
    'zh-TW': (w) => `您${w.when}已在本網站提交過${w.categories}。這麼快再次蒐集超出了必要範圍（最小必要）。`,
  },
  fix: {
    en: () =>
      'Reuse what employees already submitted (pre-fill it or ask them only to confirm changes) instead of collecting it again.',
    'zh-CN': () => '沿用员工已提交的信息（预先填入或只请其确认变化），不要重复收集。',
    'zh-TW': () => '沿用員工已送出的資料（預先填入或只請其確認變化），不要重複蒐集。',
  },
  citations: {
    CN: ['PIPL Art. 6', 'GB/T 35273-2020 §5.2', item('四.4')],
    EU: ['GDPR Art. 5(1)(c)'],
    generic: [OECD.collection],
  },
  checklist: ['四.4'],
  words: {
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
});
