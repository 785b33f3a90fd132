// purpose-limitation/extra-uses: Notice names uses beyond the purpose.
import { item, OECD } from '../../policy/provisions';
import { defineCheck } from '../check';
import { selectorsOf } from '../select';

export const extraUses = defineCheck({
  id: 'extra-uses',
  rule: 'purpose-limitation',
  title: {
    en: 'Notice names uses beyond the purpose',
    'zh-CN': '告知内容超出声明目的的用途',
    'zh-TW': '告知內容超出聲明目的之用途',
  },
  observability: 'static',
  needsConsentBasis: false,
  noticeTemplate: false,
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
  fix: {
    en: (w) =>
      `Delete the other uses ("${w.detail}") from the notice, or ask for them separately with their own opt-in.`,
    'zh-CN': (w) => `从告知中删除其他用途（“${w.detail}”），或针对这些用途另行单独征求同意。`,
    'zh-TW': (w) => `從告知中刪除其他用途（「${w.detail}」），或針對這些用途另行單獨徵求同意。`,
  },
  citations: {
    CN: ['PIPL Art. 6', 'PIPL Art. 14', 'GB/T 35273-2020 §7.3', item('四.5')],
    EU: ['GDPR Art. 5(1)(b)', 'GDPR Art. 6(4)', 'GDPR Art. 13(1)(c)'],
    generic: [OECD.purpose, OECD.use],
  },
  checklist: ['四.5'],
  words: {
    aboutPage: true,
    problem: {
      en: (w) => `says your data may also be used beyond ${w.that}`,
      'zh-CN': (w) => `称您的信息还可能用于${w.that}以外的用途`,
      'zh-TW': (w) => `稱您的資料還可能用於${w.that}以外的用途`,
    },
    short: {
      en: (w) => `may be used beyond ${w.purpose}`,
      'zh-CN': () => '可能被用于目的以外的用途',
      'zh-TW': () => '可能被用於目的以外的用途',
    },
  },
});
