// minimal-necessity (policy.md): the family is allowed but the specific item is not; a location
// finer than the purpose needs; the same question twice in one form; the same data asked again
// within `repeatWithinDays` (issue 5); an item outside the purpose that must be filled (issue 9).
import { DEFAULT_RULE_CONFIG } from '../../policy/rules';
import type { TextSource } from '../../types';
import type { Check, Hit } from '../check';
import type { PersonalField } from '../context';
import { fitOf, maxLocationGranularity } from '../fit';
import { categoriesOf, daysBetween, groupBy, selectorsOf, withinDays } from '../select';
import { cap } from '../words';

const categoryNotNeeded: Check = {
  id: 'category-not-needed',
  rule: 'minimal-necessity',
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
};

const tooPrecise: Check = {
  id: 'too-precise',
  rule: 'minimal-necessity',
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
};

/** Question text reduced to what a person would recognise as "the same question". */
function normalizedQuestion(label: string): string {
  return label.toLowerCase().replace(/[\s*＊:：?？()（）[\]【】.,，。、_\-—]+/g, '');
}

/**
 * Label sources that belong to one question. A fieldset legend, a table header or nearby text can
 * be shared by several questions ("个人基本信息" over an ID number and two ID-card photos), so equal
 * labels from those sources do not mean the question was asked twice.
 */
const OWN_LABEL_SOURCES: ReadonlySet<TextSource> = new Set([
  'label',
  'aria-labelledby',
  'aria-label',
  'title',
  'placeholder',
  'question-title',
]);

const askedTwice: Check = {
  id: 'asked-twice',
  rule: 'minimal-necessity',
  applies(ctx) {
    const hits: Hit[] = [];
    const own = ctx.personal.filter((f) => f.labelSource === null || OWN_LABEL_SOURCES.has(f.labelSource));
    const key = (f: PersonalField) =>
      [f.formIndex, f.category, f.type === 'file' ? 'file' : 'answer', normalizedQuestion(f.label)].join('\u0000');
    for (const fields of groupBy(own, key).values()) {
      const questions = new Set(fields.map((f) => f.question));
      if (questions.size < 2 || normalizedQuestion(fields[0]!.label) === '') continue;
      hits.push({ fields: selectorsOf(fields), vars: { categories: [fields[0]!.category], detail: fields[0]!.label } });
    }
    return hits;
  },
  message: {
    en: (w) =>
      `The question "${w.detail}" (${w.categories}) is asked more than once in this form. Ask it once (minimal necessity).`,
    'zh-CN': (w) => `本表单多次询问“${w.detail}”（${w.categories}）。同一信息只需收集一次（最小必要）。`,
    'zh-TW': (w) => `本表單多次詢問「${w.detail}」（${w.categories}）。同一資訊只需蒐集一次（最小必要）。`,
  },
};

const askedAgain: Check = {
  id: 'asked-again',
  rule: 'minimal-necessity',
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
};

const refusalBlocksSubmit: Check = {
  id: 'refusal-blocks-submit',
  rule: 'minimal-necessity',
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
};

export const MINIMAL_NECESSITY_CHECKS: readonly Check[] = [
  categoryNotNeeded,
  tooPrecise,
  askedTwice,
  askedAgain,
  refusalBlocksSubmit,
];
