// consent-notice/element-missing: Notice lacks a required element.
import { item, OECD } from '../../policy/provisions';
import { DEFAULT_RULE_CONFIG } from '../../policy/rules';
import type { NoticeElement } from '../../types';
import { defineCheck } from '../check';
import { selectorsOf } from '../select';

/** Only a consent can be withdrawn: under another legal basis the notice need not say how (issue 9). */
const CONSENT_ONLY_ELEMENTS: ReadonlySet<NoticeElement> = new Set(['withdrawal']);

export const elementMissing = defineCheck({
  id: 'element-missing',
  rule: 'consent-notice',
  title: { en: 'Notice lacks a required element', 'zh-CN': '告知内容缺少必要事项', 'zh-TW': '告知內容缺少必要事項' },
  observability: 'static',
  needsConsentBasis: false,
  noticeTemplate: true,
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
  fix: {
    en: (w) => `Add to the notice: ${w.elements} (template below).`,
    'zh-CN': (w) => `在告知中补充：${w.elements}（见下方模板）。`,
    'zh-TW': (w) => `在告知中補充：${w.elements}（見下方範本）。`,
  },
  citations: {
    CN: ['PIPL Art. 17', 'GB/T 35273-2020 §5.5', item('二.1')],
    EU: ['GDPR Art. 13'],
    generic: [OECD.openness],
  },
  checklist: ['二.1'],
  words: {
    aboutPage: true,
    problem: {
      en: () => 'has a privacy notice that leaves out key points',
      'zh-CN': () => '告知内容不完整',
      'zh-TW': () => '告知內容不完整',
    },
    short: {
      en: () => 'the privacy notice is incomplete',
      'zh-CN': () => '告知内容不完整',
      'zh-TW': () => '告知內容不完整',
    },
  },
});
