// third-party-recipient/sent-while-typing: Sent before you press submit.
import { item, OECD } from '../../policy/provisions';
import { defineCheck } from '../check';
import { categoriesOf, selectorsOf } from '../select';
import { providerName, unlistedThirdParty } from '../third-parties';

export const sentWhileTyping = defineCheck({
  id: 'sent-while-typing',
  rule: 'third-party-recipient',
  title: { en: 'Sent before you press submit', 'zh-CN': '未提交即被发送', 'zh-TW': '未送出即被傳送' },
  observability: 'live',
  needsConsentBasis: false,
  noticeTemplate: false,
  applies(ctx) {
    const domains = new Map<string, number>();
    for (const sent of ctx.live.sentWhileTyping ?? []) {
      const domain = unlistedThirdParty(ctx, sent.origin);
      if (domain) domains.set(domain, (domains.get(domain) ?? 0) + sent.count);
    }
    if (domains.size === 0) return [];
    const sorted = [...domains.keys()].sort();
    return [
      {
        fields: selectorsOf(ctx.personal),
        vars: {
          categories: categoriesOf(ctx.personal),
          providers: sorted.map((d) => providerName(ctx, d)),
          detail: sorted.map((d) => `${d} × ${domains.get(d)}`).join(', '),
        },
        recipients: sorted,
      },
    ];
  },
  message: {
    en: (w) =>
      `While you typed in this form, the page sent requests to ${w.providers} (${w.detail}). What you type may be leaving to a third party that the policy does not name.`,
    'zh-CN': (w) =>
      `您在本表单输入时，页面向 ${w.providers} 发送了请求（${w.detail}）。您输入的内容可能被发往单位政策未列明的第三方。`,
    'zh-TW': (w) =>
      `您在本表單輸入時，頁面向 ${w.providers} 傳送了請求（${w.detail}）。您輸入的內容可能被送往單位政策未列明的第三方。`,
  },
  fix: {
    en: (w) =>
      `Stop ${w.providers} from receiving data while employees type: remove the script or disable input capture; if it stays, name it in the notice.`,
    'zh-CN': (w) => `阻止 ${w.providers} 在员工输入时接收数据：移除脚本或关闭输入采集；如需保留，应在告知中写明。`,
    'zh-TW': (w) => `阻止 ${w.providers} 在員工輸入時接收資料：移除指令碼或關閉輸入蒐集；如需保留，應在告知中寫明。`,
  },
  citations: {
    CN: ['PIPL Art. 23', 'PIPL Art. 14', 'GB/T 35273-2020 §9.7', item('五.1'), item('三.1')],
    EU: ['GDPR Art. 13(1)(e)', 'GDPR Art. 6(1)', 'ePrivacy Directive Art. 5(3)'],
    generic: [OECD.use, OECD.collection],
  },
  checklist: ['五.1', '三.1'],
  words: {
    problem: {
      en: () => 'sends data to a third party while you type',
      'zh-CN': () => '在您输入时向第三方发送数据',
      'zh-TW': () => '在您輸入時向第三方傳送資料',
    },
    short: {
      en: () => 'sent to a third party while you type',
      'zh-CN': () => '输入时被发送给第三方',
      'zh-TW': () => '輸入時被傳送給第三方',
    },
  },
});
