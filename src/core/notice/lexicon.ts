// Vocabularies of the notice module, one entry per language. Everything here is data: the code in
// this folder only walks the DOM and asks these tables. Patterns are matched against whitespace-
// collapsed text, case-insensitively for English. Traps are written next to the entry that avoids them.
import type { CategoryId } from '../taxonomy';
import type { Locale, NoticeElement } from '../types';

export type Vocabulary = Readonly<Record<Locale, readonly RegExp[]>>;

/** Flatten a vocabulary into one list (pages mix languages: a zh-TW form with an English notice). */
export function allPatterns(vocabulary: Vocabulary): readonly RegExp[] {
  return [...vocabulary['zh-CN'], ...vocabulary['zh-TW'], ...vocabulary.en];
}

export function matchesAny(text: string, vocabulary: Vocabulary): boolean {
  return allPatterns(vocabulary).some((p) => p.test(text));
}

/**
 * Titles of a privacy notice or collection statement: link texts and headings.
 * Trap: a bare "个人信息" is a navigation link ("my profile") on many OA pages, so 个人信息 counts
 * only with a notice word after it (保护/收集/处理 + 声明/政策/告知/规则/指引/说明).
 */
export const NOTICE_TITLES: Vocabulary = {
  'zh-CN': [
    /隐私(政策|条款|协议|声明|说明|保护(政策|指引|声明)?|权政策)/,
    /个人信息(保护|收集|处理|使用)?(声明|政策|告知书?|规则|指引|说明|授权书|同意书)/,
    /(信息|数据)(收集|采集|处理)(声明|告知书?|说明)/,
    /知情同意书?/,
    /(收集|采集)告知/,
    /告知书/,
  ],
  'zh-TW': [
    /隱私(權)?(政策|條款|聲明|保護(政策|聲明)?)/,
    /私隱(政策|聲明|條款)/,
    /個人資料(保護)?(蒐集|收集|處理|利用)?(告知(事項|聲明|書)?|聲明|政策|同意書)/,
    /個資(告知|聲明|同意書)/,
    /收集個人資料聲明/,
  ],
  en: [
    /\bprivacy (notice|policy|statement|information)\b/i,
    /\b(data protection|personal data|personal information) (notice|policy|statement)\b/i,
    /\bcollection (notice|statement)\b/i,
    /\bfair processing notice\b/i,
    /\bconsent form\b/i,
  ],
};

/**
 * Consent statements: the text beside a checkbox, switch or radio that gives consent.
 * Trap: "我已阅读并同意以上承诺" is a truthfulness pledge, not consent (see PLEDGES); a statement
 * that matches a pledge counts only when it also names a notice or processing (PROCESSING_WORDS).
 */
export const CONSENT_STATEMENTS: Vocabulary = {
  'zh-CN': [
    /(已|均已)?(仔细)?(阅读|阅知|知悉|了解|查看)(并|且|，|,)?\s*(理解|知晓)?(并|且|，|,)?\s*(同意|接受|授权)/,
    /我(同意|授权|接受)/,
    /(同意|授权|允许)[^，。；]{0,20}(收集|采集|处理|使用|存储|保存|提供|共享)/,
    /同意[^，。；]{0,6}《/,
    /知情同意/,
  ],
  'zh-TW': [
    /(已|均已)?(詳細)?(閱讀|閱覽|知悉|了解|瞭解)(並|且|，|,)?\s*(理解)?(並|且|，|,)?\s*(同意|接受)/,
    /本人(同意|授權)/,
    /(同意|授權)[^，。；]{0,20}(蒐集|收集|處理|利用|使用|儲存|保存|提供)/,
  ],
  en: [
    /\bI (have read|acknowledge|understand)\b[^.]{0,80}\b(agree|accept|consent)/i,
    /\bI (hereby )?(agree|consent|accept|authori[sz]e)\b/i,
    /\bby (ticking|checking|submitting)[^.]{0,40}\b(agree|consent)/i,
    /\b(agree|consent) to (the )?(processing|collection|use|privacy|terms|data)/i,
  ],
};

/** Every consent statement above contains one of these (a cheap prefilter; keep in step). */
export const CONSENT_TRIGGER = /同意|授权|授權|允许|允許|接受|知情|agree|consent|accept|authori/i;

/** Truthfulness pledges ("the above is true"): never a notice, never consent on their own. */
export const PLEDGES: Vocabulary = {
  'zh-CN': [
    /承诺[^。]{0,30}(真实|属实|准确|如实|无误)/,
    /(如实|真实)(填写|填报|申报|上报)/,
    /(瞒报|谎报|漏报|虚报)/,
    /(以上|上述|所填|所报|所提供的?)(信息|内容|情况)?[^。]{0,10}(真实|属实|准确无误)/,
    /同意[^，。]{0,6}(以上|上述)?承诺/,
    /(本人|我)承诺/,
  ],
  'zh-TW': [
    /(切結|保證)[^。]{0,30}(屬實|真實|正確)/,
    /(以上|上述|所填)(資料|資訊|內容)?[^。]{0,10}(屬實|真實|正確無誤)/,
  ],
  en: [
    /\b(certify|declare|confirm|swear) (that )?(the )?(above|all|this|information)[^.]{0,60}\b(true|accurate|correct|complete)\b/i,
    /\b(true|accurate|correct) (and|&) (complete|correct|accurate)\b/i,
  ],
};

/** Words showing a statement is about personal data processing or a notice (rescues a pledge-like statement). */
export const PROCESSING_WORDS: Vocabulary = {
  'zh-CN': [/隐私|个人信息|收集|采集|处理|告知|授权|政策|协议|条款|声明|告示/],
  'zh-TW': [/隱私|私隱|個人資料|個資|蒐集|收集|處理|利用|告知|政策|條款|聲明/],
  en: [/privacy|personal (data|information)|processing|collect|notice|policy|terms|data protection/i],
};

/**
 * Words showing a consent statement is about personal data at all. Trap: "I agree to the visitor
 * confidentiality agreement" and "我同意遵守园区安全规定" are agreements, not data-processing consent.
 * (信息/data are too weak to rescue a pledge, so they live here and not in PROCESSING_WORDS.)
 */
export const DATA_WORDS: Vocabulary = {
  'zh-CN': [/信息|数据|资料|照片|影像|位置|定位|身份证|健康|行程/],
  'zh-TW': [/資料|資訊|數據|照片|影像|位置|定位|身分證|身份證|健康|行程/],
  en: [/\b(data|information|details|photo|image|location|health|biometric)\b/i],
};

/** Negations before an "extra use": "不用于考核或其他用途" denies it. Looked for just before the match. */
export const NEGATION_BEFORE = /不|没有|沒有|未|绝不|絕不|不得|禁止|\bnot?\b|\bnever\b|n't\b/i;

/**
 * A block of collection statement text on the page (no link needed): "告知：本系统所收集的数据…",
 * "We collect your name to …". Requires a collection verb near personal data words.
 */
export const COLLECTION_STATEMENTS: Vocabulary = {
  'zh-CN': [
    // Trap: "说明：请如实填写" / "提示：每日10点前填报" are instructions, so a bare heading word needs data words after it.
    /^(告知|声明|说明|提示)[:：][^。]{0,40}(收集|采集|个人信息|数据|隐私)/,
    /(我们|本(系统|平台|单位|公司|校|网站|问卷))[^。]{0,20}(收集|采集|处理|使用)[^。]{0,20}(信息|数据)/,
    /(收集|采集)的?(个人)?(信息|数据)将?[^。]{0,10}(用于|仅用于|严格保密)/,
  ],
  'zh-TW': [
    /(本(公司|校|機關|單位|系統)|我們)[^。]{0,20}(蒐集|收集|處理|利用)[^。]{0,20}(資料|資訊)/,
    /(蒐集|收集)之?(個人)?(資料|資訊)[^。]{0,10}(僅用於|用於|目的)/,
  ],
  en: [
    /\bwe (collect|process|use|store|keep)\b[^.]{0,60}\b(your|personal|this) (data|information|details|name|email)/i,
    /\b(the|your) (personal )?(data|information) (you provide|collected)\b[^.]{0,60}\b(used|processed|stored)\b/i,
  ],
};

/**
 * Purpose sentences in a question, its help text or the introduction: "为做好疫情防控，请填写…".
 * A bare title ("健康打卡", "Health check") does not match: every entry needs a purpose verb.
 */
export const PURPOSE_SENTENCES: Vocabulary = {
  'zh-CN': [
    /为做好|为了|为[^，。？]{1,15}(需要|工作|要求)|用于|仅用于|用作|以便|目的(是|为|在于)|(为|以)[^，。]{1,20}之?目的/,
    // "为办理社保登记，请填写…": 为 + a verb of doing, or 为… followed by a request to fill in.
    /为(办理|配合|保障|落实|确保|方便|便于|核实|统计|完成|开展|加强|进一步|规范|掌握|了解|保证|防止|预防)|(^|[。！；;\s])为[^，。？]{2,30}[，,]\s*(请|须|需)/,
  ],
  'zh-TW': [
    /為做好|為了|為[^，。？]{1,15}(需要|工作|要求)|用於|僅用於|用作|以便|以利|目的(是|為|在於)|(為|以)[^，。]{1,20}之?目的/,
    /為(辦理|配合|保障|落實|確保|方便|便於|核實|統計|完成|進行|加強|進一步|規範|掌握|了解|瞭解|保證|防止|預防)|(^|[。！；;\s])為[^，。？]{2,30}[，,]\s*(請|須|需)/,
  ],
  // "… collects the details below to set up your contract": the organisation as subject.
  en: [
    /\bcollects? (the |this |these |your )?(details|information|data|personal data)( below| above| on this form| requested)? (to|for|so that)\b|\bfor the purposes? of\b|\bin order to\b|\bso (that )?we can\b|\bused (to|for|only|solely)\b|\bwe (need|use|ask for|collect|require|process) (this|it|these|them|your [\w ,]{1,60}) (to|for|so)\b|\b(required|needed) (for|to)\b|\((for|to) [^)]{3,60}\)/i,
  ],
};

/**
 * A cheap prefilter: every notice title, collection statement or consent statement above contains
 * one of these words. Text without them is not tested against the full vocabularies (speed on
 * pages with thousands of questions). Keep it in step when adding entries above.
 */
export const NOTICE_TRIGGER =
  /隐私|隱私|私隱|个人信息|個人資料|個資|个资|告知|声明|聲明|收集|蒐集|采集|处理|處理|同意|授权|授權|知情|阅读|閱讀|privacy|personal|data|consent|agree|collect|notice|policy|we |our /i;

/**
 * Stems of privacy-notice and consent words in the languages beyond Chinese and English (issue 15).
 * The DOM half keeps a text holding one as a *candidate* (a link, consent box or notice block
 * marked pending); resolveNotice confirms it with the full vocabularies of notice/languages.ts,
 * which stay out of the content script. Over-inclusive on purpose: a candidate costs one check
 * in the background. Keep it in step with notice/languages.ts.
 */
export const INTL_NOTICE_CUE =
  /datensch|willig|einverst|zustimm|confidential|perso|pessoa|accept|acepto|aceito|consen|concordo|privac|riservat|informativa|gegevens|toestemm|akkoord|prywatn|danych|zgod|rodo|персон|конфиден|соглас|gizlilik|kişisel|aydınlatma|kvkk|kabul|rıza|個人情報|プライバシー|同意|개인정보|동의|privasi|pribadi|setuju|riêng tư|cá nhân|bảo mật|đồng ý|गोपनीयता|सहम/i;

/** Which notice elements a notice text states (report.md `notice.elements`). */
export const NOTICE_ELEMENT_PATTERNS: Readonly<Record<NoticeElement, Vocabulary>> = {
  purpose: {
    // Trap: "出行目的" / "来访目的" are questions about the trip, so 目的 needs a verb or 为…目的.
    // "目的：门禁管理" — a notice written as "label：value" lines states the element by its label.
    // Only at the start of a line or clause: "出行目的：" inside a question is not in notice text.
    'zh-CN': [...PURPOSE_SENTENCES['zh-CN'], /处理目的/, /(^|[\n。；;\s、])(收集|处理|使用)?目的\s*[:：]\s*\S/],
    'zh-TW': [
      ...PURPOSE_SENTENCES['zh-TW'],
      /蒐集目的|特定目的/,
      /(^|[\n。；;\s、])(蒐集|收集|處理|利用)?目的\s*[:：]\s*\S/,
    ],
    en: [
      ...PURPOSE_SENTENCES.en,
      /\bpurposes?\b/i,
      /\b(we|collects?|uses?|processes)\b[^.]{0,80}\b(to (?!us\b)[a-z]{3,}|for (?!\d)[a-z]{3,})/i,
    ],
  },
  retention: {
    'zh-CN': [
      /保存期限|保留期限|存储期限|保存(期|时间)|保存[^，。]{0,8}(天|日|个月|月|年)|保留[^，。]{0,8}(天|日|个月|月|年)|到期(后)?(删除|销毁)|(删除|销毁|匿名化)/,
    ],
    'zh-TW': [/保存期(間|限)|保留期(間|限)|利用期間|儲存期(間|限)|保存[^，。]{0,8}(天|日|個月|月|年)|(刪除|銷毀)/],
    en: [
      /\bretain(ed|s)?\b|\bretention\b|\b(stored|kept|held) for\b|\b(keep|store|hold) (it|them|this|these|your [\w ]{1,30}) (for|until)\b|\bfor \d+ (days|weeks|months|years)\b|\bdeleted?\b|\berase[ds]?\b/i,
    ],
  },
  controller: {
    'zh-CN': [
      // 收集主体 / 处理主体 / 责任单位: the heading OA notices put in front of the organisation's name.
      /本公司|本单位|本校|我校|我公司|本机构|本平台|单位名称|公司名称|个人信息处理者|处理者[:：]|(收集|处理|责任)(主体|单位)[:：]|运营方|主办方|由[^，。]{1,20}(负责|收集|处理)/,
      // "杭州某某科技有限公司（行政部）负责处理您…": an organisation named as the one handling the data.
      /(有限公司|有限责任公司|集团|大学|学院|学校|医院|研究院|委员会|管理局|办事处)([（(][^）)]{0,12}[）)])?\s*(负责|作为|系|是)|负责(收集|处理|管理)(您|你|本人|上述)/,
    ],
    'zh-TW': [
      /本公司|本校|本機關|本單位|本機構|蒐集機關|(公司|機關|單位)名稱|個人資料蒐集者|(蒐集|收集|處理)(主體|單位)[:：]/,
      /(股份有限公司|有限公司|大學|學院|學校|醫院|委員會|管理局)([（(][^）)]{0,12}[）)])?\s*(負責|作為|係|為)|負責(蒐集|收集|處理|管理)/,
    ],
    en: [
      /\bcontroller\b|\bwe are\b|\boperated by\b|\b(company|organi[sz]ation) name\b|\bis responsible for (the )?processing\b/i,
      /\b(Ltd|Limited|Inc|LLC|GmbH|plc|Corporation|University|Council)\b[^.]{0,40}\b(is responsible|collects|processes|controls|uses)\b/i,
    ],
  },
  rights: {
    'zh-CN': [/查阅|复制|更正|补充|删除|撤回|注销|转移|可携|拒绝处理|限制处理|解释说明/],
    'zh-TW': [/查詢|閱覽|查閱|複製|製給複製本|更正|補充|刪除|停止(蒐集|處理|利用)/],
    en: [
      /\b(right|rights) (to|of) (access|rectif|erasure|delet|object|restrict|portab)|\baccess, (correct|rectif)|\brectification\b|\berasure\b|\bdata portability\b|\byour rights\b/i,
    ],
  },
  recipients: {
    'zh-CN': [/共享|提供给|第三方|委托处理|对外提供|接收方|合作(伙伴|方)|公开披露/],
    'zh-TW': [/提供予|提供給|第三人|第三方|分享|委託|國際傳輸|利用對象/],
    en: [
      /\brecipients?\b|\bshared? with\b|\bthird[- ]part(y|ies)\b|\bdisclosed? to\b|\bprocessors?\b|\btransferred to\b/i,
    ],
  },
  withdrawal: {
    'zh-CN': [/撤回(您的|你的|本人的?)?(同意|授权)|取消授权|撤销(同意|授权)/],
    'zh-TW': [/撤回(您的|本人之?)?同意|撤銷(同意|授權)|停止(蒐集|處理|利用)/],
    en: [/\bwithdraw(al of)? (your |their |my )?consent\b|\bwithdraw at any time\b|\brevoke (your |my )?consent\b/i],
  },
  contact: {
    'zh-CN': [
      /联系我们|联系方式|联系电话|联系邮箱|邮箱|电子邮件|电话[:：]|客服|投诉|举报|个人信息保护负责人|数据保护官|DPO|[\w.+-]+@[\w-]+\.[\w.]+/,
    ],
    'zh-TW': [/聯絡我們|聯繫我們|聯絡方式|聯絡電話|電子(郵件|信箱)|信箱|客服|申訴|[\w.+-]+@[\w-]+\.[\w.]+/],
    en: [
      /\bcontact (us|our|the)\b|\bemail\b|\be-mail\b|\bDPO\b|\bdata protection officer\b|\bcomplain|\bsupervisory authority\b|[\w.+-]+@[\w-]+\.[\w.]+/i,
    ],
  },
};

/**
 * Sensitive data named specifically in a consent statement (separate consent, PIPL Art. 29).
 * `family` entries stand for "the form's fields of that family" (e.g. "health data" with no detail).
 * Trap: "位置" alone is too weak in English ("position" of a job): en needs "location".
 */
export interface SensitiveNaming {
  readonly pattern: RegExp;
  readonly category?: CategoryId;
  readonly family?: 'health' | 'biometric' | 'location' | 'identity' | 'financial';
}

export const SENSITIVE_NAMINGS: readonly SensitiveNaming[] = [
  { pattern: /体温|體溫|\btemperature\b/i, category: 'health.temperature' },
  { pattern: /症状|症狀|病徵|\bsymptoms?\b/i, category: 'health.symptoms' },
  { pattern: /核酸|检测结果|檢測結果|诊断|診斷|确诊|\btest results?\b|\bdiagnos/i, category: 'health.diagnosis' },
  { pattern: /疫苗|接种|接種|\bvaccin/i, category: 'health.vaccination' },
  { pattern: /病史|\bmedical history\b/i, category: 'health.medical_history' },
  { pattern: /接触史|接觸史|密接|\bcontact with (a )?(confirmed|suspected|infected)/i, category: 'health.contact' },
  { pattern: /健康码|健康碼|\bhealth code\b/i, category: 'health.code' },
  { pattern: /家(庭成员|人|屬)[^，。]{0,6}健康|\bfamily members?'? health/i, category: 'health.family' },
  {
    pattern: /健康(信息|状况|情况|数据|資料|資訊|狀況|數據)|医疗|醫療|\b(health|medical) (data|information|details)\b/i,
    family: 'health',
  },
  { pattern: /人脸|人臉|面部|脸部|臉部|臉孔|面容|刷脸|刷臉|\bfac(e|ial)\b/i, category: 'biometric.face' },
  { pattern: /生物识别|生物識別|生物特征|生物特徵|\bbiometric/i, family: 'biometric' },
  {
    pattern: /身份证|身份證|身分證|证件号|證件號|\bID (number|card)\b|\bpassport\b|\bnational (ID|identity)\b/i,
    category: 'identity.id_number',
  },
  {
    pattern: /行程|行踪|行蹤|轨迹|軌跡|足迹|\btravel history\b|\bitinerary\b|\bwhereabouts\b/i,
    category: 'location.travel',
  },
  {
    pattern: /位置|定位|GPS|\b(precise |geo)location\b|\blocation (data|information)\b/i,
    category: 'location.precise',
  },
  {
    pattern: /银行(卡|账户|账号)|銀行(卡|帳戶|帳號)|\bbank (account|card)\b|\bcard number\b/i,
    category: 'financial.account',
  },
];

/** Uses beyond the stated purpose that a notice may announce (purpose-limitation). */
export const EXTRA_USES: readonly { readonly pattern: RegExp; readonly use: string }[] = [
  { pattern: /营销|行銷|\bmarketing\b/i, use: 'marketing' },
  { pattern: /推广|推廣|广告|廣告|\badvertis|\bpromotion/i, use: 'advertising' },
  {
    pattern: /其他用途|其它用途|其他目的|其它目的|其他合法用途|\bother purposes\b|\bany other purpose\b/i,
    use: 'other purposes',
  },
  {
    pattern:
      /(共享|提供)给?(我们的)?(合作伙伴|关联公司)|提供予?(合作夥伴|關係企業)|\bshare[ds]? with (our )?(partners|affiliates)\b/i,
    use: 'sharing with partners',
  },
  { pattern: /商业用途|商業用途|\bcommercial purposes\b/i, use: 'commercial use' },
];

/** Description blocks of the questionnaire families, by class and id (one entry per family). */
export const INTRO_CLASSES: readonly string[] = [
  'formdesc',
  'topic-desc',
  'topicdesc',
  'survey-desc',
  'survey-description', // WJX (问卷星) and clones
  'freebirdFormviewerViewHeaderDescription',
  'cBGGJ', // Google Forms (old and new markup)
  'form-desc',
  'form-description',
  'form-intro',
  'page-desc',
  'question-desc-wrap', // generic / Tencent Docs / Jinshuju
  'van-cell-group__title',
  'weui-cells__title',
  'layui-elem-quote',
];
export const INTRO_IDS: readonly string[] = ['divDesc'];

/** Classes of switch widgets in the UI kits used on OA pages, and which class means "on". */
export const SWITCH_WIDGETS: readonly { readonly base: string; readonly on: readonly string[] }[] = [
  { base: 'el-switch', on: ['is-checked'] },
  { base: 'ant-switch', on: ['ant-switch-checked'] },
  { base: 'van-switch', on: ['van-switch--on'] },
  { base: 'weui-switch', on: ['weui-switch-on', 'checked'] },
  { base: 'layui-form-switch', on: ['layui-form-onswitch'] },
  { base: 'ivu-switch', on: ['ivu-switch-checked'] },
  { base: 'arco-switch', on: ['arco-switch-checked'] },
  { base: 't-switch', on: ['t-is-checked'] },
];

/** Checkbox widgets that hide the native input and draw a checked class instead. */
export const CHECKBOX_WIDGET_ON_CLASSES: readonly string[] = [
  'is-checked',
  'ant-checkbox-checked',
  'ant-checkbox-wrapper-checked',
  'van-checkbox--checked',
  'layui-form-checked',
  'weui-check__checked',
  'ivu-checkbox-checked',
  'jqchecked',
  'checked',
];

/** Hidden inputs whose name or id says they carry location or identity (hidden-fill). */
export const HIDDEN_COLLECTOR_NAMES: readonly {
  readonly pattern: RegExp;
  readonly family: 'location' | 'identity' | 'biometric';
}[] = [
  {
    pattern:
      /^(lat|lng|lon|latitude|longitude|location|loc|gps|position|geo|coords?|address|addr|dingwei|weizhi)([_-]?\w*)?$/i,
    family: 'location',
  },
  { pattern: /(latitude|longitude|location|gps|coord|dingwei|weizhi)/i, family: 'location' },
  { pattern: /(id_?card|id_?no|idnumber|sfz|shenfenzheng|certno|cert_?num|openid|unionid)/i, family: 'identity' },
  { pattern: /(face|photo|pic|avatar|selfie)_?(data|base64|img)?$/i, family: 'biometric' },
];
