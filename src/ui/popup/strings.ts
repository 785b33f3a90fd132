// Popup strings. Merged into public/_locales by scripts/gen-locales.ts.
import type { Strings } from '../i18n';

export type PopupKey =
  | 'popupTitle'
  | 'popupLoading'
  | 'popupNoPage'
  | 'popupNothingDetail'
  | 'popupWorstHigh'
  | 'popupWorstMedium'
  | 'popupWorstLow'
  | 'popupWorstNone'
  | 'popupDoNow'
  | 'popupPurpose'
  | 'popupPurposeNone'
  | 'popupHowSiteRule'
  | 'popupHowPageText'
  | 'popupHowCliFlag'
  | 'popupHowNone'
  | 'popupFindings'
  | 'popupFindingsCount'
  | 'popupSeverityHigh'
  | 'popupSeverityMedium'
  | 'popupSeverityLow'
  | 'popupFields'
  | 'popupShowField'
  | 'popupCitation'
  | 'popupWhatYouCanDo'
  | 'popupAdviceDefault'
  | 'popupWhoElse'
  | 'popupWhoElseIntro'
  | 'popupSummary'
  | 'popupPolicy'
  | 'popupOpenOptions'
  | 'popupPageLabel'
  | 'popupOwnerFix'
  | 'popupAdvicePurpose'
  | 'popupAdviceMinimal'
  | 'popupAdviceNotice'
  | 'popupAdviceSeparate'
  | 'popupAdviceTransport'
  | 'popupAdviceThirdParty';

export const POPUP_STRINGS: Strings<PopupKey> = {
  en: {
    popupOwnerFix: 'What the form’s owner should change',
    popupAdvicePurpose:
      'This item is not needed for the form’s purpose: leave it empty if you may, or ask the form’s owner why it is asked.',
    popupAdviceMinimal:
      'Give only what the purpose needs (for example your city rather than your exact location), or leave it empty if you may.',
    popupAdviceNotice:
      'Ask the form’s owner how your data will be used, kept and shared before you answer the sensitive questions.',
    popupAdviceSeparate:
      'You decide: refuse the browser’s location or camera prompt until you have agreed, and consent item by item below.',
    popupAdviceTransport: 'Do not send sensitive data through this page; ask for its https:// address.',
    popupAdviceThirdParty:
      'Others can read what you type here: avoid typing sensitive data until the form’s owner confirms these services are needed.',
    popupTitle: 'FormWarden',
    popupLoading: 'Checking this page…',
    popupNoPage: 'FormWarden cannot check this page (only web pages on http and https are checked).',
    popupWorstHigh: 'High risk',
    popupWorstMedium: 'Medium risk',
    popupWorstLow: 'Low risk',
    popupWorstNone: 'No problems found',
    popupDoNow: 'What you can do now',
    popupNothingDetail: '{fields} fields found, {personal} of them personal; none asks more than the purpose needs.',
    popupPurpose: 'Purpose of this form',
    popupPurposeNone: 'No purpose could be determined',
    popupHowSiteRule: 'set by your employer’s policy for this site',
    popupHowPageText: 'recognised from the page’s own words',
    popupHowCliFlag: 'given when the form was checked',
    popupHowNone: 'neither the policy nor the page says what the data is for',
    popupFindings: 'What is wrong',
    popupFindingsCount: '{n} findings',
    popupSeverityHigh: 'High',
    popupSeverityMedium: 'Medium',
    popupSeverityLow: 'Low',
    popupFields: 'Fields',
    popupShowField: 'Show “{label}” in the page',
    popupCitation: 'Rule',
    popupWhatYouCanDo: 'What you can do',
    popupAdviceDefault:
      'Leave the question empty if you may, or ask the form’s owner why it is needed before you answer.',
    popupWhoElse: 'Who else can see this form',
    popupWhoElseIntro: 'These third parties can read what you type on this page:',
    popupSummary: '{fields} fields · {personal} personal · {sensitive} sensitive',
    popupPolicy: 'Policy: {id} {version} ({source})',
    popupOpenOptions: 'Settings and my consents',
    popupPageLabel: 'Page',
  },
  'zh-CN': {
    popupOwnerFix: '表单负责人应当如何修改',
    popupAdvicePurpose: '此项与表单目的无关：如允许可不填写，或询问表单负责人为何需要。',
    popupAdviceMinimal: '只提供目的所需的信息（例如只填城市而非精确位置），如允许也可不填。',
    popupAdviceNotice: '在回答敏感问题前，请向表单负责人了解您的信息将如何使用、保存多久以及提供给谁。',
    popupAdviceSeparate: '由您决定：在同意之前可拒绝浏览器的定位或摄像头请求，并可在下方逐项表示同意。',
    popupAdviceTransport: '请勿通过此页面提交敏感信息；请索取其 https:// 地址。',
    popupAdviceThirdParty: '其他方可以读取您在此输入的内容：在表单负责人确认确有必要之前，请避免输入敏感信息。',
    popupTitle: 'FormWarden',
    popupLoading: '正在检查此页面…',
    popupNoPage: 'FormWarden 无法检查此页面（仅检查 http 和 https 网页）。',
    popupWorstHigh: '高风险',
    popupWorstMedium: '中等风险',
    popupWorstLow: '低风险',
    popupWorstNone: '未发现问题',
    popupDoNow: '您现在可以怎么做',
    popupNothingDetail: '共发现 {fields} 个字段，其中 {personal} 个涉及个人信息；没有超出目的所需的收集。',
    popupPurpose: '此表单的目的',
    popupPurposeNone: '无法确定目的',
    popupHowSiteRule: '由贵单位针对此网站的政策指定',
    popupHowPageText: '根据页面本身的文字识别',
    popupHowCliFlag: '检查表单时指定',
    popupHowNone: '政策和页面都没有说明数据的用途',
    popupFindings: '存在的问题',
    popupFindingsCount: '{n} 个问题',
    popupSeverityHigh: '高',
    popupSeverityMedium: '中',
    popupSeverityLow: '低',
    popupFields: '相关字段',
    popupShowField: '在页面中显示“{label}”',
    popupCitation: '依据',
    popupWhatYouCanDo: '您可以怎么做',
    popupAdviceDefault: '如允许，可不填写该问题；或在填写前询问表单负责人为何需要此信息。',
    popupWhoElse: '还有谁能看到此表单',
    popupWhoElseIntro: '以下第三方可以读取您在此页面输入的内容：',
    popupSummary: '{fields} 个字段 · {personal} 个个人信息 · {sensitive} 个敏感信息',
    popupPolicy: '政策：{id} {version}（{source}）',
    popupOpenOptions: '设置与我的同意记录',
    popupPageLabel: '页面',
  },
  'zh-TW': {
    popupOwnerFix: '表單負責人應如何修改',
    popupAdvicePurpose: '此項與表單目的無關：如允許可不填寫，或詢問表單負責人為何需要。',
    popupAdviceMinimal: '只提供目的所需的資料（例如只填城市而非精確位置），如允許也可不填。',
    popupAdviceNotice: '在回答敏感問題前，請向表單負責人了解您的資料將如何使用、保存多久以及提供給誰。',
    popupAdviceSeparate: '由您決定：在同意之前可拒絕瀏覽器的定位或相機請求，並可在下方逐項表示同意。',
    popupAdviceTransport: '請勿透過此頁面送出敏感資料；請索取其 https:// 網址。',
    popupAdviceThirdParty: '其他方可以讀取您在此輸入的內容：在表單負責人確認確有必要之前，請避免輸入敏感資料。',
    popupTitle: 'FormWarden',
    popupLoading: '正在檢查此頁面…',
    popupNoPage: 'FormWarden 無法檢查此頁面（僅檢查 http 和 https 網頁）。',
    popupWorstHigh: '高風險',
    popupWorstMedium: '中等風險',
    popupWorstLow: '低風險',
    popupWorstNone: '未發現問題',
    popupDoNow: '您現在可以怎麼做',
    popupNothingDetail: '共找到 {fields} 個欄位，其中 {personal} 個涉及個人資料；沒有超出目的所需的蒐集。',
    popupPurpose: '此表單的目的',
    popupPurposeNone: '無法確定目的',
    popupHowSiteRule: '由貴單位針對此網站的政策指定',
    popupHowPageText: '依頁面本身的文字辨識',
    popupHowCliFlag: '檢查表單時指定',
    popupHowNone: '政策和頁面都沒有說明資料的用途',
    popupFindings: '發現的問題',
    popupFindingsCount: '{n} 個問題',
    popupSeverityHigh: '高',
    popupSeverityMedium: '中',
    popupSeverityLow: '低',
    popupFields: '相關欄位',
    popupShowField: '在頁面中顯示「{label}」',
    popupCitation: '依據',
    popupWhatYouCanDo: '您可以怎麼做',
    popupAdviceDefault: '如允許，可不填寫該問題；或在填寫前詢問表單負責人為何需要此資料。',
    popupWhoElse: '還有誰能看到此表單',
    popupWhoElseIntro: '以下第三方可以讀取您在此頁面輸入的內容：',
    popupSummary: '{fields} 個欄位 · {personal} 個個人資料 · {sensitive} 個敏感資料',
    popupPolicy: '政策：{id} {version}（{source}）',
    popupOpenOptions: '設定與我的同意紀錄',
    popupPageLabel: '頁面',
  },
};
