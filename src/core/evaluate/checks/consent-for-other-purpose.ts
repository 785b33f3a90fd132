// purpose-limitation/consent-for-other-purpose: Consent was given for a different purpose.
import { item, OECD } from '../../policy/provisions';
import { defineCheck, type Hit } from '../check';
import { categoriesOf, daysBetween, selectorsOf } from '../select';

export const consentForOtherPurpose = defineCheck({
  id: 'consent-for-other-purpose',
  rule: 'purpose-limitation',
  title: {
    en: 'Consent was given for a different purpose',
    'zh-CN': '同意系针对其他目的作出',
    'zh-TW': '同意係針對其他目的作出',
  },
  observability: 'ledger',
  needsConsentBasis: false,
  noticeTemplate: false,
  applies(ctx) {
    if (!ctx.purposeId) return [];
    const sensitive = ctx.personal.filter((f) => f.sensitive);
    if (sensitive.length === 0) return [];
    const grants = ctx.history.filter((h) => h.kind === 'granted' && h.at <= ctx.now);
    // Data the employee agreed to give for this very purpose is not reuse.
    const coveredHere = new Set(grants.filter((g) => g.purposeId === ctx.purposeId).flatMap((g) => g.categories));
    const latestByPurpose = new Map<string, (typeof grants)[number]>();
    for (const g of grants) {
      if (g.purposeId === ctx.purposeId) continue;
      const seen = latestByPurpose.get(g.purposeId);
      if (!seen || g.at > seen.at) latestByPurpose.set(g.purposeId, g);
    }
    const hits: Hit[] = [];
    for (const [purposeId, grant] of [...latestByPurpose].sort((a, b) => a[0].localeCompare(b[0]))) {
      const fields = sensitive.filter((f) => grant.categories.includes(f.category) && !coveredHere.has(f.category));
      if (fields.length === 0) continue;
      const known = Object.hasOwn(ctx.policy.purposes, purposeId) ? ctx.policy.purposes[purposeId]!.label : undefined;
      hits.push({
        fields: selectorsOf(fields),
        vars: {
          categories: categoriesOf(fields),
          otherPurpose: known ?? { en: grant.purposeLabel ?? purposeId },
          daysAgo: daysBetween(grant.at, ctx.now),
        },
      });
    }
    return hits;
  },
  message: {
    en: (w) =>
      `You consented to share your ${w.categories} for ${w.otherPurpose} (${w.when}). This form is for ${w.purpose}; that consent does not cover it (purpose limitation).`,
    'zh-CN': (w) =>
      `您曾为「${w.otherPurpose}」同意提供${w.categories}（${w.when}）。本表单用于「${w.purpose}」，不在那次同意的范围内（目的限制）。`,
    'zh-TW': (w) =>
      `您曾為「${w.otherPurpose}」同意提供${w.categories}（${w.when}）。本表單用於「${w.purpose}」，不在那次同意的範圍內（目的限制）。`,
  },
  fix: {
    en: (w) =>
      `Do not reuse ${w.categories} given for ${w.otherPurpose}. If ${w.purpose} needs it, say why in this form's notice and ask for it for this purpose.`,
    'zh-CN': (w) =>
      `不要沿用为「${w.otherPurpose}」提供的${w.categories}。如「${w.purpose}」确需这些信息，请在本表单告知中说明理由并就此目的重新征求。`,
    'zh-TW': (w) =>
      `不要沿用為「${w.otherPurpose}」提供的${w.categories}。如「${w.purpose}」確需這些資料，請在本表單告知中說明理由並就此目的重新徵求。`,
  },
  citations: {
    CN: ['PIPL Art. 6', 'PIPL Art. 14', item('三.3')],
    EU: ['GDPR Art. 4(11)', 'GDPR Art. 5(1)(b)', 'GDPR Art. 6(4)'],
    generic: [OECD.purpose, OECD.use],
  },
  checklist: ['三.3', '三.9'],
  words: {
    problem: {
      en: (w) => `asks for your ${w.cats}, which you agreed to give only for another purpose`,
      'zh-CN': (w) => `要求填写${w.cats}，而您只为其他目的同意过提供`,
      'zh-TW': (w) => `要求填寫${w.cats}，而您只為其他目的同意過提供`,
    },
    short: {
      en: () => 'your consent was for another purpose',
      'zh-CN': () => '您的同意针对的是其他目的',
      'zh-TW': () => '您的同意針對的是其他目的',
    },
  },
});
