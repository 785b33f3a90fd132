// consent-notice/notice-unreachable: Privacy notice cannot be opened or read.
import { item, OECD } from '../../policy/provisions';
import { defineCheck, type Hit } from '../check';

/** WCAG 2.x AA for normal text, and the smallest text a notice may use (issue 9). */
const MIN_CONTRAST = 4.5;
const MIN_FONT_PX = 10;

function formatRatio(ratio: number): string {
  return `${Math.round(ratio * 10) / 10}:1`;
}

export const noticeUnreachable = defineCheck({
  id: 'notice-unreachable',
  rule: 'consent-notice',
  title: {
    en: 'Privacy notice cannot be opened or read',
    'zh-CN': '隐私政策难以访问或阅读',
    'zh-TW': '隱私權政策難以開啟或閱讀',
  },
  observability: 'static-and-live',
  needsConsentBasis: false,
  noticeTemplate: false,
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
  fix: {
    en: (w) =>
      w.variant === 'link'
        ? `Make the link "${w.detail}" point to the actual notice (a working URL, not "#" or "javascript:void(0)").`
        : `Show the notice text visibly, at least ${MIN_FONT_PX}px, contrast ${MIN_CONTRAST}:1 (e.g. dark grey on white).`,
    'zh-CN': (w) =>
      w.variant === 'link'
        ? `让“${w.detail}”链接指向真实的告知页面（可访问的网址，而非“#”或“javascript:void(0)”）。`
        : `让告知文字清晰可见：字号至少 10px，对比度至少 4.5:1（如白底深灰字）。`,
    'zh-TW': (w) =>
      w.variant === 'link'
        ? `讓「${w.detail}」連結指向真實的告知頁面（可存取的網址，而非「#」或「javascript:void(0)」）。`
        : `讓告知文字清晰可見：字級至少 10px，對比度至少 4.5:1（如白底深灰字）。`,
  },
  citations: {
    CN: ['PIPL Art. 17', 'GB/T 35273-2020 §5.5', item('一.3'), item('一.4')],
    EU: ['GDPR Art. 12(1)', 'GDPR Art. 13'],
    generic: [OECD.openness],
  },
  checklist: ['一.3', '一.4'],
  words: {
    aboutPage: true,
    problem: {
      en: () => 'links to a privacy notice that cannot be read',
      'zh-CN': () => '所链接的告知无法查看',
      'zh-TW': () => '所連結的告知無法查看',
    },
    short: {
      en: () => 'the privacy notice cannot be read',
      'zh-CN': () => '告知无法查看',
      'zh-TW': () => '告知無法查看',
    },
  },
});
