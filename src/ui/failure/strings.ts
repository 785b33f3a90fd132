// Strings of "FormWarden could not check this page" (popup) and of the last such failure (options).
// Merged into public/_locales by scripts/gen-locales.ts.
import type { Strings } from '../i18n';

export type FailureKey =
  | 'couldNotCheck'
  | 'notProtected'
  | 'reason'
  | 'whatToDo'
  | 'lastFailureTitle'
  | 'lastFailureWhen'
  | 'lastFailureExplain';

export const FAILURE_STRINGS: Strings<FailureKey> = {
  en: {
    couldNotCheck: 'FormWarden could not check this page',
    notProtected:
      'The questions on this page were not checked against your employer’s policy, so the absence of warnings means nothing here.',
    reason: 'Why',
    whatToDo:
      'Reload the page to try again. If this keeps happening, tell your IT or privacy contact; FormWarden’s options page shows the last failure.',
    lastFailureTitle: 'Last page FormWarden could not check',
    lastFailureWhen: '{time} · {page}',
    lastFailureExplain:
      'The badge showed “!” on that tab and its popup said why. Pages checked since then are not affected.',
  },
  'zh-CN': {
    couldNotCheck: 'FormWarden 无法检查此页面',
    notProtected: '此页面的问题未按单位的策略检查，因此这里没有警告并不代表没有问题。',
    reason: '原因',
    whatToDo: '请刷新页面重试。如果反复出现，请联系 IT 或个人信息保护负责人；FormWarden 的设置页会显示最近一次失败。',
    lastFailureTitle: 'FormWarden 最近一次无法检查的页面',
    lastFailureWhen: '{time} · {page}',
    lastFailureExplain: '该标签页的图标上曾显示“!”，其弹出窗口说明了原因。此后检查的页面不受影响。',
  },
  'zh-TW': {
    couldNotCheck: 'FormWarden 無法檢查此頁面',
    notProtected: '此頁面的問題未依單位的原則檢查，因此這裡沒有警告並不代表沒有問題。',
    reason: '原因',
    whatToDo:
      '請重新整理頁面再試一次。如果反覆發生，請聯絡 IT 或個人資料保護負責人；FormWarden 的設定頁會顯示最近一次失敗。',
    lastFailureTitle: 'FormWarden 最近一次無法檢查的頁面',
    lastFailureWhen: '{time} · {page}',
    lastFailureExplain: '該分頁的圖示上曾顯示「!」，其彈出視窗說明了原因。此後檢查的頁面不受影響。',
  },
};
