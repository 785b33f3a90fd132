// purpose-limitation (policy.md): a field's family is absent from the purpose's `allow`; the
// notice states uses beyond the purpose; or the employee's recorded consent for that data was
// given for a different purpose (issue 5).
import { familyOf } from '../../taxonomy';
import type { Check, Hit } from '../check';
import { fitOf } from '../fit';
import { categoriesOf, daysBetween, groupBy, selectorsOf } from '../select';
import { cap } from '../words';

const categoryNotAllowed: Check = {
  id: 'category-not-allowed',
  rule: 'purpose-limitation',
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
};

const extraUses: Check = {
  id: 'extra-uses',
  rule: 'purpose-limitation',
  applies(ctx) {
    const uses = ctx.scan.page.extraUses;
    if (uses.length === 0) return [];
    return [{ fields: selectorsOf(ctx.personal), vars: { detail: uses.join(' / ') } }];
  },
  message: {
    en: (w) =>
      `The notice says your data may also be used beyond ${w.purpose} ("${w.detail}"). Data collected for one purpose should not be reused for others (purpose limitation).`,
    'zh-CN': (w) =>
      `告知内容称您的信息还可能用于「${w.purpose}」以外的用途（“${w.detail}”）。为某一目的收集的信息不应挪作他用（目的限制）。`,
    'zh-TW': (w) =>
      `告知內容稱您的資訊還可能用於「${w.purpose}」以外的用途（「${w.detail}」）。為某一目的蒐集的資訊不應挪作他用（目的限制）。`,
  },
};

const consentForOtherPurpose: Check = {
  id: 'consent-for-other-purpose',
  rule: 'purpose-limitation',
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
};

export const PURPOSE_LIMITATION_CHECKS: readonly Check[] = [categoryNotAllowed, extraUses, consentForOtherPurpose];
