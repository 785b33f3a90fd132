// Strings of the options page's "Policy" tab (admins and local users).
import type { Strings } from '../i18n';

type Key =
  | 'title'
  | 'inForce'
  | 'source'
  | 'source_default'
  | 'source_local'
  | 'source_managed'
  | 'source_file'
  | 'version'
  | 'jurisdiction'
  | 'onSubmit'
  | 'purposes'
  | 'purpose'
  | 'allowed'
  | 'maxLocation'
  | 'retention'
  | 'days'
  | 'legalBasis'
  | 'rules'
  | 'rule'
  | 'severity'
  | 'enabled'
  | 'disabled'
  | 'sites'
  | 'recipients'
  | 'none'
  | 'lockedExplain'
  | 'loadFile'
  | 'loadFileHelp'
  | 'usePreset'
  | 'clearLocal'
  | 'loaded'
  | 'rejectedTitle'
  | 'rejectedExplain'
  | 'path'
  | 'reason'
  | 'history'
  | 'applied'
  | 'rejected'
  | 'warnings'
  | 'loading'
  | 'keepsLastGood'
  | 'refresh'
  | 'requireElements'
  | 'basis_consent'
  | 'basis_contract'
  | 'basis_hr-management'
  | 'basis_legal-obligation'
  | 'basis_public-health'
  | 'basis_vital-interest';

export const STRINGS: Strings<Key> = {
  en: {
    title: 'Policy',
    inForce: 'Policy in force',
    source: 'From',
    source_default: 'built-in default',
    source_local: 'loaded on this computer',
    source_managed: 'pushed by your organisation (managed)',
    source_file: 'file',
    version: 'Version',
    jurisdiction: 'Jurisdiction',
    onSubmit: 'On submit',
    purposes: 'Purposes',
    purpose: 'Purpose',
    allowed: 'Data it may collect',
    maxLocation: 'Most precise location',
    retention: 'Kept for',
    days: '{n} days',
    legalBasis: 'Legal basis',
    rules: 'Rules',
    rule: 'Rule',
    severity: 'Severity',
    enabled: 'on',
    disabled: 'off',
    sites: 'Pages bound to purposes',
    recipients: 'Allowed recipients',
    none: 'none',
    lockedExplain:
      'Your organisation manages this policy. Local changes are locked until the managed policy is removed.',
    loadFile: 'Load a policy file…',
    loadFileHelp:
      'A JSON file in the FormWarden policy format. It is checked before it is used; a policy with errors is never applied.',
    usePreset: 'Use a built-in policy',
    clearLocal: 'Go back to the default policy',
    loaded: 'Policy loaded and in force.',
    rejectedTitle: 'Last rejected policy',
    rejectedExplain: 'This policy was not applied because of the errors below. The last valid policy stays in force.',
    path: 'Where',
    reason: 'What is wrong',
    history: 'Recent policy changes',
    applied: 'applied',
    rejected: 'rejected',
    warnings: 'Warnings',
    loading: 'Loading…',
    keepsLastGood: 'Employees stay protected by: {policy}',
    refresh: 'Re-read managed policy',
    requireElements: 'Notice must state',
    basis_consent: 'consent',
    basis_contract: 'contract',
    'basis_hr-management': 'HR management',
    'basis_legal-obligation': 'legal obligation',
    'basis_public-health': 'public health emergency',
    'basis_vital-interest': 'vital interests',
  },
  'zh-CN': {
    title: '策略',
    inForce: '当前生效的策略',
    source: '来源',
    source_default: '内置默认策略',
    source_local: '在本机加载',
    source_managed: '由单位统一下发（托管）',
    source_file: '文件',
    version: '版本',
    jurisdiction: '适用法域',
    onSubmit: '提交时',
    purposes: '目的',
    purpose: '目的',
    allowed: '允许收集的数据',
    maxLocation: '位置最高精度',
    retention: '保存期限',
    days: '{n} 天',
    legalBasis: '合法性基础',
    rules: '规则',
    rule: '规则',
    severity: '严重程度',
    enabled: '启用',
    disabled: '停用',
    sites: '绑定到目的的页面',
    recipients: '允许的接收方',
    none: '无',
    lockedExplain: '此策略由您的单位统一管理。在托管策略移除之前，无法在本机修改。',
    loadFile: '加载策略文件…',
    loadFileHelp: 'FormWarden 策略格式的 JSON 文件。使用前会先校验；有错误的策略绝不会生效。',
    usePreset: '使用内置策略',
    clearLocal: '恢复默认策略',
    loaded: '策略已加载并生效。',
    rejectedTitle: '最近被拒绝的策略',
    rejectedExplain: '由于以下错误，此策略未被采用。上一份有效策略继续生效。',
    path: '位置',
    reason: '问题',
    history: '最近的策略变更',
    applied: '已采用',
    rejected: '已拒绝',
    warnings: '警告',
    loading: '加载中…',
    keepsLastGood: '员工仍受以下策略保护：{policy}',
    refresh: '重新读取托管策略',
    requireElements: '告知须包含',
    basis_consent: '同意',
    basis_contract: '合同所必需',
    'basis_hr-management': '人力资源管理所必需',
    'basis_legal-obligation': '法定职责或义务',
    'basis_public-health': '应对突发公共卫生事件',
    'basis_vital-interest': '保护生命健康',
  },
  'zh-TW': {
    title: '政策',
    inForce: '目前生效的政策',
    source: '來源',
    source_default: '內建預設政策',
    source_local: '在本機載入',
    source_managed: '由單位統一下發（受管理）',
    source_file: '檔案',
    version: '版本',
    jurisdiction: '適用法域',
    onSubmit: '送出時',
    purposes: '目的',
    purpose: '目的',
    allowed: '允許蒐集的資料',
    maxLocation: '位置最高精確度',
    retention: '保存期限',
    days: '{n} 天',
    legalBasis: '合法性基礎',
    rules: '規則',
    rule: '規則',
    severity: '嚴重程度',
    enabled: '啟用',
    disabled: '停用',
    sites: '綁定到目的的頁面',
    recipients: '允許的接收方',
    none: '無',
    lockedExplain: '此政策由您的單位統一管理。在受管理政策移除之前，無法在本機修改。',
    loadFile: '載入政策檔案…',
    loadFileHelp: 'FormWarden 政策格式的 JSON 檔案。使用前會先驗證；有錯誤的政策絕不會生效。',
    usePreset: '使用內建政策',
    clearLocal: '恢復預設政策',
    loaded: '政策已載入並生效。',
    rejectedTitle: '最近被拒絕的政策',
    rejectedExplain: '由於以下錯誤，此政策未被採用。上一份有效政策繼續生效。',
    path: '位置',
    reason: '問題',
    history: '最近的政策變更',
    applied: '已採用',
    rejected: '已拒絕',
    warnings: '警告',
    loading: '載入中…',
    keepsLastGood: '員工仍受以下政策保護：{policy}',
    refresh: '重新讀取受管理政策',
    requireElements: '告知須包含',
    basis_consent: '同意',
    basis_contract: '契約所必需',
    'basis_hr-management': '人力資源管理所必需',
    'basis_legal-obligation': '法定職責或義務',
    'basis_public-health': '因應公共衛生事件',
    'basis_vital-interest': '保護生命健康',
  },
};
