// Words of the Markdown report in the three languages.
import type { Locale, PurposeReport, Severity } from '../types';
import type { ThirdPartyKind } from '../evaluate/third-parties';

export interface MdStrings {
  title: string;
  page: string;
  policy: string;
  purpose: string;
  purposeNone: string;
  summary: string;
  worst: string;
  tool: string;
  how: Record<PurposeReport['how'], string>;
  severity: Record<Severity | 'none', string>;
  summaryLine: (fields: number, personal: number, sensitive: number, findings: number) => string;
  questions: string;
  question: string;
  category: string;
  verdict: string;
  sensitive: string;
  notPersonal: string;
  ok: string;
  okPageLevel: string;
  noQuestions: string;
  findings: string;
  noFindings: string;
  fix: string;
  fields: string;
  recipients: string;
  citation: string;
  checklist: string;
  noticeTemplate: string;
  noticeTemplateIntro: string;
  thirdParties: string;
  thirdPartiesIntro: string;
  noThirdParties: string;
  domain: string;
  provider: string;
  kindHeader: string;
  recordsInput: string;
  urls: string;
  yes: string;
  no: string;
  kind: Partial<Record<ThirdPartyKind, string>>;
}

export const MD_STRINGS: Record<Locale, MdStrings> = {
  en: {
    title: 'FormWarden report',
    page: 'Page',
    policy: 'Policy',
    purpose: 'Purpose',
    purposeNone: 'none could be determined',
    summary: 'Summary',
    worst: 'worst',
    tool: 'Tool',
    how: {
      'site-rule': "from the policy's site rule",
      'page-text': 'from the page text',
      'cli-flag': 'given on the command line',
      none: 'none',
    },
    severity: { high: 'HIGH', medium: 'MEDIUM', low: 'LOW', none: 'none' },
    summaryLine: (f, p, s, n) => `${f} questions, ${p} personal, ${s} sensitive, ${n} findings`,
    questions: 'Questions',
    question: 'Question',
    category: 'Category',
    verdict: 'Verdict',
    sensitive: 'sensitive',
    notPersonal: 'not personal',
    ok: 'OK',
    okPageLevel: 'no issue of its own (see page-wide findings)',
    noQuestions: 'No form controls found.',
    findings: 'Findings',
    noFindings: 'No findings.',
    fix: 'What to fix',
    fields: 'Questions',
    recipients: 'Recipients',
    citation: 'Legal basis',
    checklist: 'Checklist',
    noticeTemplate: 'Notice template',
    noticeTemplateIntro: 'Paste this into the form and fill in the parts in [brackets]:',
    thirdParties: 'Third-party scripts on the page',
    thirdPartiesIntro: 'Scripts and frames from other domains (static evidence from the page markup):',
    noThirdParties: 'None found in the page markup.',
    domain: 'Domain',
    provider: 'Provider',
    kindHeader: 'Kind',
    recordsInput: 'Records input',
    urls: 'URLs',
    yes: 'yes',
    no: 'no',
    kind: {
      'session-replay': 'session replay',
      analytics: 'analytics',
      chat: 'chat / support',
      'ab-testing': 'A/B testing',
      'tag-manager': 'tag manager',
      unknown: 'unknown',
    },
  },
  'zh-CN': {
    title: 'FormWarden 检查报告',
    page: '页面',
    policy: '政策',
    purpose: '收集目的',
    purposeNone: '无法确定',
    summary: '概要',
    worst: '最高风险',
    tool: '工具',
    how: { 'site-rule': '来自政策中的网站规则', 'page-text': '来自页面文字', 'cli-flag': '命令行指定', none: '无' },
    severity: { high: '高', medium: '中', low: '低', none: '无' },
    summaryLine: (f, p, s, n) => `共 ${f} 个问题，${p} 个涉及个人信息，${s} 个敏感，${n} 项发现`,
    questions: '问题列表',
    question: '问题',
    category: '信息类别',
    verdict: '结论',
    sensitive: '敏感',
    notPersonal: '非个人信息',
    ok: '无问题',
    okPageLevel: '本题无单独问题（见全页问题）',
    noQuestions: '未发现表单控件。',
    findings: '发现的问题',
    noFindings: '未发现问题。',
    fix: '修改建议',
    fields: '涉及问题',
    recipients: '接收方',
    citation: '法律依据',
    checklist: '认定方法条目',
    noticeTemplate: '告知模板',
    noticeTemplateIntro: '可将以下文字粘贴到表单中，并填写 [方括号] 内的内容：',
    thirdParties: '页面上的第三方脚本',
    thirdPartiesIntro: '来自其他域名的脚本和框架（依据页面代码静态识别）：',
    noThirdParties: '页面代码中未发现。',
    domain: '域名',
    provider: '服务商',
    kindHeader: '类型',
    recordsInput: '记录输入',
    urls: '地址',
    yes: '是',
    no: '否',
    kind: {
      'session-replay': '会话录制',
      analytics: '统计分析',
      chat: '客服/聊天',
      'ab-testing': 'A/B 测试',
      'tag-manager': '标签管理',
      unknown: '未知',
    },
  },
  'zh-TW': {
    title: 'FormWarden 檢查報告',
    page: '頁面',
    policy: '政策',
    purpose: '蒐集目的',
    purposeNone: '無法確定',
    summary: '概要',
    worst: '最高風險',
    tool: '工具',
    how: { 'site-rule': '來自政策中的網站規則', 'page-text': '來自頁面文字', 'cli-flag': '命令列指定', none: '無' },
    severity: { high: '高', medium: '中', low: '低', none: '無' },
    summaryLine: (f, p, s, n) => `共 ${f} 個問題，${p} 個涉及個人資料，${s} 個敏感，${n} 項發現`,
    questions: '問題列表',
    question: '問題',
    category: '資料類別',
    verdict: '結論',
    sensitive: '敏感',
    notPersonal: '非個人資料',
    ok: '無問題',
    okPageLevel: '本題無單獨問題（見全頁問題）',
    noQuestions: '未發現表單控制項。',
    findings: '發現的問題',
    noFindings: '未發現問題。',
    fix: '修改建議',
    fields: '涉及問題',
    recipients: '接收方',
    citation: '法律依據',
    checklist: '認定方法條目',
    noticeTemplate: '告知範本',
    noticeTemplateIntro: '可將以下文字貼到表單中，並填寫 [方括號] 內的內容：',
    thirdParties: '頁面上的第三方指令碼',
    thirdPartiesIntro: '來自其他網域的指令碼和框架（依據頁面程式碼靜態識別）：',
    noThirdParties: '頁面程式碼中未發現。',
    domain: '網域',
    provider: '服務商',
    kindHeader: '類型',
    recordsInput: '記錄輸入',
    urls: '位址',
    yes: '是',
    no: '否',
    kind: {
      'session-replay': '工作階段錄製',
      analytics: '統計分析',
      chat: '客服/聊天',
      'ab-testing': 'A/B 測試',
      'tag-manager': '標籤管理',
      unknown: '未知',
    },
  },
};
