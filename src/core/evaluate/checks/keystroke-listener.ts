// third-party-recipient/keystroke-listener: Third-party script reads your typing.
import { item, OECD } from '../../policy/provisions';
import { defineCheck } from '../check';
import { categoriesOf, selectorsOf } from '../select';
import { providerName, unlistedThirdParty } from '../third-parties';

export const keystrokeListener = defineCheck({
  id: 'keystroke-listener',
  rule: 'third-party-recipient',
  title: {
    en: 'Third-party script reads your typing',
    'zh-CN': '第三方脚本监听键盘输入',
    'zh-TW': '第三方指令碼監聽鍵盤輸入',
  },
  observability: 'live',
  needsConsentBasis: false,
  noticeTemplate: false,
  applies(ctx) {
    const personal = new Set(ctx.personal.map((f) => f.selector));
    const byDomain = new Map<string, Set<string>>();
    for (const listener of ctx.live.keyListeners ?? []) {
      const domain = unlistedThirdParty(ctx, listener.scriptUrl);
      if (!domain) continue;
      // A listener on the document or window hears every field; one on a field hears that field.
      const heard = listener.target === 'field' ? listener.fields.filter((s) => personal.has(s)) : [...personal];
      if (heard.length === 0) continue;
      const set = byDomain.get(domain) ?? new Set<string>();
      heard.forEach((s) => set.add(s));
      byDomain.set(domain, set);
    }
    if (byDomain.size === 0) return [];
    const domains = [...byDomain.keys()].sort();
    const heard = new Set(domains.flatMap((d) => [...byDomain.get(d)!]));
    const fields = ctx.personal.filter((f) => heard.has(f.selector));
    return [
      {
        fields: selectorsOf(fields),
        vars: { categories: categoriesOf(fields), providers: domains.map((d) => providerName(ctx, d)) },
        recipients: domains,
      },
    ];
  },
  message: {
    en: (w) =>
      `Scripts from ${w.providers} listen to what you type in this form (${w.categories}). Your employer's policy does not name them as recipients.`,
    'zh-CN': (w) => `${w.providers} 的脚本正在监听您在本表单中的输入（${w.categories}）。单位政策没有将其列为接收方。`,
    'zh-TW': (w) =>
      `${w.providers} 的指令碼正在監聽您在本表單中的輸入（${w.categories}）。單位政策沒有將其列為接收方。`,
  },
  fix: {
    en: (w) => `Remove the ${w.providers} script from this form or turn off its input capture.`,
    'zh-CN': (w) => `从本表单移除 ${w.providers} 脚本，或关闭其输入采集功能。`,
    'zh-TW': (w) => `從本表單移除 ${w.providers} 指令碼，或關閉其輸入蒐集功能。`,
  },
  citations: {
    CN: ['PIPL Art. 23', 'GB/T 35273-2020 §9.7', item('五.1')],
    EU: ['GDPR Art. 13(1)(e)', 'GDPR Art. 28', 'ePrivacy Directive Art. 5(3)'],
    generic: [OECD.use, OECD.openness],
  },
  checklist: ['五.1'],
  words: {
    problem: {
      en: () => 'lets third parties read what you type',
      'zh-CN': () => '让第三方读取您输入的内容',
      'zh-TW': () => '讓第三方讀取您輸入的內容',
    },
    short: {
      en: () => 'third parties read what you type',
      'zh-CN': () => '第三方读取您的输入',
      'zh-TW': () => '第三方讀取您的輸入',
    },
  },
});
