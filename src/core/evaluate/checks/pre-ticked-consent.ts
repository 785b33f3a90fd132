// consent-notice/pre-ticked-consent: Consent box ticked in advance.
import { item, OECD } from '../../policy/provisions';
import { defineCheck } from '../check';

export const preTickedConsent = defineCheck({
  id: 'pre-ticked-consent',
  rule: 'consent-notice',
  title: { en: 'Consent box ticked in advance', 'zh-CN': '默认勾选同意', 'zh-TW': '預設勾選同意' },
  observability: 'static',
  needsConsentBasis: false,
  noticeTemplate: false,
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
  fix: {
    en: (w) => `Untick the consent box "${w.detail}" by default; let employees tick it themselves.`,
    'zh-CN': (w) => `取消“${w.detail}”的默认勾选，由员工自行勾选。`,
    'zh-TW': (w) => `取消「${w.detail}」的預設勾選，由員工自行勾選。`,
  },
  citations: {
    CN: ['PIPL Art. 14', 'GB/T 35273-2020 §5.4', item('三.4')],
    EU: ['GDPR Art. 4(11)', 'GDPR Art. 7(1)', 'GDPR Recital 32', 'CJEU C-673/17 Planet49'],
    generic: [OECD.collection],
  },
  checklist: ['三.4'],
  words: {
    aboutPage: true,
    problem: {
      en: () => 'ticks consent for you in advance',
      'zh-CN': () => '预先替您勾选了同意',
      'zh-TW': () => '預先替您勾選了同意',
    },
    short: {
      en: () => 'consent ticked in advance',
      'zh-CN': () => '同意选项被预先勾选',
      'zh-TW': () => '同意選項被預先勾選',
    },
  },
});
