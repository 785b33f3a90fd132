// In-page strings (marks, submit dialog). Merged into public/_locales by scripts/gen-locales.ts.
import type { Strings } from '../ui/i18n';

export type ContentKey =
  | 'contentMarkLabel'
  | 'contentConfirmTitle'
  | 'contentConfirmBody'
  | 'contentConfirmContinue'
  | 'contentConfirmCancel'
  | 'contentBlockedTitle'
  | 'contentBlockedBody'
  | 'contentBlockedClose'
  | 'contentDialogReasons';

export const CONTENT_STRINGS: Strings<ContentKey> = {
  en: {
    contentMarkLabel: 'FormWarden: why this field is marked',
    contentConfirmTitle: 'This form asks for more personal data than its purpose needs',
    contentConfirmBody:
      'Your employer’s data policy flags this form. You can still send it, or go back and leave the flagged questions empty where you may.',
    contentConfirmContinue: 'Send anyway',
    contentConfirmCancel: 'Go back',
    contentBlockedTitle: 'Sending this form is blocked',
    contentBlockedBody:
      'Your employer’s data policy does not allow sending this form as it is. Open the FormWarden popup to see why, and contact the form’s owner.',
    contentBlockedClose: 'Close',
    contentDialogReasons: 'Why:',
  },
  'zh-CN': {
    contentMarkLabel: 'FormWarden：为什么标记此字段',
    contentConfirmTitle: '此表单收集的个人信息超出了其目的所需',
    contentConfirmBody:
      '根据贵单位的数据政策，此表单存在问题。您仍可以提交，也可以返回，在允许的情况下不填写被标记的问题。',
    contentConfirmContinue: '仍然提交',
    contentConfirmCancel: '返回',
    contentBlockedTitle: '已阻止提交此表单',
    contentBlockedBody:
      '贵单位的数据政策不允许按当前内容提交此表单。请打开 FormWarden 弹窗查看原因，并联系表单负责人。',
    contentBlockedClose: '关闭',
    contentDialogReasons: '原因：',
  },
  'zh-TW': {
    contentMarkLabel: 'FormWarden：為什麼標記此欄位',
    contentConfirmTitle: '此表單蒐集的個人資料超出其目的所需',
    contentConfirmBody: '依貴單位的資料政策，此表單有問題。您仍可送出，也可以返回，在允許的情況下不填寫被標記的問題。',
    contentConfirmContinue: '仍要送出',
    contentConfirmCancel: '返回',
    contentBlockedTitle: '已阻止送出此表單',
    contentBlockedBody:
      '貴單位的資料政策不允許以目前內容送出此表單。請開啟 FormWarden 彈出視窗查看原因，並聯絡表單負責人。',
    contentBlockedClose: '關閉',
    contentDialogReasons: '原因：',
  },
};
