// validatePolicy: untrusted input → a policy that is safe to apply, or the exact reasons it is not.
//
// Three passes, each with errors as values (nothing here throws, whatever the input):
//  1. guardJson   — a bounded, plain-JSON copy (depth, size, string length, non-JSON values);
//  2. structure   — the ajv standalone validator generated from schema.ts (allErrors);
//  3. semantics   — references, reserved ids, URL patterns, domains (semantic.ts);
// plus unknown keys as warnings (known-keys.ts). Reasons come in en / zh-CN / zh-TW.
import { CATEGORY_IDS } from '../taxonomy';
import type { Localized, Policy } from '../types';
import { validate as validateStructure } from './generated/validate-structure';
import { guardJson, JSON_LIMITS } from './json-guard';
import { findUnknownKeys, projectKnown } from './known-keys';
import { excerpt, message, type MessageArgs, type MessageId } from './messages';
import { formatPath, pointerSegments, type PathSegment } from './paths';
import { POLICY_SCHEMA } from './schema';
import { semanticIssues } from './semantic';
import { didYouMean } from './suggest';

export interface ValidationIssue {
  /** "purposes.attendance.allow[3]"; "" for the policy as a whole. */
  path: string;
  message: Localized;
  severity: 'error' | 'warning';
  /** Stable id of the reason (messages.ts), for tests and UI styling. */
  code?: MessageId;
}

export type PolicyValidation =
  | { ok: true; policy: Policy; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[]; warnings: ValidationIssue[] };

/** Reasons beyond this many are summarised: a hostile policy must not cost minutes to explain. */
export const MAX_REPORTED_ISSUES = 100;

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  propertyName?: string;
}

const issue = (
  path: PathSegment[],
  id: MessageId,
  args: MessageArgs,
  severity: 'error' | 'warning',
): ValidationIssue => ({ path: formatPath(path), message: message(id, args), severity, code: id });

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

const jsonType = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'array'
      : typeof v === 'number' && Number.isInteger(v)
        ? 'integer'
        : typeof v;

const isCategoryEnum = (allowed: unknown): boolean =>
  Array.isArray(allowed) && allowed.length === CATEGORY_IDS.length && allowed.every((v, i) => v === CATEGORY_IDS[i]);

function fromAjvError(error: AjvError, data: unknown): ValidationIssue | null {
  const base = pointerSegments(error.instancePath, data);
  const value = valueAt(data, base);
  switch (error.keyword) {
    case 'required': {
      const key = String(error.params.missingProperty);
      if (key === 'purposes' && base.length === 0) return issue([key], 'purposesRequired', {}, 'error');
      return issue([...base, key], 'required', { key }, 'error');
    }
    case 'type':
      return issue(
        base,
        'type',
        { expected: String(error.params.type), found: value === undefined ? 'undefined' : jsonType(value) },
        'error',
      );
    case 'enum': {
      const allowed = error.params.allowedValues as string[];
      const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
      const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      const args = { value: excerpt(text), allowed: allowed.join(', '), ...(suggestion ? { suggestion } : {}) };
      return issue(base, isCategoryEnum(allowed) ? 'notCategory' : 'notOneOf', args, 'error');
    }
    case 'pattern':
      // Only purpose ids carry a pattern (via propertyNames), so the path names the offending key.
      if (typeof error.propertyName === 'string') {
        return issue(
          [...base, error.propertyName],
          'purposeIdPattern',
          { value: excerpt(error.propertyName) },
          'error',
        );
      }
      return issue(base, 'invalid', { reason: error.message ?? 'pattern' }, 'error');
    case 'propertyNames':
      return null; // the 'pattern' error above already names the key
    case 'minimum':
      return issue(base, 'minimum', { limit: Number(error.params.limit), value: String(value) }, 'error');
    case 'maximum':
      return issue(base, 'maximum', { limit: Number(error.params.limit), value: String(value) }, 'error');
    case 'minLength':
      return issue(base, 'minLength', {}, 'error');
    case 'maxLength':
      return issue(base, 'maxLength', { limit: Number(error.params.limit) }, 'error');
    case 'maxItems':
      return issue(base, 'maxItems', { limit: Number(error.params.limit) }, 'error');
    case 'maxProperties':
      return issue(base, 'maxProperties', { limit: Number(error.params.limit) }, 'error');
    default:
      return issue(base, 'invalid', { reason: error.message ?? error.keyword }, 'error');
  }
}

function isUnder(path: string, prefix: string): boolean {
  return prefix === '' || path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

export function validatePolicy(input: unknown): PolicyValidation {
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];

  const guarded = guardJson(input, JSON_LIMITS);
  for (const g of guarded.issues) errors.push(issue(g.path, g.id, g.args ?? {}, 'error'));
  // Values the guard dropped would only produce a second, confusing error ("required", "type").
  const droppedPaths = errors.map((e) => e.path);
  const data = guarded.value;
  // After "too many values" the copy is incomplete; anything more would be noise.
  if (guarded.issues.some((g) => g.id === 'tooManyValues')) return { ok: false, errors, warnings };

  if (data === undefined || data === null || typeof data !== 'object' || Array.isArray(data)) {
    if (guarded.issues.length === 0)
      errors.push(
        issue([], 'type', { expected: 'object', found: data === undefined ? 'undefined' : jsonType(data) }, 'error'),
      );
    return { ok: false, errors, warnings };
  }

  if (!validateStructure(data)) {
    const ajvErrors = (validateStructure as unknown as { errors?: AjvError[] }).errors ?? [];
    let mapped = 0;
    for (const e of ajvErrors) {
      if (mapped >= MAX_REPORTED_ISSUES) break;
      const found = fromAjvError(e, data);
      if (!found || droppedPaths.some((p) => isUnder(found.path, p) && p !== '')) continue;
      errors.push(found);
      mapped++;
    }
    if (mapped >= MAX_REPORTED_ISSUES && ajvErrors.length > mapped) {
      errors.push(issue([], 'tooManyIssues', { limit: MAX_REPORTED_ISSUES }, 'error'));
    }
  }

  for (const s of semanticIssues(data).slice(0, MAX_REPORTED_ISSUES)) {
    (s.severity === 'error' ? errors : warnings).push(issue(s.path, s.id, s.args, s.severity));
  }
  for (const u of findUnknownKeys(data, POLICY_SCHEMA).slice(0, MAX_REPORTED_ISSUES)) {
    warnings.push(
      issue(
        u.path,
        'unknownKey',
        { key: excerpt(u.key), ...(u.suggestion ? { suggestion: u.suggestion } : {}) },
        'warning',
      ),
    );
  }

  // A value of the wrong type also fails its enum/pattern/bounds; the type is the one to fix.
  const typeErrorPaths = new Set(errors.filter((e) => e.code === 'type').map((e) => e.path));
  const uniqueErrors = dedupe(errors.filter((e) => e.code === 'type' || !typeErrorPaths.has(e.path)));
  if (uniqueErrors.length > 0) return { ok: false, errors: uniqueErrors, warnings: dedupe(warnings) };
  return { ok: true, policy: projectKnown(data, POLICY_SCHEMA) as Policy, warnings: dedupe(warnings) };
}

function dedupe(list: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return list.filter((i) => {
    const key = `${i.path}\u0000${i.code}\u0000${i.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
