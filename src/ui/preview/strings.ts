// Strings of the HR preview page.
import type { Strings } from '../i18n';

export type Key =
  | 'title'
  | 'intro'
  | 'tabPaste'
  | 'tabFile'
  | 'tabUrl'
  | 'pasteLabel'
  | 'fileLabel'
  | 'fileDrop'
  | 'urlLabel'
  | 'pageUrlLabel'
  | 'pageUrlHelp'
  | 'policyLabel'
  | 'policyInForce'
  | 'policyFile'
  | 'purposeLabel'
  | 'purposeInfer'
  | 'scan'
  | 'scanning'
  | 'waitingTab'
  | 'openTab'
  | 'report'
  | 'purposeFound'
  | 'how_site-rule'
  | 'how_page-text'
  | 'how_cli-flag'
  | 'how_none'
  | 'findings'
  | 'noFindings'
  | 'fields'
  | 'label'
  | 'category'
  | 'verdict'
  | 'ok'
  | 'flagged'
  | 'notPersonal'
  | 'citation'
  | 'fix'
  | 'whatToFix'
  | 'noticeTemplate'
  | 'copy'
  | 'exportJson'
  | 'exportMd'
  | 'print'
  | 'error'
  | 'badPolicy'
  | 'badFile'
  | 'summary'
  | 'severity_high'
  | 'severity_medium'
  | 'severity_low'
  | 'preview'
  | 'thirdParties'
  | 'checklist';

export const STRINGS: Strings<Key> = {
  en: {
    title: 'Preview a form',
    intro:
      'Check a form before it is rolled out: what it collects, which rules it breaks and what to change. Nothing leaves this computer.',
    tabPaste: 'Paste HTML',
    tabFile: 'Open a file',
    tabUrl: 'Open a URL',
    pasteLabel: 'HTML of the form',
    fileLabel: 'An .html or .mhtml file (Save page as… in the browser)',
    fileDrop: 'Drop a file here',
    urlLabel: 'Address of the form (opened in a background tab, with your own login)',
    pageUrlLabel: 'Where the form will be published',
    pageUrlHelp: 'Used for the HTTPS and third-party checks.',
    policyLabel: 'Policy',
    policyInForce: 'Policy in force',
    policyFile: 'Load a policy file…',
    purposeLabel: 'Purpose',
    purposeInfer: 'Infer from the page text',
    scan: 'Check the form',
    scanning: 'Checking…',
    waitingTab: 'Waiting for the page to render…',
    openTab: 'Show the page with marks',
    report: 'Report',
    purposeFound: 'Purpose',
    'how_site-rule': 'bound by the policy to this address',
    'how_page-text': 'found in the page text',
    'how_cli-flag': 'chosen by you',
    how_none: 'could not be determined',
    findings: 'Findings',
    noFindings: 'No findings: this form asks only for what its purpose needs, with a proper notice.',
    fields: 'Questions',
    label: 'Question',
    category: 'Data category',
    verdict: 'Verdict',
    ok: 'OK',
    flagged: 'Flagged',
    notPersonal: 'not personal',
    citation: 'Law',
    fix: 'How to fix',
    whatToFix: 'What to fix',
    noticeTemplate: 'Notice you can paste into the form',
    copy: 'Copy',
    exportJson: 'Export JSON',
    exportMd: 'Export Markdown',
    print: 'Printable report',
    error: 'Could not check the form',
    badPolicy: 'The policy file was rejected',
    badFile: 'Could not read the file',
    summary: '{fields} questions, {personal} personal, {sensitive} sensitive, {findings} findings',
    severity_high: 'High',
    severity_medium: 'Medium',
    severity_low: 'Low',
    preview: 'The form, with marks',
    thirdParties: 'Third-party scripts on the page',
    checklist: 'Checklist item',
  },
  'zh-CN': {
    title: '预览表单',
    intro: '在表单上线前检查：它收集什么、违反哪些规则、应当如何修改。所有内容都不会离开这台电脑。',
    tabPaste: '粘贴 HTML',
    tabFile: '打开文件',
    tabUrl: '打开网址',
    pasteLabel: '表单的 HTML',
    fileLabel: '.html 或 .mhtml 文件（浏览器中“网页另存为”）',
    fileDrop: '将文件拖放到这里',
    urlLabel: '表单地址（在后台标签页中打开，使用您自己的登录）',
    pageUrlLabel: '表单将发布的地址',
    pageUrlHelp: '用于 HTTPS 和第三方检查。',
    policyLabel: '策略',
    policyInForce: '当前生效的策略',
    policyFile: '加载策略文件…',
    purposeLabel: '目的',
    purposeInfer: '根据页面文字推断',
    scan: '检查表单',
    scanning: '正在检查…',
    waitingTab: '正在等待页面渲染…',
    openTab: '查看带标记的页面',
    report: '报告',
    purposeFound: '目的',
    'how_site-rule': '策略将此地址绑定到该目的',
    'how_page-text': '从页面文字中识别',
    'how_cli-flag': '由您指定',
    how_none: '无法确定',
    findings: '发现的问题',
    noFindings: '未发现问题：此表单只收集其目的所需的信息，并有适当的告知。',
    fields: '问题',
    label: '问题',
    category: '数据类别',
    verdict: '结论',
    ok: '合规',
    flagged: '有问题',
    notPersonal: '非个人信息',
    citation: '依据',
    fix: '修改建议',
    whatToFix: '需要修改的地方',
    noticeTemplate: '可粘贴到表单中的告知文本',
    copy: '复制',
    exportJson: '导出 JSON',
    exportMd: '导出 Markdown',
    print: '可打印的报告',
    error: '无法检查此表单',
    badPolicy: '策略文件被拒绝',
    badFile: '无法读取文件',
    summary: '共 {fields} 个问题，{personal} 个涉及个人信息，{sensitive} 个敏感，{findings} 项发现',
    severity_high: '高',
    severity_medium: '中',
    severity_low: '低',
    preview: '表单（含标记）',
    thirdParties: '页面上的第三方脚本',
    checklist: '认定方法条目',
  },
  'zh-TW': {
    title: '預覽表單',
    intro: '在表單上線前檢查：它蒐集什麼、違反哪些規則、應當如何修改。所有內容都不會離開這台電腦。',
    tabPaste: '貼上 HTML',
    tabFile: '開啟檔案',
    tabUrl: '開啟網址',
    pasteLabel: '表單的 HTML',
    fileLabel: '.html 或 .mhtml 檔案（瀏覽器中「另存網頁」）',
    fileDrop: '將檔案拖放到這裡',
    urlLabel: '表單網址（在背景分頁中開啟，使用您自己的登入）',
    pageUrlLabel: '表單將發布的網址',
    pageUrlHelp: '用於 HTTPS 與第三方檢查。',
    policyLabel: '政策',
    policyInForce: '目前生效的政策',
    policyFile: '載入政策檔案…',
    purposeLabel: '目的',
    purposeInfer: '根據頁面文字推斷',
    scan: '檢查表單',
    scanning: '正在檢查…',
    waitingTab: '正在等待頁面轉譯…',
    openTab: '檢視含標記的頁面',
    report: '報告',
    purposeFound: '目的',
    'how_site-rule': '政策將此網址綁定到該目的',
    'how_page-text': '從頁面文字中辨識',
    'how_cli-flag': '由您指定',
    how_none: '無法確定',
    findings: '發現的問題',
    noFindings: '未發現問題：此表單只蒐集其目的所需的資料，並有適當的告知。',
    fields: '問題',
    label: '問題',
    category: '資料類別',
    verdict: '結論',
    ok: '合規',
    flagged: '有問題',
    notPersonal: '非個人資料',
    citation: '依據',
    fix: '修改建議',
    whatToFix: '需要修改的地方',
    noticeTemplate: '可貼到表單中的告知文字',
    copy: '複製',
    exportJson: '匯出 JSON',
    exportMd: '匯出 Markdown',
    print: '可列印的報告',
    error: '無法檢查此表單',
    badPolicy: '政策檔案被拒絕',
    badFile: '無法讀取檔案',
    summary: '共 {fields} 個問題，{personal} 個涉及個人資料，{sensitive} 個敏感，{findings} 項發現',
    severity_high: '高',
    severity_medium: '中',
    severity_low: '低',
    preview: '表單（含標記）',
    thirdParties: '頁面上的第三方腳本',
    checklist: '認定方法條目',
  },
};
