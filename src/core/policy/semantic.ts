// Checks the schema cannot express: references between parts of the policy, reserved ids, URL
// patterns, domains, and contradictions worth a warning. Runs on the guarded JSON copy even when
// the structure has errors, reading defensively, so an admin sees every problem in one pass.
import { NOTICE_ELEMENTS, RULE_IDS } from '../types';
import { getDomain } from 'tldts';
import { matchPatternProblem } from './match-pattern';
import { excerpt, type MessageArgs, type MessageId } from './messages';
import type { PathSegment } from './paths';
import { didYouMean } from './suggest';

export interface SemanticIssue {
  path: PathSegment[];
  id: MessageId;
  args: MessageArgs;
  severity: 'error' | 'warning';
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const own = (o: Record<string, unknown>, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

/** Values with a meaning of their own in reports and sites (purpose "none", site purpose "infer"). */
const RESERVED_PURPOSE_IDS = new Set(['none', 'infer']);
const isReservedPurposeId = (id: string) => RESERVED_PURPOSE_IDS.has(id) || id in Object.prototype;

const GRANULARITY_ORDER: Record<string, number> = { city: 0, address: 1, precise: 2 };
const CATEGORY_GRANULARITY: Record<string, number> = {
  'location.city': 0,
  'location.address': 1,
  'location.precise': 2,
};

export const MAX_SEMANTIC_ISSUES = 200;

export function semanticIssues(policy: unknown): SemanticIssue[] {
  const issues: SemanticIssue[] = [];
  // Bounded: a hostile list of 50,000 duplicates must not cost 50,000 messages.
  const push = (path: PathSegment[], id: MessageId, args: MessageArgs, severity: 'error' | 'warning') => {
    if (issues.length < MAX_SEMANTIC_ISSUES) issues.push({ path, id, args, severity });
  };
  if (!isObject(policy)) return issues;

  const purposes = own(policy, 'purposes');
  const purposeIds = isObject(purposes) ? Object.keys(purposes) : [];
  // A missing `purposes` is a schema error (required); an empty map is allowed but worth a word.
  if (isObject(purposes) && purposeIds.length === 0) push(['purposes'], 'noPurposes', {}, 'warning');

  const labels = new Map<string, string>();
  const consentPurposes: string[] = [];
  if (isObject(purposes)) {
    for (const id of purposeIds) {
      if (isReservedPurposeId(id)) push(['purposes', id], 'reservedPurposeId', { value: excerpt(id) }, 'error');
      const p = purposes[id];
      if (!isObject(p)) continue;
      const label = own(p, 'label');
      if (isObject(label)) {
        const texts = ['en', 'zh-CN', 'zh-TW']
          .map((l) => own(label, l))
          .filter((t): t is string => typeof t === 'string' && t.trim() !== '');
        if (texts.length === 0) push(['purposes', id, 'label'], 'noLabel', {}, 'warning');
        for (const text of texts) {
          const key = text.trim().toLowerCase();
          const other = labels.get(key);
          if (other !== undefined && other !== id)
            push(['purposes', id, 'label'], 'duplicatePurposeLabel', { other }, 'warning');
          else labels.set(key, id);
        }
      }
      const allow = own(p, 'allow');
      if (Array.isArray(allow)) {
        const seen = new Map<unknown, number>();
        allow.forEach((c, i) => {
          if (seen.has(c))
            push(['purposes', id, 'allow', i], 'duplicateValue', { value: excerpt(c), first: seen.get(c)! }, 'warning');
          else seen.set(c, i);
        });
        const max = own(
          own(p, 'maxGranularity') && isObject(own(p, 'maxGranularity'))
            ? (own(p, 'maxGranularity') as Record<string, unknown>)
            : {},
          'location',
        );
        if (typeof max === 'string' && max in GRANULARITY_ORDER) {
          allow.forEach((c, i) => {
            if (
              typeof c === 'string' &&
              c in CATEGORY_GRANULARITY &&
              CATEGORY_GRANULARITY[c]! > GRANULARITY_ORDER[max]!
            ) {
              push(['purposes', id, 'allow', i], 'granularityConflict', { category: c, granularity: max }, 'warning');
            }
          });
        }
      }
      if (own(p, 'legalBasis') === 'consent') consentPurposes.push(id);
    }
  }

  const sites = own(policy, 'sites');
  if (Array.isArray(sites)) {
    const seenMatch = new Map<string, number>();
    sites.forEach((site, i) => {
      if (!isObject(site)) return;
      const match = own(site, 'match');
      if (typeof match === 'string' && match.length > 0) {
        const problem = matchPatternProblem(match);
        if (problem)
          push(
            ['sites', i, 'match'],
            'badMatchPattern',
            {
              value: excerpt(match),
              reason_en: problem.en,
              reason_zhCN: problem['zh-CN'],
              reason_zhTW: problem['zh-TW'],
            },
            'error',
          );
        const first = seenMatch.get(match);
        if (first !== undefined) push(['sites', i, 'match'], 'duplicateSite', { first }, 'warning');
        else seenMatch.set(match, i);
      }
      const purpose = own(site, 'purpose');
      if (
        typeof purpose === 'string' &&
        purpose.length > 0 &&
        purpose !== 'infer' &&
        !(isObject(purposes) && Object.hasOwn(purposes, purpose) && !isReservedPurposeId(purpose))
      ) {
        const suggestion = didYouMean(purpose, [...purposeIds.filter((p) => !isReservedPurposeId(p)), 'infer']);
        push(
          ['sites', i, 'purpose'],
          'unknownPurpose',
          { value: excerpt(purpose), ...(suggestion ? { suggestion } : {}) },
          'error',
        );
      }
    });
  }

  const recipients = own(policy, 'recipients');
  if (Array.isArray(recipients)) {
    const seen = new Map<unknown, number>();
    recipients.forEach((r, i) => {
      if (typeof r !== 'string' || r.length === 0) return;
      if (seen.has(r)) push(['recipients', i], 'duplicateValue', { value: excerpt(r), first: seen.get(r)! }, 'warning');
      else seen.set(r, i);
      if (
        !/^(?=.{1,253}$)([\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)*[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u.test(
          r,
        )
      ) {
        push(['recipients', i], 'recipientNotDomain', { value: excerpt(r), suggestion: domainIn(r) ?? '' }, 'error');
      } else if (r.includes('.') && !/^[\d.]+$/.test(r) && getDomain(r, { allowPrivateDomains: true }) === null) {
        // "com.cn" would let every site under it receive the form's data.
        push(['recipients', i], 'recipientPublicSuffix', { value: excerpt(r) }, 'error');
      }
    });
  }

  const rules = own(policy, 'rules');
  if (isObject(rules)) {
    for (const rule of RULE_IDS) {
      const config = own(rules, rule);
      if (!isObject(config)) continue;
      if (rule !== 'minimal-necessity' && own(config, 'repeatWithinDays') !== undefined) {
        push(
          ['rules', rule, 'repeatWithinDays'],
          'ruleOptionIgnored',
          { option: 'repeatWithinDays', rule: 'minimal-necessity' },
          'warning',
        );
      }
      if (rule !== 'consent-notice' && own(config, 'requireElements') !== undefined) {
        push(
          ['rules', rule, 'requireElements'],
          'ruleOptionIgnored',
          { option: 'requireElements', rule: 'consent-notice' },
          'warning',
        );
      }
    }
    const consentNotice = own(rules, 'consent-notice');
    const required = isObject(consentNotice) ? own(consentNotice, 'requireElements') : undefined;
    if (Array.isArray(required) && consentPurposes.length > 0) {
      for (const element of ['withdrawal', 'contact'] as const) {
        if (NOTICE_ELEMENTS.includes(element) && !required.includes(element)) {
          push(
            ['rules', 'consent-notice', 'requireElements'],
            'consentWithoutElement',
            { purpose: consentPurposes[0]!, element },
            'warning',
          );
        }
      }
    }
  }
  return issues;
}

/** "https://www.wjx.cn/path" → "www.wjx.cn", to suggest what to write instead. */
function domainIn(text: string): string | undefined {
  try {
    return new URL(text.includes('://') ? text : `https://${text}`).hostname || undefined;
  } catch {
    return undefined;
  }
}
