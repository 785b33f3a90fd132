// The workplace purposes both presets declare: what each purpose is called, the page text that
// declares it, and what it may collect. Legal basis and retention differ by jurisdiction and are
// set in cn-pipl.ts / eu-gdpr.ts. Keywords are matched against page title, headings and the form
// introduction, in zh-CN, zh-TW and en; each list avoids words that every HR form contains
// ("员工", "信息", "employee") because they would decide nothing.
import type { Purpose } from '../../types';

type PurposeShape = Omit<Purpose, 'legalBasis' | 'retentionDays'>;

export const WORKPLACE_PURPOSES = {
  // Health screening during an outbreak. The list follows the 2020 CAC notice: identity to reach
  // the person, city-level whereabouts and travel, and the health facts the screening needs — no
  // ID number, no home address, no vaccination record, no family medical history.
  'epidemic-prevention': {
    label: {
      en: 'Epidemic prevention (health screening)',
      'zh-CN': '疫情防控（健康申报）',
      'zh-TW': '防疫（健康申報）',
    },
    keywords: [
      '疫情防控',
      '疫情',
      '防控',
      '健康上报',
      '健康申报',
      '健康打卡',
      '每日健康',
      '体温上报',
      '核酸',
      '返岗',
      '返程',
      '防疫',
      '健康申報',
      '體溫',
      '疫情調查',
      '返工',
      '返乡',
      '返鄉',
      '健康承诺',
      '健康承諾',
      '健康聲明',
      '防疫聲明',
      'TOCC',
      'health declaration',
      'health screening',
      'health check',
      'COVID',
      'epidemic',
      'temperature check',
      'symptom check',
    ],
    allow: [
      'identity.name',
      'identity.employee_id',
      'identity.phone',
      'location.city',
      'location.travel',
      'health.temperature',
      'health.symptoms',
      'health.contact',
      'health.diagnosis',
      'health.code',
    ],
    maxGranularity: { location: 'city' },
  },
  // Office check-in. Who checked in and at which site is enough; the site is an office address,
  // never the employee's GPS position (field staff have their own purpose below).
  attendance: {
    label: { en: 'Attendance and check-in', 'zh-CN': '考勤打卡', 'zh-TW': '出勤打卡' },
    keywords: [
      '考勤',
      '打卡',
      '签到',
      '出勤',
      '补卡',
      '簽到',
      '考勤登記',
      '出勤登記',
      '加班',
      '请假',
      '請假',
      '休假申请',
      '調休',
      'attendance',
      'check-in',
      'check in',
      'clock in',
      'timesheet',
    ],
    allow: ['identity.name', 'identity.employee_id', 'location.address'],
    maxGranularity: { location: 'address' },
  },
  // Field staff (sales, service engineers) check in at customer sites, which is where GPS is
  // actually needed; kept separate so office attendance never justifies precise location.
  'field-attendance': {
    label: { en: 'Field check-in (staff working off-site)', 'zh-CN': '外勤打卡', 'zh-TW': '外勤打卡' },
    keywords: [
      '外勤',
      '外勤打卡',
      '外勤簽到',
      '拜访签到',
      '拜訪簽到',
      'field check-in',
      'field visit',
      'site visit check-in',
    ],
    allow: ['identity.name', 'identity.employee_id', 'location.precise'],
    maxGranularity: { location: 'precise' },
  },
  // Employment contract, payroll and social insurance registration. A badge photo
  // (biometric.face) and the pre-employment medical (health.*) are left out on purpose: add them
  // to a copy of this purpose only where a law or the job requires them.
  onboarding: {
    label: { en: 'Onboarding and HR administration', 'zh-CN': '入职与人事管理', 'zh-TW': '到職與人事管理' },
    keywords: [
      '入职',
      '入职登记',
      '员工信息登记',
      '人事档案',
      '劳动合同',
      '新员工入职',
      '新员工信息',
      '员工档案',
      '員工檔案',
      '新進人員',
      '到職',
      '入職',
      '人事資料',
      '新進員工',
      'onboarding',
      'new hire',
      'new starter',
      'employee registration',
      'personnel file',
    ],
    allow: [
      'identity.name',
      'identity.id_number',
      'identity.phone',
      'identity.email',
      'identity.birthdate',
      'identity.employee_id',
      'location.address',
      'financial.account',
    ],
    maxGranularity: { location: 'address' },
  },
  // Insurance, allowances and gifts: the account benefits are paid into, the address gifts go to;
  // the ID number is needed to enrol dependants' insurance and social-insurance schemes.
  benefits: {
    label: { en: 'Employee benefits', 'zh-CN': '员工福利', 'zh-TW': '員工福利' },
    keywords: [
      '福利',
      '补充医疗',
      '商业保险',
      '节日礼品',
      '补贴',
      '社保',
      '公积金',
      '社会保险',
      '福利申請',
      '團保',
      '補助',
      '勞健保',
      '員工旅遊',
      'benefits',
      'insurance enrolment',
      'perks',
    ],
    allow: [
      'identity.name',
      'identity.employee_id',
      'identity.id_number',
      'identity.phone',
      'location.address',
      'financial.account',
    ],
    maxGranularity: { location: 'address' },
  },
  // Visitor registration at reception: name and phone to reach the visitor, the host's employee
  // number. No ID number — an ordinary office has no law requiring it (GB/T 35273 §5.2).
  'visitor-management': {
    label: { en: 'Visitor registration', 'zh-CN': '访客登记', 'zh-TW': '訪客登記' },
    keywords: [
      '访客',
      '来访',
      '访客登记',
      '預約來訪',
      '訪客',
      '來訪登記',
      'visitor',
      'visitor registration',
      'guest registration',
      'visitor pass',
    ],
    allow: ['identity.name', 'identity.phone', 'identity.employee_id'],
    maxGranularity: { location: 'city' },
  },
  // Shipping a laptop or monitor home: where to deliver and whom to call.
  'remote-work-equipment': {
    label: { en: 'Remote-work equipment delivery', 'zh-CN': '居家办公设备寄送', 'zh-TW': '居家辦公設備寄送' },
    keywords: [
      '居家办公',
      '远程办公',
      '设备寄送',
      '电脑寄送',
      '設備寄送',
      '遠距辦公',
      '居家辦公',
      'remote work',
      'home office',
      'equipment delivery',
      'laptop shipping',
      'work from home',
    ],
    allow: ['identity.name', 'identity.employee_id', 'identity.phone', 'location.address'],
    maxGranularity: { location: 'address' },
  },
  // Device registration, VPN / account requests and incident reports. The city of a login is
  // what anomaly detection uses; a GPS position is never needed.
  'it-security-monitoring': {
    label: { en: 'IT security and device management', 'zh-CN': '信息安全与终端管理', 'zh-TW': '資訊安全與設備管理' },
    keywords: [
      '信息安全',
      '终端管理',
      '设备登记',
      'VPN',
      '账号申请',
      '安全事件',
      '資訊安全',
      '設備登記',
      '帳號申請',
      'IT security',
      'device registration',
      'account request',
      'security incident',
      'access request',
    ],
    allow: ['identity.name', 'identity.employee_id', 'identity.email', 'identity.phone', 'location.city'],
    maxGranularity: { location: 'city' },
  },
} as const satisfies Record<string, PurposeShape>;

export type WorkplacePurposeId = keyof typeof WORKPLACE_PURPOSES;

/** Copies a purpose shape (arrays included) so presets never share mutable data. */
export function purposeFrom(id: WorkplacePurposeId, extra: Pick<Purpose, 'legalBasis' | 'retentionDays'>): Purpose {
  const shape = WORKPLACE_PURPOSES[id];
  return {
    label: { ...shape.label },
    keywords: [...shape.keywords],
    allow: [...shape.allow],
    maxGranularity: { ...shape.maxGranularity },
    ...extra,
  };
}
