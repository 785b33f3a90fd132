// Strings of the consent ledger: the popup's consent panel and the options page's "My consents".
// Merged into public/_locales by scripts/gen-locales.ts (prefixed "ledger_").
import type { Strings } from '../i18n';

export type LedgerKey =
  // popup panel
  | 'panelTitle'
  | 'refusedBefore'
  | 'askedAgain'
  | 'grantedBefore'
  | 'revokedBefore'
  | 'collects'
  | 'noPersonal'
  | 'consent'
  | 'refuse'
  | 'separateIntro'
  | 'otherData'
  | 'recordedGranted'
  | 'recordedRefused'
  | 'recordedPending'
  | 'retention'
  | 'noRetention'
  | 'openConsents'
  | 'purposeNone'
  | 'sensitiveTag'
  // status
  | 'notWritten'
  | 'retry'
  | 'err_unavailable'
  | 'err_blocked'
  | 'err_quota'
  | 'err_open-failed'
  | 'err_write-failed'
  | 'err_closed'
  // options: My consents
  | 'title'
  | 'intro'
  | 'filterSite'
  | 'filterSitePlaceholder'
  | 'filterPurpose'
  | 'filterCategory'
  | 'filterState'
  | 'all'
  | 'state_granted'
  | 'state_refused'
  | 'state_revoked'
  | 'state_expired'
  | 'count'
  | 'showing'
  | 'prev'
  | 'next'
  | 'foundIn'
  | 'colWhen'
  | 'colSite'
  | 'colPurpose'
  | 'colData'
  | 'colState'
  | 'colActions'
  | 'viewReceipt'
  | 'hideReceipt'
  | 'downloadReceipt'
  | 'revoke'
  | 'revokeTitle'
  | 'revokeExplain'
  | 'revokeContact'
  | 'revokeNoticeLinks'
  | 'revokeNoContact'
  | 'revokeConfirm'
  | 'cancel'
  | 'revokedOn'
  | 'revokesGrant'
  | 'pastRetention'
  | 'expiresOn'
  | 'exportJson'
  | 'exportCsv'
  | 'importJson'
  | 'imported'
  | 'importFailed'
  | 'deleteAll'
  | 'deleteConfirm'
  | 'deleteYes'
  | 'deleted'
  | 'deletePending'
  | 'writeFailed'
  | 'pruneLabel'
  | 'pruneNever'
  | 'pruneDays'
  | 'pruneHelp'
  | 'empty'
  | 'noMatch'
  | 'loading'
  | 'submissions'
  | 'policyVersion'
  | 'noticeChanged'
  | 'via_popup'
  | 'via_submit-guard'
  | 'via_options';

/** A ledger string in the panel's language (makeT over LEDGER_STRINGS). */
export type LedgerT = (key: LedgerKey, subs?: Record<string, string | number>) => string;

export const LEDGER_STRINGS: Strings<LedgerKey> = {
  en: {
    panelTitle: 'Your consent',
    refusedBefore: 'You refused this form on {date} ({purpose}): {categories}.',
    askedAgain: 'It is asking again. You can refuse again — after a refusal a form should not keep asking.',
    grantedBefore: 'You consented to this form on {date} ({purpose}).',
    revokedBefore: 'You withdrew your consent to this form on {date}.',
    collects: 'Do you consent to giving this data for {purpose}?',
    noPersonal: 'This form asks for no personal data; there is nothing to consent to.',
    consent: 'Yes',
    refuse: 'No',
    separateIntro: 'Decide each sensitive item separately.',
    otherData: 'Other personal data: {categories}',
    recordedGranted: 'Recorded: you consented ({time}). A receipt is in "My consents".',
    recordedRefused: 'Recorded: you did not consent ({time}).',
    recordedPending: 'Kept in memory: it will be written to the ledger as soon as it works again.',
    retention: 'Kept for {n} days (until {date}).',
    noRetention: 'The policy states no retention period for this purpose.',
    openConsents: 'My consents',
    purposeNone: 'an unstated purpose',
    sensitiveTag: 'sensitive',
    notWritten:
      'The consent ledger is not being written: {reason}. {n} record(s) are kept in memory and will be saved when it works again. Warnings still work.',
    retry: 'Try again now',
    err_unavailable: 'this browser profile does not allow local storage (IndexedDB)',
    err_blocked: 'another FormWarden page holds an older version of the ledger open — close other FormWarden tabs',
    err_quota: 'the disk space for extensions is full',
    'err_open-failed': 'the ledger could not be opened (it may be damaged; it has NOT been deleted)',
    'err_write-failed': 'a record could not be written',
    err_closed: 'the browser closed the ledger database',
    title: 'My consents',
    intro:
      'What you agreed to share, with whom, for which purpose and until when — and what you refused. Kept only on this computer; FormWarden sends it nowhere.',
    filterSite: 'Site',
    filterSitePlaceholder: 'e.g. oa.example.cn',
    filterPurpose: 'Purpose',
    filterCategory: 'Data',
    filterState: 'State',
    all: 'All',
    state_granted: 'Consented',
    state_refused: 'Refused',
    state_revoked: 'Withdrawn',
    state_expired: 'Past retention',
    count: '{n} records',
    showing: 'Showing {from}–{to} of {n}',
    prev: 'Previous',
    next: 'Next',
    foundIn: 'found in {ms} ms',
    colWhen: 'When',
    colSite: 'Site',
    colPurpose: 'Purpose',
    colData: 'Data',
    colState: 'State',
    colActions: 'Actions',
    viewReceipt: 'View receipt',
    hideReceipt: 'Hide receipt',
    downloadReceipt: 'Download receipt (JSON)',
    revoke: 'Withdraw consent',
    revokeTitle: 'Withdraw this consent?',
    revokeExplain:
      'FormWarden will record that you withdrew your consent. It cannot delete what the form already sent: you must ask the collector to delete it (PIPL Art. 15 and 47; GDPR Art. 7(3) and 17).',
    revokeContact: 'The notice named this contact: {contact}',
    revokeNoticeLinks: 'The notice gave no contact; its privacy notice may: {links}',
    revokeNoContact: 'No notice or contact was found on the page; ask the form’s owner or your HR department.',
    revokeConfirm: 'Withdraw consent',
    cancel: 'Cancel',
    revokedOn: 'withdrawn {date}',
    revokesGrant: 'withdraws the consent of {date}',
    pastRetention: 'Past retention since {date}: should have been deleted by the collector',
    expiresOn: 'kept until {date}',
    exportJson: 'Export all (JSON)',
    exportCsv: 'Export all (CSV)',
    importJson: 'Import a JSON export…',
    imported: 'Imported {added} record(s); {skipped} already present; {invalid} unreadable.',
    importFailed: 'Import failed: {reason}',
    deleteAll: 'Delete everything…',
    deleteConfirm:
      'Delete all {n} records and receipts from this computer? This cannot be undone. (It does not delete anything the forms collected.)',
    deleteYes: 'Yes, delete everything',
    deleted: 'The ledger is empty.',
    deletePending:
      'The ledger cannot be opened right now. Nothing waiting will be saved, and your records will be deleted as soon as it opens, before anything else is written.',
    writeFailed: 'Not saved: {reason}',
    pruneLabel: 'Delete my own records older than',
    pruneNever: 'never',
    pruneDays: '{n} days',
    pruneHelp: 'FormWarden removes its own records after this period. It does not affect what the collectors keep.',
    empty: 'No decisions recorded yet. They appear here when you answer “I consent” or “I do not consent”.',
    noMatch: 'No record matches these filters.',
    loading: 'Loading…',
    submissions: '{n} form submission(s) recorded (categories only, never what you typed).',
    policyVersion: 'policy {id} {version}',
    noticeChanged: 'notice hash {hash}',
    via_popup: 'in the popup',
    'via_submit-guard': 'before sending the form',
    via_options: 'in My consents',
  },
  'zh-CN': {
    panelTitle: '您的同意',
    refusedBefore: '您曾于 {date} 拒绝此表单（{purpose}）：{categories}。',
    askedAgain: '表单再次征求同意。您可以再次拒绝——用户明确拒绝后，表单不应反复征求。',
    grantedBefore: '您曾于 {date} 对此表单表示同意（{purpose}）。',
    revokedBefore: '您已于 {date} 撤回对此表单的同意。',
    collects: '您是否同意为「{purpose}」提供以下信息？',
    noPersonal: '此表单不收集个人信息，无需作出同意。',
    consent: '同意',
    refuse: '不同意',
    separateIntro: '敏感信息请逐项决定。',
    otherData: '其他个人信息：{categories}',
    recordedGranted: '已记录：您表示同意（{time}）。回执可在「我的同意记录」中查看。',
    recordedRefused: '已记录：您表示不同意（{time}）。',
    recordedPending: '暂存于内存：同意记录库恢复后会立即写入。',
    retention: '保存 {n} 天（至 {date}）。',
    noRetention: '策略未规定此目的的保存期限。',
    openConsents: '我的同意记录',
    purposeNone: '未说明的目的',
    sensitiveTag: '敏感',
    notWritten: '同意记录库当前无法写入：{reason}。{n} 条记录暂存在内存中，恢复后会保存。风险提示不受影响。',
    retry: '立即重试',
    err_unavailable: '此浏览器配置不允许本地存储（IndexedDB）',
    err_blocked: '另一个 FormWarden 页面正占用旧版本的记录库——请关闭其他 FormWarden 标签页',
    err_quota: '扩展程序可用的磁盘空间已满',
    'err_open-failed': '记录库无法打开（可能已损坏；未被删除）',
    'err_write-failed': '有记录未能写入',
    err_closed: '浏览器关闭了记录库',
    title: '我的同意记录',
    intro:
      '您同意向谁、为何种目的、在多长时间内提供哪些信息，以及您拒绝了什么。仅保存在本机，FormWarden 不会发送到任何地方。',
    filterSite: '网站',
    filterSitePlaceholder: '如 oa.example.cn',
    filterPurpose: '目的',
    filterCategory: '信息类别',
    filterState: '状态',
    all: '全部',
    state_granted: '已同意',
    state_refused: '已拒绝',
    state_revoked: '已撤回',
    state_expired: '已过保存期限',
    count: '共 {n} 条',
    showing: '第 {from}–{to} 条，共 {n} 条',
    prev: '上一页',
    next: '下一页',
    foundIn: '用时 {ms} 毫秒',
    colWhen: '时间',
    colSite: '网站',
    colPurpose: '目的',
    colData: '信息',
    colState: '状态',
    colActions: '操作',
    viewReceipt: '查看回执',
    hideReceipt: '收起回执',
    downloadReceipt: '下载回执（JSON）',
    revoke: '撤回同意',
    revokeTitle: '撤回此项同意？',
    revokeExplain:
      'FormWarden 会记录您撤回了同意，但无法删除表单已经提交的信息：您需要请求收集方删除（《个人信息保护法》第十五条、第四十七条；GDPR 第 7(3) 条、第 17 条）。',
    revokeContact: '告知中给出的联系方式：{contact}',
    revokeNoticeLinks: '告知中没有联系方式，可查看其隐私政策：{links}',
    revokeNoContact: '页面上没有找到告知或联系方式；请联系表单发布者或人力资源部门。',
    revokeConfirm: '撤回同意',
    cancel: '取消',
    revokedOn: '已于 {date} 撤回',
    revokesGrant: '撤回 {date} 的同意',
    pastRetention: '自 {date} 起已超过保存期限：收集方应当已经删除',
    expiresOn: '保存至 {date}',
    exportJson: '全部导出（JSON）',
    exportCsv: '全部导出（CSV）',
    importJson: '导入 JSON 导出文件…',
    imported: '已导入 {added} 条；{skipped} 条已存在；{invalid} 条无法读取。',
    importFailed: '导入失败：{reason}',
    deleteAll: '全部删除…',
    deleteConfirm: '从本机删除全部 {n} 条记录和回执？此操作无法撤销。（不会删除表单收集方保存的任何信息。）',
    deleteYes: '确认全部删除',
    deleted: '记录库已清空。',
    deletePending:
      '记录库暂时无法打开。等待保存的记录不会再保存；记录库一旦能打开，会先删除您的全部记录，再写入其他内容。',
    writeFailed: '未能保存：{reason}',
    pruneLabel: '自动删除早于此期限的本地记录：',
    pruneNever: '从不',
    pruneDays: '{n} 天',
    pruneHelp: 'FormWarden 会在此期限后删除自己保存的记录，不影响收集方保存的信息。',
    empty: '还没有记录。当您选择“我同意”或“我不同意”后会显示在这里。',
    noMatch: '没有符合筛选条件的记录。',
    loading: '加载中…',
    submissions: '已记录 {n} 次表单提交（仅信息类别，从不记录您填写的内容）。',
    policyVersion: '策略 {id} {version}',
    noticeChanged: '告知摘要 {hash}',
    via_popup: '在弹出窗口中',
    'via_submit-guard': '在提交表单前',
    via_options: '在「我的同意记录」中',
  },
  'zh-TW': {
    panelTitle: '您的同意',
    refusedBefore: '您曾於 {date} 拒絕此表單（{purpose}）：{categories}。',
    askedAgain: '表單再次徵求同意。您可以再次拒絕——使用者明確拒絕後，表單不應反覆徵求。',
    grantedBefore: '您曾於 {date} 對此表單表示同意（{purpose}）。',
    revokedBefore: '您已於 {date} 撤回對此表單的同意。',
    collects: '您是否同意為「{purpose}」提供以下資料？',
    noPersonal: '此表單不蒐集個人資料，無需作出同意。',
    consent: '同意',
    refuse: '不同意',
    separateIntro: '敏感資料請逐項決定。',
    otherData: '其他個人資料：{categories}',
    recordedGranted: '已記錄：您表示同意（{time}）。收據可在「我的同意紀錄」中查看。',
    recordedRefused: '已記錄：您表示不同意（{time}）。',
    recordedPending: '暫存於記憶體：同意紀錄庫恢復後會立即寫入。',
    retention: '保存 {n} 天（至 {date}）。',
    noRetention: '政策未規定此目的的保存期限。',
    openConsents: '我的同意紀錄',
    purposeNone: '未說明的目的',
    sensitiveTag: '敏感',
    notWritten: '同意紀錄庫目前無法寫入：{reason}。{n} 筆紀錄暫存在記憶體中，恢復後會儲存。風險提示不受影響。',
    retry: '立即重試',
    err_unavailable: '此瀏覽器設定不允許本機儲存（IndexedDB）',
    err_blocked: '另一個 FormWarden 頁面正佔用舊版本的紀錄庫——請關閉其他 FormWarden 分頁',
    err_quota: '擴充功能可用的磁碟空間已滿',
    'err_open-failed': '紀錄庫無法開啟（可能已損壞；未被刪除）',
    'err_write-failed': '有紀錄未能寫入',
    err_closed: '瀏覽器關閉了紀錄庫',
    title: '我的同意紀錄',
    intro:
      '您同意向誰、為何種目的、在多長時間內提供哪些資料，以及您拒絕了什麼。僅保存在本機，FormWarden 不會傳送到任何地方。',
    filterSite: '網站',
    filterSitePlaceholder: '如 oa.example.com.tw',
    filterPurpose: '目的',
    filterCategory: '資料類別',
    filterState: '狀態',
    all: '全部',
    state_granted: '已同意',
    state_refused: '已拒絕',
    state_revoked: '已撤回',
    state_expired: '已逾保存期限',
    count: '共 {n} 筆',
    showing: '第 {from}–{to} 筆，共 {n} 筆',
    prev: '上一頁',
    next: '下一頁',
    foundIn: '耗時 {ms} 毫秒',
    colWhen: '時間',
    colSite: '網站',
    colPurpose: '目的',
    colData: '資料',
    colState: '狀態',
    colActions: '操作',
    viewReceipt: '檢視收據',
    hideReceipt: '收起收據',
    downloadReceipt: '下載收據（JSON）',
    revoke: '撤回同意',
    revokeTitle: '撤回此項同意？',
    revokeExplain:
      'FormWarden 會記錄您撤回了同意，但無法刪除表單已經送出的資料：您需要請求蒐集方刪除（中國《個人信息保護法》第十五條、第四十七條；GDPR 第 7(3) 條、第 17 條）。',
    revokeContact: '告知中提供的聯絡方式：{contact}',
    revokeNoticeLinks: '告知中沒有聯絡方式，可查看其隱私權政策：{links}',
    revokeNoContact: '頁面上沒有找到告知或聯絡方式；請聯絡表單發布者或人力資源部門。',
    revokeConfirm: '撤回同意',
    cancel: '取消',
    revokedOn: '已於 {date} 撤回',
    revokesGrant: '撤回 {date} 的同意',
    pastRetention: '自 {date} 起已逾保存期限：蒐集方應當已經刪除',
    expiresOn: '保存至 {date}',
    exportJson: '全部匯出（JSON）',
    exportCsv: '全部匯出（CSV）',
    importJson: '匯入 JSON 匯出檔…',
    imported: '已匯入 {added} 筆；{skipped} 筆已存在；{invalid} 筆無法讀取。',
    importFailed: '匯入失敗：{reason}',
    deleteAll: '全部刪除…',
    deleteConfirm: '從本機刪除全部 {n} 筆紀錄和收據？此操作無法復原。（不會刪除表單蒐集方保存的任何資料。）',
    deleteYes: '確認全部刪除',
    deleted: '紀錄庫已清空。',
    deletePending:
      '紀錄庫暫時無法開啟。等待儲存的紀錄不會再儲存；紀錄庫一旦能開啟，會先刪除您的全部紀錄，再寫入其他內容。',
    writeFailed: '未能儲存：{reason}',
    pruneLabel: '自動刪除早於此期限的本機紀錄：',
    pruneNever: '從不',
    pruneDays: '{n} 天',
    pruneHelp: 'FormWarden 會在此期限後刪除自己保存的紀錄，不影響蒐集方保存的資料。',
    empty: '還沒有紀錄。當您選擇「我同意」或「我不同意」後會顯示在這裡。',
    noMatch: '沒有符合篩選條件的紀錄。',
    loading: '載入中…',
    submissions: '已記錄 {n} 次表單送出（僅資料類別，從不記錄您填寫的內容）。',
    policyVersion: '政策 {id} {version}',
    noticeChanged: '告知摘要 {hash}',
    via_popup: '在彈出視窗中',
    'via_submit-guard': '在送出表單前',
    via_options: '在「我的同意紀錄」中',
  },
};
