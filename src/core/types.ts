// Shared domain types. The report types mirror shared/spec/report.md exactly (a public contract
// read by HR scripts); the policy types mirror shared/spec/policy.md. Internal types that modules
// pass to each other are below them.
import type { CategoryId, Family } from './taxonomy';

export type Locale = 'en' | 'zh-CN' | 'zh-TW';
export type Localized = Record<Locale, string>;
export type Severity = 'high' | 'medium' | 'low';
/** Higher is worse: for sorting, badges, --fail-on and marks. */
export const SEVERITY_ORDER: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

// ───────────────────────────── Policy (shared/spec/policy.md) ─────────────────────────────

export type RuleId =
  | 'purpose-limitation'
  | 'minimal-necessity'
  | 'consent-notice'
  | 'separate-consent'
  | 'insecure-transport'
  | 'third-party-recipient';

export const RULE_IDS: readonly RuleId[] = [
  'purpose-limitation',
  'minimal-necessity',
  'consent-notice',
  'separate-consent',
  'insecure-transport',
  'third-party-recipient',
];

export type LegalBasis =
  'consent' | 'contract' | 'hr-management' | 'legal-obligation' | 'public-health' | 'vital-interest';

export type Granularity = 'city' | 'address' | 'precise';
export type NoticeElement = 'purpose' | 'retention' | 'controller' | 'rights' | 'recipients' | 'withdrawal' | 'contact';
export const NOTICE_ELEMENTS: readonly NoticeElement[] = [
  'purpose',
  'retention',
  'controller',
  'rights',
  'recipients',
  'withdrawal',
  'contact',
];

export interface Purpose {
  label: Partial<Localized> & { en?: string };
  keywords?: string[];
  allow: CategoryId[];
  maxGranularity?: { location?: Granularity };
  retentionDays?: number;
  legalBasis?: LegalBasis;
}

export interface RuleConfig {
  enabled?: boolean;
  severity?: Severity;
  repeatWithinDays?: number;
  requireElements?: NoticeElement[];
}

export interface Policy {
  id: string;
  version: string;
  jurisdiction?: 'CN' | 'EU' | 'generic';
  locale?: Locale;
  purposes: Record<string, Purpose>;
  sites?: { match: string; purpose: string }[];
  recipients?: string[];
  rules?: Partial<Record<RuleId, RuleConfig>>;
  onSubmit?: 'warn' | 'confirm' | 'block';
}

export type PolicySource = 'default' | 'file' | 'managed' | 'local';

// ───────────────────────────── Report (shared/spec/report.md) ─────────────────────────────

export interface ReportField {
  id: string | null;
  name: string | null;
  /** Unique CSS selector; shadow roots are pierced with " >>> ". */
  selector: string;
  tag: string;
  type: string | null;
  label: string;
  category: CategoryId | null;
  sensitive: boolean;
  confidence: number;
  evidence: string[];
}

export interface NoticeReport {
  found: boolean;
  links: string[];
  consentControls: string[];
  elements: Record<NoticeElement, boolean>;
  separateConsentFor: CategoryId[];
}

export interface TransportReport {
  action: string | null;
  secure: boolean;
  thirdParty: boolean;
}

export interface Finding {
  rule: RuleId;
  check: string;
  severity: Severity;
  fields: string[];
  message: Localized;
  citation: string[];
  /** Not in the spec's example but allowed as extra data: what HR should change (issue 6). */
  fix?: Localized;
  /** Row of docs/checklist.md this finding is linked to (issue 9), e.g. "三.4". */
  checklist?: string[];
  /** Third parties named by the finding (issue 10). */
  recipients?: string[];
  /** On notice findings: a paste-ready collection notice for the form (issue 6). */
  noticeTemplate?: Localized;
}

export interface PurposeReport {
  id: string;
  how: 'site-rule' | 'page-text' | 'cli-flag' | 'none';
  evidence: string;
}

export interface Report {
  tool: { name: 'formwarden'; version: string };
  source: string;
  pageUrl: string;
  policy: { id: string; version: string; source: PolicySource };
  purpose: PurposeReport;
  fields: ReportField[];
  notice: NoticeReport;
  transport: TransportReport;
  findings: Finding[];
  summary: { fields: number; personal: number; sensitive: number; findings: number; worst: Severity | 'none' };
  /** Extra, not in the spec: page facts the evaluator used (issues 9, 10). */
  page?: PageFacts;
}

// ───────────────────────────── Internal: extraction → classification ─────────────────────────────

/** Where a piece of text about a control came from, in order of trust (issue 2). */
export type TextSource =
  | 'label'
  | 'aria-labelledby'
  | 'aria-label'
  | 'title'
  | 'placeholder'
  | 'legend'
  | 'table-header'
  | 'table-cell'
  | 'question-title'
  | 'preceding-text'
  | 'option'
  | 'help';

export interface ControlText {
  source: TextSource;
  text: string;
}

/** One question as extracted from the DOM: everything the classifier may look at, no value. */
export interface FieldDescriptor {
  selector: string;
  id: string | null;
  name: string | null;
  tag: string;
  /** input type, or the ARIA role for ARIA widgets, or "contenteditable". */
  type: string | null;
  /** The text a person sees as the question (the most trusted text found). */
  label: string;
  /** Every text found, most trusted first (label, aria…, options, help text). */
  texts: ControlText[];
  autocomplete: string | null;
  /** Selectors of every control in a radio/checkbox group (1 for ordinary controls). */
  groupSelectors: string[];
  hidden: boolean;
  required: boolean;
  readOnly: boolean;
  /** File inputs. */
  accept: string | null;
  capture: string | null;
  /** Whether the control carries a pre-filled value (the value itself is never kept). */
  hasValue: boolean;
  /** For checkbox/radio: checked by default. */
  checked: boolean;
  /** Index of the enclosing <form> in document order, or -1. */
  formIndex: number;
  /** Inside a search / filter area (role=search, <search>, id/class "search…", "query…"): a lookup box, not a question. */
  inSearchArea?: boolean;
  /**
   * Name of the content validator a pre-filled value passed ("cn-id", "cn-mobile"…), found where
   * the DOM is (the content script) so the value itself never travels; null when none.
   */
  valueValidator?: string | null;
  /**
   * Short parts of question texts that were long or assembled from several elements (each
   * element an aria-labelledby names; the end of a label longer than its kept start), classified
   * as well as the whole so that boilerplate around a question cannot hide it. Absent when none.
   */
  parts?: ControlText[];
}

export interface Classification {
  category: CategoryId | null;
  confidence: number;
  evidence: string[];
}

// ───────────────────────────── Internal: page facts (notice, issue 9, issue 10) ─────────────────────────────

export interface NoticeLink {
  text: string;
  href: string | null;
  /** false when the link goes nowhere: "#", "javascript:void(0)", empty. (404 is found live.) */
  reachable: boolean;
  selector: string;
}

export interface ConsentControl {
  selector: string;
  text: string;
  /** Checked / switched on / preselected by default. */
  preChecked: boolean;
  /** Categories the statement names specifically (separate consent). */
  names: CategoryId[];
  /**
   * Families the statement names with a general word ("健康信息", "health data"): they stand for
   * the form's own sensitive fields of that family once the fields are classified.
   */
  namedFamilies?: Family[];
}

export interface TextStyleFacts {
  selector: string;
  hidden: boolean;
  fontSizePx: number | null;
  contrastRatio: number | null;
}

/** A text's colour and the background layers behind it (nearest first), as CSS colour text. */
export interface TextColours {
  /** null: nobody declared one (static DOM). */
  text: string | null;
  backgrounds: string[];
}

/** TextStyleFacts as the DOM half collects them: colours, from which the contrast is reckoned. */
export type CollectedTextStyle = Omit<TextStyleFacts, 'contrastRatio'> & { colours: TextColours };

export interface PageFacts {
  title: string;
  headings: string[];
  /** Form introduction / description texts. */
  intro: string[];
  noticeLinks: NoticeLink[];
  consentControls: ConsentControl[];
  noticeTextStyles: TextStyleFacts[];
  /** Uses beyond purpose named in the notice (marketing, sharing, "other purposes"). */
  extraUses: string[];
  /** Field selectors whose question or help text states a purpose. */
  fieldsWithPurposeStated: string[];
  /** A purpose sentence in the form's introduction (applies to all fields). */
  introStatesPurpose: boolean;
  forms: { action: string | null; method: string }[];
  scripts: { src: string; inline: boolean }[];
  frames: string[];
  /** Static hints that data is collected before consent (script calls geolocation on load...). */
  staticEarlyCollection: { kind: 'geolocation' | 'camera' | 'hidden-fill'; evidence: string }[];
}

/** What the extension observed live in the page (main-world watch), with timestamps. */
export interface LiveFacts {
  geolocation?: { at: number }[];
  camera?: { at: number }[];
  firstConsentInteractionAt?: number | null;
  firstFormInteractionAt?: number | null;
  keyListeners?: { scriptUrl: string; target: 'document' | 'window' | 'field'; fields: string[] }[];
  sentWhileTyping?: { origin: string; count: number; kind: string }[];
  brokenNoticeLinks?: string[];
}

/** Earlier decisions from the consent ledger, passed to the evaluator (issue 5). */
export interface HistoryEntry {
  kind: 'granted' | 'refused' | 'revoked' | 'submitted';
  origin: string;
  formFingerprint: string;
  purposeId: string;
  purposeLabel?: string;
  categories: CategoryId[];
  at: number;
}

/** The output of scanning one Document or ShadowRoot (before policy evaluation). */
export interface ScanResult {
  fields: ReportField[];
  descriptors: FieldDescriptor[];
  notice: NoticeReport;
  transport: TransportReport;
  page: PageFacts;
}
