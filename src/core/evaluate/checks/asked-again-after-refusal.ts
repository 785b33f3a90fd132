// consent-notice/asked-again-after-refusal: Asked again after refusing.
import { item, OECD } from '../../policy/provisions';
import { defineCheck } from '../check';
import { categoriesOf, daysBetween, selectorsOf } from '../select';

export const askedAgainAfterRefusal = defineCheck({
  id: 'asked-again-after-refusal',
  rule: 'consent-notice',
  title: { en: 'Asked again after refusing', 'zh-CN': '明确拒绝后仍反复征求同意', 'zh-TW': '明確拒絕後仍反覆徵求同意' },
  observability: 'ledger',
  needsConsentBasis: true,
  noticeTemplate: false,
  applies(ctx) {
    const relevant = ctx.history
      .filter((h) => h.at <= ctx.now)
      .filter(
        (h) =>
          (ctx.formFingerprint !== null && h.formFingerprint === ctx.formFingerprint) ||
          (ctx.origin !== null && h.origin === ctx.origin && ctx.purposeId !== null && h.purposeId === ctx.purposeId),
      )
      .sort((a, b) => a.at - b.at);
    const last = relevant[relevant.length - 1];
    // A later grant means the person changed their mind; only a standing refusal counts.
    if (!last || last.kind !== 'refused') return [];
    const refused = new Set(last.categories);
    const asked = ctx.personal.filter((f) => refused.has(f.category));
    const fields = asked.length > 0 ? asked : ctx.personal;
    return [
      {
        fields: selectorsOf(fields),
        vars: { categories: categoriesOf(fields), daysAgo: daysBetween(last.at, ctx.now) },
      },
    ];
  },
  message: {
    en: (w) =>
      `You refused consent for your ${w.categories} on this form ${w.when}, and it asks again. After a refusal a form should not keep asking.`,
    'zh-CN': (w) => `您${w.when}已在此表单拒绝提供${w.categories}，表单却再次征求。用户明确拒绝后不应反复征求同意。`,
    'zh-TW': (w) => `您${w.when}已在此表單拒絕提供${w.categories}，表單卻再次徵求。使用者明確拒絕後不應反覆徵求同意。`,
  },
  fix: {
    en: (w) => `Respect the refusal: do not ask again, and let the employee use the form without ${w.categories}.`,
    'zh-CN': (w) => `尊重员工的拒绝：不要再次征求，并允许其在不提供${w.categories}的情况下使用表单。`,
    'zh-TW': (w) => `尊重員工的拒絕：不要再次徵求，並允許其在不提供${w.categories}的情況下使用表單。`,
  },
  citations: {
    CN: ['PIPL Art. 14', 'PIPL Art. 16', item('三.2')],
    EU: ['GDPR Art. 4(11)', 'GDPR Recital 32', 'GDPR Recital 42'],
    generic: [OECD.collection],
  },
  checklist: ['三.2'],
  words: {
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
});
