// third-party-recipient/session-replay: Session recording by a third party.
import { item, OECD } from '../../policy/provisions';
import { defineCheck } from '../check';
import { categoriesOf, selectorsOf } from '../select';
import { unlistedThirdParty } from '../third-parties';

export const sessionReplay = defineCheck({
  id: 'session-replay',
  rule: 'third-party-recipient',
  title: { en: 'Session recording by a third party', 'zh-CN': '第三方会话录制', 'zh-TW': '第三方工作階段錄製' },
  observability: 'static-and-live',
  needsConsentBasis: false,
  noticeTemplate: false,
  applies(ctx) {
    // A replay provider can record the form whatever its default masking; any other provider
    // only when its documentation says it records typed input.
    const replay = ctx.thirdParties.filter(
      (t) => (t.kind === 'session-replay' || t.recordsInput === true) && t.urls.some((u) => unlistedThirdParty(ctx, u)),
    );
    if (replay.length === 0) return [];
    return [
      {
        fields: selectorsOf(ctx.personal),
        vars: {
          categories: categoriesOf(ctx.personal),
          providers: [...new Set(replay.map((t) => t.provider ?? t.domain))],
          // Say it honestly when every provider masks typed text by default.
          variant: replay.every((t) => t.recordsInput === false) ? 'masked' : 'records',
        },
        recipients: [...new Set(replay.map((t) => t.domain))],
      },
    ];
  },
  message: {
    en: (w) =>
      w.variant === 'masked'
        ? `${w.providers} records your session on this page (session replay). It hides typed text by default, but the site can switch that off for your ${w.categories}. Your employer's policy does not name them as recipients.`
        : `${w.providers} can record what you type on this page (session replay), including your ${w.categories}. Your employer's policy does not name them as recipients.`,
    'zh-CN': (w) =>
      w.variant === 'masked'
        ? `${w.providers} 会录制您在本页面的操作（会话录制）。它默认隐藏输入的文字，但网站可以对您的${w.categories}关闭隐藏。单位政策没有将其列为接收方。`
        : `${w.providers} 可以记录您在本页面输入的内容（会话录制），包括您的${w.categories}。单位政策没有将其列为接收方。`,
    'zh-TW': (w) =>
      w.variant === 'masked'
        ? `${w.providers} 會錄製您在本頁面的操作（工作階段錄製）。它預設隱藏輸入的文字，但網站可以對您的${w.categories}關閉隱藏。單位政策沒有將其列為接收方。`
        : `${w.providers} 可以記錄您在本頁面輸入的內容（工作階段錄製），包括您的${w.categories}。單位政策沒有將其列為接收方。`,
  },
  fix: {
    en: (w) =>
      `Remove the ${w.providers} script from this form, or mask all inputs from recording; if it stays, name it in the notice and the policy's recipients.`,
    'zh-CN': (w) =>
      `从本表单移除 ${w.providers} 脚本，或设置为屏蔽所有输入框的录制；如需保留，应在告知和政策接收方中写明。`,
    'zh-TW': (w) =>
      `從本表單移除 ${w.providers} 指令碼，或設定為遮蔽所有輸入框的錄製；如需保留，應在告知和政策接收方中寫明。`,
  },
  citations: {
    CN: ['PIPL Art. 23', 'PIPL Art. 21', 'GB/T 35273-2020 §9.7', item('五.1')],
    EU: ['GDPR Art. 13(1)(e)', 'GDPR Art. 28', 'ePrivacy Directive Art. 5(3)'],
    generic: [OECD.use, OECD.openness],
  },
  checklist: ['五.1'],
  words: {
    problem: {
      en: () => 'lets a third party record what you do',
      'zh-CN': () => '让第三方录制您的操作',
      'zh-TW': () => '讓第三方錄製您的操作',
    },
    short: { en: () => 'recorded by a third party', 'zh-CN': () => '被第三方录制', 'zh-TW': () => '被第三方錄製' },
  },
});
