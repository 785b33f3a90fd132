// Options shell and Settings tab strings. Merged into public/_locales by scripts/gen-locales.ts.
import type { Strings } from '../i18n';

export type OptionsKey =
  | 'optionsTitle'
  | 'optionsTabPolicy'
  | 'optionsTabConsents'
  | 'optionsTabSettings'
  | 'settingsShowMarks'
  | 'settingsShowMarksHelp'
  | 'settingsCheckNoticeLinks'
  | 'settingsCheckNoticeLinksHelp'
  | 'optionsPreviewLink';

export const OPTIONS_STRINGS: Strings<OptionsKey> = {
  en: {
    optionsTitle: 'FormWarden settings',
    optionsTabPolicy: 'Policy',
    optionsPreviewLink: 'HR: preview a form before rollout →',
    optionsTabConsents: 'My consents',
    optionsTabSettings: 'Settings',
    settingsShowMarks: 'Show marks in pages',
    settingsShowMarksHelp:
      'Outline flagged questions in the page and explain why. The toolbar badge and the popup work either way.',
    settingsCheckNoticeLinks: 'Check that privacy-notice links answer',
    settingsCheckNoticeLinksHelp:
      'Sends a HEAD request to each privacy-notice link on the page’s own site (at most five per page) and warns when one answers with an error such as 404. Off: FormWarden makes no request of its own.',
  },
  'zh-CN': {
    optionsTitle: 'FormWarden 设置',
    optionsTabPolicy: '策略',
    optionsPreviewLink: 'HR：上线前预览表单 →',
    optionsTabConsents: '我的同意记录',
    optionsTabSettings: '设置',
    settingsShowMarks: '在页面中显示标记',
    settingsShowMarksHelp: '在页面中框出有问题的题目并说明原因。无论是否开启，工具栏徽标和弹窗都照常工作。',
    settingsCheckNoticeLinks: '检查隐私政策链接能否打开',
    settingsCheckNoticeLinksHelp:
      '向页面所在网站上的每个隐私政策链接发送一次 HEAD 请求（每页最多五个），若返回 404 等错误则提醒。关闭时，FormWarden 不会自行发出任何请求。',
  },
  'zh-TW': {
    optionsTitle: 'FormWarden 設定',
    optionsTabPolicy: '政策',
    optionsPreviewLink: 'HR：上線前預覽表單 →',
    optionsTabConsents: '我的同意紀錄',
    optionsTabSettings: '設定',
    settingsShowMarks: '在頁面中顯示標記',
    settingsShowMarksHelp: '在頁面中框出有問題的題目並說明原因。無論是否開啟，工具列徽章和彈出視窗都照常運作。',
    settingsCheckNoticeLinks: '檢查隱私權政策連結能否開啟',
    settingsCheckNoticeLinksHelp:
      '向頁面所在網站上的每個隱私權政策連結傳送一次 HEAD 請求（每頁最多五個），若回應 404 等錯誤則提醒。關閉時，FormWarden 不會自行發出任何請求。',
  },
};
