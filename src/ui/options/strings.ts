// Options shell and Settings tab strings. Merged into public/_locales by scripts/gen-locales.ts.
import type { Strings } from '../i18n';

export type OptionsKey = 'optionsTitle' | 'optionsTabPolicy' | 'optionsTabConsents' | 'optionsTabSettings' | 'settingsShowMarks' | 'settingsShowMarksHelp' | 'optionsPreviewLink';

export const OPTIONS_STRINGS: Strings<OptionsKey> = {
  en: {
    optionsTitle: 'FormWarden settings',
    optionsTabPolicy: 'Policy',
    optionsPreviewLink: 'HR: preview a form before rollout →',
    optionsTabConsents: 'My consents',
    optionsTabSettings: 'Settings',
    settingsShowMarks: 'Show marks in pages',
    settingsShowMarksHelp: 'Outline flagged questions in the page and explain why. The toolbar badge and the popup work either way.',
  },
  'zh-CN': {
    optionsTitle: 'FormWarden 设置',
    optionsTabPolicy: '策略',
    optionsPreviewLink: 'HR：上线前预览表单 →',
    optionsTabConsents: '我的同意记录',
    optionsTabSettings: '设置',
    settingsShowMarks: '在页面中显示标记',
    settingsShowMarksHelp: '在页面中框出有问题的题目并说明原因。无论是否开启，工具栏徽标和弹窗都照常工作。',
  },
  'zh-TW': {
    optionsTitle: 'FormWarden 設定',
    optionsTabPolicy: '政策',
    optionsPreviewLink: 'HR：上線前預覽表單 →',
    optionsTabConsents: '我的同意紀錄',
    optionsTabSettings: '設定',
    settingsShowMarks: '在頁面中顯示標記',
    settingsShowMarksHelp: '在頁面中框出有問題的題目並說明原因。無論是否開啟，工具列徽章和彈出視窗都照常運作。',
  },
};
