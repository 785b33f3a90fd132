// The one source of truth for the policy format of shared/spec/policy.md.
//
// From this object scripts/gen-schemas.ts writes:
//  - public/policy.schema.json  — draft-07 JSON Schema for editors and CI tools;
//  - public/managed_schema.json — the same structure in Chrome's managed-storage dialect;
//  - src/core/policy/generated/validate-structure.ts — an ajv *standalone* validator.
// A unit test fails when any of the three drifts from this file.
//
// Deliberately NOT in the schema:
//  - `additionalProperties: false`: unknown keys are warnings, not failures (the validator reports
//    them by walking `properties`, see known-keys.ts), so editors must not paint them red either;
//  - `uniqueItems`: a category listed twice is harmless and only warned about;
//  - `required` inside nested objects beyond what the spec requires.
import { CATEGORY_IDS } from '../taxonomy';
import { NOTICE_ELEMENTS, RULE_IDS } from '../types';

export type JsonSchema = {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema;
  propertyNames?: JsonSchema;
  required?: string[];
  items?: JsonSchema;
  enum?: readonly string[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  maxProperties?: number;
};

export const LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;
export const JURISDICTION_VALUES = ['CN', 'EU', 'generic'] as const;
export const LEGAL_BASES = [
  'consent',
  'contract',
  'hr-management',
  'legal-obligation',
  'public-health',
  'vital-interest',
] as const;
export const GRANULARITIES = ['city', 'address', 'precise'] as const;
export const SEVERITIES = ['high', 'medium', 'low'] as const;
export const ON_SUBMIT = ['warn', 'confirm', 'block'] as const;
/** Purpose ids are lowercase slugs; this also keeps "__proto__" and friends out of the map. */
export const PURPOSE_ID_PATTERN = '^[a-z0-9][a-z0-9._-]{0,63}$';

// Generous bounds for a real policy, small enough that a hostile one is refused quickly.
export const SIZE_LIMITS = {
  shortText: 200,
  labelText: 500,
  keyword: 200,
  keywords: 200,
  purposes: 200,
  sites: 1000,
  recipients: 1000,
  /** A century: day counts beyond it are typos, and dates that far out do not exist (receipts, expiry). */
  days: 36_500,
} as const;

const shortString = (description: string, max: number = SIZE_LIMITS.shortText): JsonSchema => ({
  type: 'string',
  minLength: 1,
  maxLength: max,
  description,
});

const localizedLabel: JsonSchema = {
  type: 'object',
  description: 'The purpose as people read it, per UI language.',
  properties: {
    en: { type: 'string', maxLength: SIZE_LIMITS.labelText },
    'zh-CN': { type: 'string', maxLength: SIZE_LIMITS.labelText },
    'zh-TW': { type: 'string', maxLength: SIZE_LIMITS.labelText },
  },
};

const purpose: JsonSchema = {
  type: 'object',
  description: 'One declared purpose of collection and what it may collect.',
  required: ['label', 'allow'],
  properties: {
    label: localizedLabel,
    keywords: {
      type: 'array',
      description: 'Page text (title, headings, form introduction) that declares this purpose.',
      maxItems: SIZE_LIMITS.keywords,
      items: { type: 'string', minLength: 1, maxLength: SIZE_LIMITS.keyword },
    },
    allow: {
      type: 'array',
      description: 'Taxonomy category ids this purpose may collect (shared/spec/taxonomy.md).',
      maxItems: CATEGORY_IDS.length * 4,
      items: { type: 'string', enum: CATEGORY_IDS },
    },
    maxGranularity: {
      type: 'object',
      description: 'The most precise answer the purpose needs.',
      properties: { location: { type: 'string', enum: GRANULARITIES } },
    },
    retentionDays: {
      type: 'integer',
      minimum: 0,
      maximum: SIZE_LIMITS.days,
      description: 'How long answers are kept, in days.',
    },
    legalBasis: { type: 'string', enum: LEGAL_BASES, description: 'Why the collection is lawful.' },
  },
};

const ruleConfig: JsonSchema = {
  type: 'object',
  properties: {
    enabled: { type: 'boolean' },
    severity: { type: 'string', enum: SEVERITIES },
    repeatWithinDays: {
      type: 'integer',
      minimum: 0,
      maximum: SIZE_LIMITS.days,
      description: 'minimal-necessity: a re-ask within this many days is a finding.',
    },
    requireElements: {
      type: 'array',
      description: 'consent-notice: elements the notice must state.',
      maxItems: NOTICE_ELEMENTS.length * 4,
      items: { type: 'string', enum: NOTICE_ELEMENTS },
    },
  },
};

export const POLICY_SCHEMA: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://formwarden.invalid/policy.schema.json',
  title: 'FormWarden policy',
  description: 'Declared purposes of workplace forms and what each may collect (shared/spec/policy.md).',
  type: 'object',
  // `purposes` is required although policy.md's example leaves it unmarked: without it no form can
  // be said to be for anything (issue 13). An empty map is allowed, and only warned about.
  required: ['id', 'version', 'purposes'],
  properties: {
    id: shortString('Policy id, e.g. "acme-cn".', 100),
    version: shortString('Shown in reports and consent records, e.g. "2024.1".', 100),
    jurisdiction: {
      type: 'string',
      enum: JURISDICTION_VALUES,
      description: 'CN (PIPL, GB/T 35273) | EU (GDPR) | generic: picks citations and wording.',
    },
    locale: { type: 'string', enum: LOCALES, description: 'Default UI language for warnings.' },
    purposes: {
      type: 'object',
      description: 'Purpose id → purpose.',
      maxProperties: SIZE_LIMITS.purposes,
      propertyNames: { type: 'string', pattern: PURPOSE_ID_PATTERN },
      additionalProperties: purpose,
    },
    sites: {
      type: 'array',
      description: 'Bind pages to purposes; first match wins.',
      maxItems: SIZE_LIMITS.sites,
      items: {
        type: 'object',
        required: ['match', 'purpose'],
        properties: {
          match: shortString(
            'URL pattern with * as in extension match patterns, e.g. "https://oa.example.cn/health/*".',
            2000,
          ),
          purpose: shortString('A purpose id, or "infer" to infer it from the page text.', 64),
        },
      },
    },
    recipients: {
      type: 'array',
      description: "Registrable domains a form may post to besides the page's own.",
      maxItems: SIZE_LIMITS.recipients,
      items: shortString('A registrable domain, e.g. "wjx.cn".', 253),
    },
    rules: {
      type: 'object',
      description: 'Every rule is on by default; severity and options are overridable.',
      properties: Object.fromEntries(RULE_IDS.map((id) => [id, ruleConfig])),
    },
    onSubmit: {
      type: 'string',
      enum: ON_SUBMIT,
      description: 'warn (badge + popup) | confirm (ask before a flagged submit) | block.',
    },
  },
};

// ───────────────────────────── Chrome's managed-storage dialect ─────────────────────────────

/** Keys an admin may set in the extension's managed storage. */
export const MANAGED_KEYS = { object: 'policy', string: 'policyJson' } as const;

// Attributes kept in the managed schema. Chrome validates pushed values against it and silently
// drops a value that fails (chrome://policy shows it as invalid, the extension never sees it), so
// the managed schema keeps only the *structure* (types, properties, items). Enums, patterns,
// bounds and `required` stay out: a policy that breaks them reaches FormWarden, which rejects it
// with a precise, translated error and keeps the last good policy in force — which is what the
// admin needs to see. Chrome also rejects boolean `additionalProperties` and ignores `$schema`.
const MANAGED_ATTRIBUTES = new Set(['type', 'title', 'description', 'properties', 'additionalProperties', 'items']);

function toManaged(node: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node) as [keyof JsonSchema, unknown][]) {
    if (!MANAGED_ATTRIBUTES.has(key)) continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, JsonSchema>).map(([k, v]) => [k, toManaged(v)]),
      );
    } else if (key === 'additionalProperties' || key === 'items') {
      out[key] = toManaged(value as JsonSchema);
    } else {
      (out as Record<string, unknown>)[key] = value;
    }
  }
  return out;
}

export function buildManagedSchema(): JsonSchema {
  const policy = toManaged(POLICY_SCHEMA);
  return {
    type: 'object',
    properties: {
      [MANAGED_KEYS.object]: {
        ...policy,
        title: 'FormWarden policy',
        description: 'The policy as an object (shared/spec/policy.md). Takes precedence over policyJson.',
      },
      [MANAGED_KEYS.string]: {
        type: 'string',
        title: 'FormWarden policy (JSON text)',
        description:
          'The same policy as one JSON string, for tools that can only push strings. Chrome never filters a string, so every error is reported by FormWarden itself.',
      },
    },
  };
}
