// The data categories of shared/spec/taxonomy.md. Ids are a public contract: policies, reports
// and consent records store them, so they never change meaning.

export const FAMILIES = ['identity', 'location', 'health', 'biometric', 'financial'] as const;
export type Family = (typeof FAMILIES)[number];

export interface CategoryInfo {
  readonly id: string;
  /** PIPL Art. 28 / GB/T 35273 Appendix B. */
  readonly sensitive: boolean;
  readonly label: { readonly en: string; readonly 'zh-CN': string; readonly 'zh-TW': string };
}

export const CATEGORIES = [
  { id: 'identity.name', sensitive: false, label: { en: 'Name', 'zh-CN': '姓名', 'zh-TW': '姓名' } },
  {
    id: 'identity.id_number',
    sensitive: true,
    label: { en: 'ID number', 'zh-CN': '身份证件号码', 'zh-TW': '身分證件號碼' },
  },
  { id: 'identity.phone', sensitive: false, label: { en: 'Phone number', 'zh-CN': '电话号码', 'zh-TW': '電話號碼' } },
  { id: 'identity.email', sensitive: false, label: { en: 'E-mail', 'zh-CN': '电子邮箱', 'zh-TW': '電子郵件' } },
  {
    id: 'identity.employee_id',
    sensitive: false,
    label: { en: 'Employee / student number', 'zh-CN': '工号/学号', 'zh-TW': '員工/學生編號' },
  },
  {
    id: 'identity.birthdate',
    sensitive: false,
    label: { en: 'Date of birth / age', 'zh-CN': '出生日期/年龄', 'zh-TW': '出生日期/年齡' },
  },
  { id: 'location.address', sensitive: false, label: { en: 'Address', 'zh-CN': '地址', 'zh-TW': '地址' } },
  {
    id: 'location.city',
    sensitive: false,
    label: { en: 'City / region', 'zh-CN': '所在城市/地区', 'zh-TW': '所在城市/地區' },
  },
  {
    id: 'location.precise',
    sensitive: true,
    label: { en: 'Precise location (GPS)', 'zh-CN': '精确位置（定位）', 'zh-TW': '精確位置（定位）' },
  },
  {
    id: 'location.travel',
    sensitive: true,
    label: { en: 'Travel history / whereabouts', 'zh-CN': '行踪轨迹', 'zh-TW': '行蹤軌跡' },
  },
  { id: 'health.temperature', sensitive: true, label: { en: 'Body temperature', 'zh-CN': '体温', 'zh-TW': '體溫' } },
  { id: 'health.symptoms', sensitive: true, label: { en: 'Symptoms', 'zh-CN': '症状', 'zh-TW': '病徵' } },
  {
    id: 'health.diagnosis',
    sensitive: true,
    label: { en: 'Test result / diagnosis', 'zh-CN': '检测结果/诊断', 'zh-TW': '檢測結果/診斷' },
  },
  {
    id: 'health.vaccination',
    sensitive: true,
    label: { en: 'Vaccination status', 'zh-CN': '疫苗接种', 'zh-TW': '疫苗接種' },
  },
  {
    id: 'health.medical_history',
    sensitive: true,
    label: { en: 'Medical history', 'zh-CN': '既往病史', 'zh-TW': '既往病史' },
  },
  { id: 'health.contact', sensitive: true, label: { en: 'Contact with cases', 'zh-CN': '接触史', 'zh-TW': '接觸史' } },
  {
    id: 'health.family',
    sensitive: true,
    label: { en: "Family members' health", 'zh-CN': '家庭成员健康状况', 'zh-TW': '家庭成員健康狀況' },
  },
  { id: 'health.code', sensitive: true, label: { en: 'Health code', 'zh-CN': '健康码', 'zh-TW': '健康碼' } },
  { id: 'biometric.face', sensitive: true, label: { en: 'Face photo', 'zh-CN': '人脸照片', 'zh-TW': '人臉照片' } },
  { id: 'financial.account', sensitive: true, label: { en: 'Bank account', 'zh-CN': '银行账户', 'zh-TW': '銀行帳戶' } },
] as const satisfies readonly CategoryInfo[];

export type CategoryId = (typeof CATEGORIES)[number]['id'];

// Built on first use rather than at load: the content script uses only `isSensitive` and
// `familyOf`, and a lazily built map lets the bundler leave the three-language labels out of it.
let byId: ReadonlyMap<string, CategoryInfo> | undefined;
function categoriesById(): ReadonlyMap<string, CategoryInfo> {
  return (byId ??= new Map(CATEGORIES.map((c) => [c.id, c])));
}

/** The sensitive categories (PIPL Art. 28 / GB/T 35273 App. B); a test keeps it equal to CATEGORIES. */
export const SENSITIVE_IDS: readonly CategoryId[] = [
  'identity.id_number',
  'location.precise',
  'location.travel',
  'health.temperature',
  'health.symptoms',
  'health.diagnosis',
  'health.vaccination',
  'health.medical_history',
  'health.contact',
  'health.family',
  'health.code',
  'biometric.face',
  'financial.account',
];

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && categoriesById().has(value);
}

export function categoryInfo(id: CategoryId): CategoryInfo {
  return categoriesById().get(id)!;
}

export function isSensitive(id: CategoryId | null): boolean {
  return id !== null && SENSITIVE_IDS.includes(id);
}

/** The top-level family of a category ("health.temperature" → "health"). */
export function familyOf(id: CategoryId): Family {
  return id.slice(0, id.indexOf('.')) as Family;
}

export const CATEGORY_IDS: readonly CategoryId[] = /* @__PURE__ */ CATEGORIES.map((c) => c.id);
