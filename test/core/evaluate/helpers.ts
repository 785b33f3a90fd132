// Build ScanResult and Policy objects directly, so evaluator tests do not depend on the extractor.
import { isSensitive, type CategoryId } from '../../../src/core/taxonomy';
import type {
  ConsentControl,
  FieldDescriptor,
  NoticeElement,
  NoticeReport,
  PageFacts,
  Policy,
  ReportField,
  ScanResult,
  TextSource,
} from '../../../src/core/types';

export interface FieldSpec {
  id: string;
  label: string;
  category: CategoryId | null;
  required?: boolean;
  hidden?: boolean;
  formIndex?: number;
  type?: string;
  /** name attribute (defaults to the id); radios of one group share it. */
  name?: string;
  /** Where the label came from (default: a <label>). */
  labelSource?: TextSource;
}

export function field(
  id: string,
  label: string,
  category: CategoryId | null,
  extra: Partial<FieldSpec> = {},
): FieldSpec {
  return { id, label, category, ...extra };
}

const ALL_ELEMENTS: Record<NoticeElement, boolean> = {
  purpose: true,
  retention: true,
  controller: true,
  rights: true,
  recipients: true,
  withdrawal: true,
  contact: true,
};

export function notice(over: Partial<NoticeReport> = {}): NoticeReport {
  return {
    found: true,
    links: [],
    consentControls: [],
    elements: { ...ALL_ELEMENTS },
    separateConsentFor: [],
    ...over,
  };
}

export function noNotice(): NoticeReport {
  return {
    found: false,
    links: [],
    consentControls: [],
    elements: {
      purpose: false,
      retention: false,
      controller: false,
      rights: false,
      recipients: false,
      withdrawal: false,
      contact: false,
    },
    separateConsentFor: [],
  };
}

export function page(over: Partial<PageFacts> = {}): PageFacts {
  return {
    title: '',
    headings: [],
    intro: [],
    noticeLinks: [],
    consentControls: [],
    noticeTextStyles: [],
    extraUses: [],
    fieldsWithPurposeStated: [],
    introStatesPurpose: true,
    forms: [{ action: 'https://oa.example.cn/submit', method: 'post' }],
    scripts: [],
    frames: [],
    staticEarlyCollection: [],
    ...over,
  };
}

export function consentBox(
  selector: string,
  text: string,
  names: CategoryId[] = [],
  preChecked = false,
): ConsentControl {
  return { selector, text, names, preChecked };
}

export interface ScanSpec {
  fields: FieldSpec[];
  notice?: NoticeReport;
  page?: Partial<PageFacts>;
  action?: string | null;
}

/** A scan of a compliant-looking page unless told otherwise: notice with every element, purpose stated, https. */
export function scan(spec: ScanSpec): ScanResult {
  const fields: ReportField[] = spec.fields.map((f) => ({
    id: f.id,
    name: f.name ?? f.id,
    selector: `#${f.id}`,
    tag: 'input',
    type: f.type ?? 'text',
    label: f.label,
    category: f.category,
    sensitive: isSensitive(f.category),
    confidence: f.category ? 0.9 : 0,
    evidence: f.category ? [`label:${f.label}`] : [],
  }));
  const descriptors: FieldDescriptor[] = spec.fields.map((f) => ({
    selector: `#${f.id}`,
    id: f.id,
    name: f.name ?? f.id,
    tag: 'input',
    type: f.type ?? 'text',
    label: f.label,
    texts: [{ source: f.labelSource ?? 'label', text: f.label }],
    autocomplete: null,
    groupSelectors: [`#${f.id}`],
    hidden: f.hidden ?? false,
    required: f.required ?? false,
    readOnly: false,
    accept: null,
    capture: null,
    hasValue: false,
    checked: false,
    formIndex: f.formIndex ?? 0,
  }));
  const action = spec.action === undefined ? 'https://oa.example.cn/submit' : spec.action;
  const pageFacts = page({ forms: [{ action, method: 'post' }], ...spec.page });
  return {
    fields,
    descriptors,
    notice: spec.notice ?? notice(),
    transport: { action, secure: action === null || action.startsWith('https:'), thirdParty: false },
    page: pageFacts,
  };
}

export const PAGE_URL = 'https://oa.example.cn/forms/daily';

export function testPolicy(over: Partial<Policy> = {}): Policy {
  return {
    id: 'test-cn',
    version: '1',
    jurisdiction: 'CN',
    locale: 'zh-CN',
    purposes: {
      'epidemic-prevention': {
        label: { en: 'epidemic prevention', 'zh-CN': '疫情防控', 'zh-TW': '疫情防控' },
        keywords: ['疫情', '防控', '健康上报', 'health declaration'],
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
        retentionDays: 28,
        legalBasis: 'consent',
      },
      attendance: {
        label: { en: 'attendance', 'zh-CN': '考勤打卡', 'zh-TW': '考勤打卡' },
        keywords: ['考勤', '打卡', 'check-in', 'attendance'],
        allow: ['identity.name', 'identity.employee_id', 'location.precise'],
        retentionDays: 90,
        legalBasis: 'consent',
      },
      onboarding: {
        label: { en: 'onboarding', 'zh-CN': '入职登记', 'zh-TW': '入職登記' },
        keywords: ['入职', 'onboarding'],
        allow: [
          'identity.name',
          'identity.id_number',
          'identity.phone',
          'identity.email',
          'identity.birthdate',
          'location.address',
          'financial.account',
        ],
        retentionDays: 365,
        legalBasis: 'hr-management',
      },
    },
    recipients: ['example.cn'],
    ...over,
  };
}

export function checksOf(findings: { rule: string; check: string }[]): string[] {
  return findings.map((f) => `${f.rule}/${f.check}`);
}
