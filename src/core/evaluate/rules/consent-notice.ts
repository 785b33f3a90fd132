// consent-notice (policy.md, issue 9): no notice; a notice lacking a required element; no purpose
// at all; a consent box ticked in advance; sensitive data asked with no purpose stated; a notice
// link that goes nowhere or notice text nobody can read; asking again after a refusal.
import { DEFAULT_RULE_CONFIG } from '../../policy/rules';
import type { NoticeElement } from '../../types';
import type { Check, Hit } from '../check';
import { categoriesOf, daysBetween, selectorsOf } from '../select';

/** Only a consent can be withdrawn: under another legal basis the notice need not say how (issue 9). */
const CONSENT_ONLY_ELEMENTS: ReadonlySet<NoticeElement> = new Set(['withdrawal']);

/** WCAG 2.x AA for normal text, and the smallest text a notice may use (issue 9). */
export const MIN_CONTRAST = 4.5;
export const MIN_FONT_PX = 10;

const noticeMissing: Check = {
  id: 'notice-missing',
  rule: 'consent-notice',
  applies(ctx) {
    if (ctx.scan.notice.found) return [];
    return [{ fields: selectorsOf(ctx.personal), vars: { categories: categoriesOf(ctx.personal) } }];
  },
  message: {
    en: (w) =>
      `This form collects your ${w.categories}, but there is no privacy notice on the page or linked from it that says why, for how long and who receives it.`,
    'zh-CN': (w) =>
      `本表单收集您的${w.categories}，但页面上没有、也没有链接到任何个人信息处理告知，说明为何收集、保存多久、谁会收到。`,
    'zh-TW': (w) =>
      `本表單蒐集您的${w.categories}，但頁面上沒有、也沒有連結到任何個人資料處理告知，說明為何蒐集、保存多久、誰會收到。`,
  },
};

const elementMissing: Check = {
  id: 'element-missing',
  rule: 'consent-notice',
  applies(ctx) {
    const notice = ctx.scan.notice;
    if (!notice.found) return [];
    const required =
      ctx.rule('consent-notice').requireElements ?? DEFAULT_RULE_CONFIG['consent-notice'].requireElements ?? [];
    const missing = [...new Set(required)]
      .filter((e) => ctx.consentBasis || !CONSENT_ONLY_ELEMENTS.has(e))
      .filter((e) => !notice.elements[e]);
    if (missing.length === 0) return [];
    return [{ fields: selectorsOf(ctx.personal), vars: { elements: missing } }];
  },
  message: {
    en: (w) => `The privacy notice on this form does not say ${w.elements}.`,
    'zh-CN': (w) => `本表单的个人信息处理告知没有说明${w.elements}。`,
    'zh-TW': (w) => `本表單的個人資料處理告知沒有說明${w.elements}。`,
  },
};

const purposeUndeclared: Check = {
  id: 'purpose-undeclared',
  rule: 'consent-notice',
  applies(ctx) {
    if (ctx.purposeId) return [];
    return [{ fields: selectorsOf(ctx.personal), vars: { categories: categoriesOf(ctx.personal) } }];
  },
  message: {
    en: (w) =>
      `No purpose could be determined for this form: neither the page nor the policy says what your ${w.categories} are collected for.`,
    'zh-CN': (w) => `无法确定本表单的收集目的：页面和单位政策都没有说明收集您的${w.categories}是为了什么。`,
    'zh-TW': (w) => `無法確定本表單的蒐集目的：頁面和單位政策都沒有說明蒐集您的${w.categories}是為了什麼。`,
  },
};

const preTickedConsent: Check = {
  id: 'pre-ticked-consent',
  rule: 'consent-notice',
  // Not limited to consent-based purposes: policy.md spares a *missing* consent control under
  // another legal basis, but a box that agrees on the employee's behalf misleads whatever the basis.
  applies(ctx) {
    return ctx.scan.page.consentControls
      .filter((c) => c.preChecked)
      .map((c) => ({ fields: [c.selector], vars: { detail: c.text.trim().slice(0, 80) } }));
  },
  message: {
    en: (w) =>
      `The consent box "${w.detail}" is ticked in advance. Consent must be your own active choice, not a default.`,
    'zh-CN': (w) => `同意选项“${w.detail}”被默认勾选。同意必须由您主动作出，不能默认选中。`,
    'zh-TW': (w) => `同意選項「${w.detail}」被預設勾選。同意必須由您主動作出，不能預設選取。`,
  },
};

const sensitivePurposeNotStated: Check = {
  id: 'sensitive-purpose-not-stated',
  rule: 'consent-notice',
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
};

function formatRatio(ratio: number): string {
  return `${Math.round(ratio * 10) / 10}:1`;
}

const noticeUnreachable: Check = {
  id: 'notice-unreachable',
  rule: 'consent-notice',
  applies(ctx) {
    const page = ctx.scan.page;
    const hits: Hit[] = [];
    const broken = new Set(ctx.live.brokenNoticeLinks ?? []);
    const reported = new Set<string>();
    for (const link of page.noticeLinks) {
      if (link.reachable && !(link.href && broken.has(link.href))) continue;
      reported.add(link.href ?? '');
      hits.push({ fields: [link.selector], vars: { variant: 'link', detail: link.text.trim() || (link.href ?? '') } });
    }
    for (const href of [...broken].sort()) {
      if (!reported.has(href)) hits.push({ fields: [], vars: { variant: 'link', detail: href } });
    }
    for (const style of page.noticeTextStyles) {
      const problems: string[] = [];
      if (style.hidden) problems.push('hidden');
      if (style.fontSizePx !== null && style.fontSizePx < MIN_FONT_PX) problems.push(`${style.fontSizePx}px`);
      if (style.contrastRatio !== null && style.contrastRatio < MIN_CONTRAST)
        problems.push(formatRatio(style.contrastRatio));
      if (problems.length > 0)
        hits.push({
          fields: [style.selector],
          vars: { variant: style.hidden ? 'hidden' : 'style', detail: problems.join(', ') },
        });
    }
    return hits;
  },
  message: {
    en: (w) =>
      w.variant === 'link'
        ? `The privacy notice link "${w.detail}" leads nowhere, so you cannot read what happens to your data.`
        : w.variant === 'hidden'
          ? 'The privacy notice text is hidden on the page, so you cannot read it.'
          : `The privacy notice text is too small or too faint to read (${w.detail}; at least ${MIN_FONT_PX}px and contrast ${MIN_CONTRAST}:1 are needed).`,
    'zh-CN': (w) =>
      w.variant === 'link'
        ? `隐私政策链接“${w.detail}”无法打开，您无法了解信息如何被处理。`
        : w.variant === 'hidden'
          ? '个人信息处理告知的文字在页面上被隐藏，您无法阅读。'
          : `个人信息处理告知的文字过小或颜色过淡，难以阅读（${w.detail}；至少需要 ${MIN_FONT_PX}px、对比度 ${MIN_CONTRAST}:1）。`,
    'zh-TW': (w) =>
      w.variant === 'link'
        ? `隱私權政策連結「${w.detail}」無法開啟，您無法了解資料如何被處理。`
        : w.variant === 'hidden'
          ? '個人資料處理告知的文字在頁面上被隱藏，您無法閱讀。'
          : `個人資料處理告知的文字過小或顏色過淡，難以閱讀（${w.detail}；至少需要 ${MIN_FONT_PX}px、對比度 ${MIN_CONTRAST}:1）。`,
  },
};

// With the consent ledger (issue 9, 认定方法 三.2).
const askedAgainAfterRefusal: Check = {
  id: 'asked-again-after-refusal',
  rule: 'consent-notice',
  needsConsentBasis: true,
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
};

export const CONSENT_NOTICE_CHECKS: readonly Check[] = [
  noticeMissing,
  elementMissing,
  purposeUndeclared,
  preTickedConsent,
  sensitivePurposeNotStated,
  noticeUnreachable,
  askedAgainAfterRefusal,
];
