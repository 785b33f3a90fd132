// separate-consent/bundled-consent: Sensitive data without a separate consent.
import { item, OECD } from '../../policy/provisions';
import type { CategoryId } from '../../taxonomy';
import { defineCheck } from '../check';
import { categoriesOf, selectorsOf } from '../select';

export const bundledConsent = defineCheck({
  id: 'bundled-consent',
  rule: 'separate-consent',
  title: {
    en: 'Sensitive data without a separate consent',
    'zh-CN': '敏感信息未取得单独同意',
    'zh-TW': '敏感資料未取得單獨同意',
  },
  observability: 'static',
  needsConsentBasis: true,
  noticeTemplate: false,
  applies(ctx) {
    const named = new Set<CategoryId>([
      ...ctx.scan.notice.separateConsentFor,
      ...ctx.scan.page.consentControls.flatMap((c) => c.names),
    ]);
    const uncovered = ctx.personal.filter((f) => f.sensitive && !named.has(f.category));
    if (uncovered.length === 0) return [];
    return [{ fields: selectorsOf(uncovered), vars: { categories: categoriesOf(uncovered) } }];
  },
  message: {
    en: (w) =>
      `This form collects sensitive personal information (${w.categories}) but asks for no separate consent that names it. A general "I agree" or "by submitting you agree" is not enough.`,
    'zh-CN': (w) =>
      `本表单收集${w.categories}，属于敏感个人信息，却没有单独征求针对这些信息的同意。笼统的“我已阅读并同意”或“提交即视为同意”并不足够。`,
    'zh-TW': (w) =>
      `本表單蒐集${w.categories}，屬於敏感個人資料，卻沒有單獨徵求針對這些資料的同意。籠統的「我已閱讀並同意」或「送出即視為同意」並不足夠。`,
  },
  fix: {
    en: (w) =>
      `Add a separate, unticked consent checkbox that names ${w.categories} and why, e.g. "I agree to provide my ${w.categories} for ${w.purpose}".`,
    'zh-CN': (w) =>
      `单独增加一个默认不勾选的同意框，写明${w.categories}及用途，如“我同意为${w.purpose}提供${w.categories}”。`,
    'zh-TW': (w) =>
      `單獨增加一個預設不勾選的同意框，寫明${w.categories}及用途，如「我同意為${w.purpose}提供${w.categories}」。`,
  },
  citations: {
    CN: ['PIPL Art. 28', 'PIPL Art. 29', 'PIPL Art. 30', 'GB/T 35273-2020 §5.4', item('四.6')],
    EU: ['GDPR Art. 9(2)(a)', 'GDPR Art. 7(2)', 'GDPR Recital 43'],
    generic: [OECD.collection],
  },
  checklist: ['四.6'],
  words: {
    problem: {
      en: (w) => `asks no separate consent for your ${w.cats}`,
      'zh-CN': (w) => `未就${w.cats}单独征得您的同意`,
      'zh-TW': (w) => `未就${w.cats}單獨取得您的同意`,
    },
    short: { en: () => 'no separate consent', 'zh-CN': () => '未单独征得同意', 'zh-TW': () => '未單獨取得同意' },
  },
});
