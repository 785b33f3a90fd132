// Every reason the validator can give, in the three UI languages, as data. Messages say what is
// wrong and what to write instead; they never echo more than a short excerpt of the input.
import type { Localized } from '../types';

export type MessageArgs = Record<string, string | number>;
type Template = (a: MessageArgs) => Localized;

const q = (v: string | number | undefined): string => `'${v ?? ''}'`;
const mean = (a: MessageArgs, en: string, zh: string): { en: string; zh: string } =>
  a.suggestion ? { en: `; did you mean ${q(a.suggestion)}?`, zh: `；是否想写 ${q(a.suggestion)}？` } : { en, zh };

const TYPE_NAMES: Record<string, Localized> = {
  object: { en: 'an object', 'zh-CN': '对象', 'zh-TW': '物件' },
  array: { en: 'a list', 'zh-CN': '数组', 'zh-TW': '陣列' },
  string: { en: 'a text string', 'zh-CN': '字符串', 'zh-TW': '字串' },
  integer: { en: 'a whole number', 'zh-CN': '整数', 'zh-TW': '整數' },
  number: { en: 'a number', 'zh-CN': '数字', 'zh-TW': '數字' },
  boolean: { en: 'true or false', 'zh-CN': 'true 或 false', 'zh-TW': 'true 或 false' },
  null: { en: 'null', 'zh-CN': 'null', 'zh-TW': 'null' },
};
const typeName = (t: string | number | undefined, l: keyof Localized): string =>
  TYPE_NAMES[String(t)]?.[l] ?? String(t);

export const MESSAGES = {
  notJsonValue: (a) => ({
    en: `${a.what} is not a JSON value; a policy holds only objects, lists, text, numbers, true/false and null`,
    'zh-CN': `${a.what} 不是 JSON 值；策略只能包含对象、数组、字符串、数字、true/false 和 null`,
    'zh-TW': `${a.what} 不是 JSON 值；原則只能包含物件、陣列、字串、數字、true/false 和 null`,
  }),
  unreadable: () => ({
    en: 'this value could not be read (it threw an error when accessed)',
    'zh-CN': '无法读取此值（访问时出错）',
    'zh-TW': '無法讀取此值（存取時發生錯誤）',
  }),
  tooDeep: (a) => ({
    en: `nested more than ${a.limit} levels deep; a policy needs at most 5`,
    'zh-CN': `嵌套超过 ${a.limit} 层；策略最多只需 5 层`,
    'zh-TW': `巢狀超過 ${a.limit} 層；原則最多只需 5 層`,
  }),
  tooManyValues: (a) => ({
    en: `the policy has more than ${a.limit} values; checking stopped here`,
    'zh-CN': `策略包含的值超过 ${a.limit} 个；检查在此停止`,
    'zh-TW': `原則包含的值超過 ${a.limit} 個；檢查在此停止`,
  }),
  tooManyIssues: (a) => ({
    en: `more than ${a.limit} problems; fix these first, then check again`,
    'zh-CN': `问题超过 ${a.limit} 个；请先修正以上问题后再检查`,
    'zh-TW': `問題超過 ${a.limit} 個；請先修正以上問題後再檢查`,
  }),
  stringTooLong: (a) => ({
    en: `text of ${a.length} characters is longer than the limit of ${a.limit}`,
    'zh-CN': `文本长度 ${a.length} 个字符，超过上限 ${a.limit}`,
    'zh-TW': `文字長度 ${a.length} 個字元，超過上限 ${a.limit}`,
  }),
  textTooLarge: (a) => ({
    en: `the file is ${a.size} characters long; a policy must be under ${a.limit}`,
    'zh-CN': `文件长度 ${a.size} 个字符；策略必须小于 ${a.limit}`,
    'zh-TW': `檔案長度 ${a.size} 個字元；原則必須小於 ${a.limit}`,
  }),
  jsonSyntax: (a) => ({
    en: `not valid JSON at line ${a.line}, column ${a.column}: ${a.reason}`,
    'zh-CN': `第 ${a.line} 行第 ${a.column} 列不是有效的 JSON：${a.reason}`,
    'zh-TW': `第 ${a.line} 行第 ${a.column} 欄不是有效的 JSON：${a.reason}`,
  }),
  duplicateKey: (a) => ({
    en: `key ${q(a.key)} appears twice at line ${a.line}; only the last one counts`,
    'zh-CN': `键 ${q(a.key)} 在第 ${a.line} 行重复出现；只有最后一个生效`,
    'zh-TW': `鍵 ${q(a.key)} 在第 ${a.line} 行重複出現；只有最後一個生效`,
  }),
  required: (a) => ({
    en: `${q(a.key)} is required`,
    'zh-CN': `缺少必填项 ${q(a.key)}`,
    'zh-TW': `缺少必填項 ${q(a.key)}`,
  }),
  purposesRequired: () => ({
    en: "'purposes' is required: without it no form can be said to be for anything; declare the purposes your forms serve ({} if none yet)",
    'zh-CN': "缺少必填项 'purposes'：没有它就无法判断任何表单的收集目的；请声明表单所服务的目的（暂无可写 {}）",
    'zh-TW': "缺少必填項 'purposes'：沒有它就無法判斷任何表單的蒐集目的；請宣告表單所服務的目的（暫無可寫 {}）",
  }),
  type: (a) => ({
    en: `must be ${typeName(a.expected, 'en')}, found ${typeName(a.found, 'en')}`,
    'zh-CN': `应为${typeName(a.expected, 'zh-CN')}，实际为${typeName(a.found, 'zh-CN')}`,
    'zh-TW': `應為${typeName(a.expected, 'zh-TW')}，實際為${typeName(a.found, 'zh-TW')}`,
  }),
  notCategory: (a) => {
    const m = mean(a, '; see shared/spec/taxonomy.md for the category ids', '；类别 id 见 shared/spec/taxonomy.md');
    const mTW = a.suggestion ? `；是否想寫 ${q(a.suggestion)}？` : '；類別 id 見 shared/spec/taxonomy.md';
    return {
      en: `${q(a.value)} is not a category${m.en}`,
      'zh-CN': `${q(a.value)} 不是有效的数据类别${m.zh}`,
      'zh-TW': `${q(a.value)} 不是有效的資料類別${mTW}`,
    };
  },
  notOneOf: (a) => {
    const m = mean(a, '', '');
    const mTW = a.suggestion ? `；是否想寫 ${q(a.suggestion)}？` : '';
    return {
      en: `${q(a.value)} is not one of ${a.allowed}${m.en}`,
      'zh-CN': `${q(a.value)} 不是可选值之一（${a.allowed}）${m.zh}`,
      'zh-TW': `${q(a.value)} 不是可選值之一（${a.allowed}）${mTW}`,
    };
  },
  minimum: (a) => ({
    en: `must be ${a.limit} or more, found ${a.value}`,
    'zh-CN': `必须大于或等于 ${a.limit}，实际为 ${a.value}`,
    'zh-TW': `必須大於或等於 ${a.limit}，實際為 ${a.value}`,
  }),
  maximum: (a) => ({
    en: `must be ${a.limit} or less, found ${a.value}`,
    'zh-CN': `必须小于或等于 ${a.limit}，实际为 ${a.value}`,
    'zh-TW': `必須小於或等於 ${a.limit}，實際為 ${a.value}`,
  }),
  minLength: () => ({ en: 'must not be empty', 'zh-CN': '不能为空', 'zh-TW': '不能為空' }),
  maxLength: (a) => ({
    en: `is longer than ${a.limit} characters`,
    'zh-CN': `超过 ${a.limit} 个字符`,
    'zh-TW': `超過 ${a.limit} 個字元`,
  }),
  maxItems: (a) => ({
    en: `has more than ${a.limit} entries`,
    'zh-CN': `条目超过 ${a.limit} 个`,
    'zh-TW': `項目超過 ${a.limit} 個`,
  }),
  maxProperties: (a) => ({
    en: `has more than ${a.limit} entries`,
    'zh-CN': `条目超过 ${a.limit} 个`,
    'zh-TW': `項目超過 ${a.limit} 個`,
  }),
  purposeIdPattern: (a) => ({
    en: `purpose id ${q(a.value)} must be lowercase letters, digits, '-', '_' or '.', starting with a letter or digit (at most 64)`,
    'zh-CN': `目的 id ${q(a.value)} 只能由小写字母、数字、“-”“_”“.”组成，并以字母或数字开头（最多 64 个字符）`,
    'zh-TW': `目的 id ${q(a.value)} 只能由小寫字母、數字、「-」「_」「.」組成，並以字母或數字開頭（最多 64 個字元）`,
  }),
  reservedPurposeId: (a) => ({
    en: `${q(a.value)} cannot be a purpose id (reserved)`,
    'zh-CN': `${q(a.value)} 是保留字，不能用作目的 id`,
    'zh-TW': `${q(a.value)} 是保留字，不能用作目的 id`,
  }),
  invalid: (a) => ({
    en: `is not valid (${a.reason})`,
    'zh-CN': `无效（${a.reason}）`,
    'zh-TW': `無效（${a.reason}）`,
  }),
  unknownKey: (a) => {
    const m = mean(a, '', '');
    const mTW = a.suggestion ? `；是否想寫 ${q(a.suggestion)}？` : '';
    return {
      en: `unknown key ${q(a.key)} is ignored${m.en}`,
      'zh-CN': `未知的键 ${q(a.key)} 将被忽略${m.zh}`,
      'zh-TW': `未知的鍵 ${q(a.key)} 將被忽略${mTW}`,
    };
  },
  unknownPurpose: (a) => {
    const m = mean(a, `; declare it under purposes or write "infer"`, '；请先在 purposes 中声明，或写 "infer"');
    const mTW = a.suggestion ? `；是否想寫 ${q(a.suggestion)}？` : '；請先在 purposes 中宣告，或寫 "infer"';
    return {
      en: `purpose ${q(a.value)} is not declared${m.en}`,
      'zh-CN': `目的 ${q(a.value)} 未声明${m.zh}`,
      'zh-TW': `目的 ${q(a.value)} 未宣告${mTW}`,
    };
  },
  badMatchPattern: (a) => ({
    en: `${q(a.value)} is not a URL pattern: ${a.reason_en} (example: https://oa.example.cn/health/*)`,
    'zh-CN': `${q(a.value)} 不是有效的网址模式：${a.reason_zhCN}（示例：https://oa.example.cn/health/*）`,
    'zh-TW': `${q(a.value)} 不是有效的網址模式：${a.reason_zhTW}（範例：https://oa.example.cn/health/*）`,
  }),
  duplicateSite: (a) => ({
    en: `same pattern as sites[${a.first}]; this entry never matches (first match wins)`,
    'zh-CN': `与 sites[${a.first}] 的模式相同；此条永远不会生效（先匹配者优先）`,
    'zh-TW': `與 sites[${a.first}] 的模式相同；此條永遠不會生效（先符合者優先）`,
  }),
  duplicateValue: (a) => ({
    en: `${q(a.value)} is listed twice (also at [${a.first}])`,
    'zh-CN': `${q(a.value)} 重复列出（亦见 [${a.first}]）`,
    'zh-TW': `${q(a.value)} 重複列出（亦見 [${a.first}]）`,
  }),
  duplicatePurposeLabel: (a) => ({
    en: `same label as purpose ${q(a.other)}; two purposes with one name confuse employees and reports`,
    'zh-CN': `与目的 ${q(a.other)} 的名称相同；同名目的会让员工和报告混淆`,
    'zh-TW': `與目的 ${q(a.other)} 的名稱相同；同名目的會讓員工和報告混淆`,
  }),
  recipientPublicSuffix: (a) => ({
    en: `${q(a.value)} is a public suffix, not one organisation's domain: it would allow every site under it; list the registrable domain, e.g. 'wjx.cn'`,
    'zh-CN': `${q(a.value)} 是公共后缀，不是某个组织的域名：它会放行其下所有网站；请写可注册域名，例如 'wjx.cn'`,
    'zh-TW': `${q(a.value)} 是公共後綴，不是某個組織的網域：它會放行其下所有網站；請寫可註冊網域，例如 'wjx.cn'`,
  }),
  recipientNotDomain: (a) => ({
    en: `${q(a.value)} is not a domain; write only the registrable domain, e.g. ${q(a.suggestion || 'wjx.cn')}`,
    'zh-CN': `${q(a.value)} 不是域名；只写可注册域名，例如 ${q(a.suggestion || 'wjx.cn')}`,
    'zh-TW': `${q(a.value)} 不是網域；只寫可註冊網域，例如 ${q(a.suggestion || 'wjx.cn')}`,
  }),
  noPurposes: () => ({
    en: 'no purposes declared: every form with personal data will be reported as "purpose undeclared"',
    'zh-CN': '未声明任何目的：所有收集个人信息的表单都会被报告为“未明示目的”',
    'zh-TW': '未宣告任何目的：所有蒐集個人資料的表單都會被報告為「未明示目的」',
  }),
  noLabel: () => ({
    en: 'the label has no text in any language; employees will see the purpose id instead',
    'zh-CN': '名称没有任何语言的文字；员工将只看到目的 id',
    'zh-TW': '名稱沒有任何語言的文字；員工將只看到目的 id',
  }),
  granularityConflict: (a) => ({
    en: `allow lists ${q(a.category)} but maxGranularity.location is ${q(a.granularity)}: such answers will be reported as too precise`,
    'zh-CN': `allow 中列出了 ${q(a.category)}，但 maxGranularity.location 为 ${q(a.granularity)}：此类回答会被报告为精度过高`,
    'zh-TW': `allow 中列出了 ${q(a.category)}，但 maxGranularity.location 為 ${q(a.granularity)}：此類回答會被報告為精確度過高`,
  }),
  consentWithoutElement: (a) => ({
    en: `purpose ${q(a.purpose)} relies on consent, but consent-notice.requireElements does not ask the notice to say ${q(a.element)}`,
    'zh-CN': `目的 ${q(a.purpose)} 以同意为合法性基础，但 consent-notice.requireElements 未要求告知 ${q(a.element)}`,
    'zh-TW': `目的 ${q(a.purpose)} 以同意為合法性基礎，但 consent-notice.requireElements 未要求告知 ${q(a.element)}`,
  }),
  ruleOptionIgnored: (a) => ({
    en: `${q(a.option)} only applies to ${a.rule}; it is ignored here`,
    'zh-CN': `${q(a.option)} 只适用于 ${a.rule}；此处将被忽略`,
    'zh-TW': `${q(a.option)} 只適用於 ${a.rule}；此處將被忽略`,
  }),
} satisfies Record<string, Template>;

export type MessageId = keyof typeof MESSAGES;

export function message(id: MessageId, args: MessageArgs = {}): Localized {
  return MESSAGES[id](args);
}

/** A short, printable excerpt of any value, for messages (never a whole 10 MB string). */
export function excerpt(value: unknown, max = 60): string {
  const text = typeof value === 'string' ? value : String(value);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this replaces
  const oneLine = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
}
