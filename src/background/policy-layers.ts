// Pure state transitions of the policy in force (no browser APIs, so they are unit-tested in Node).
// A policy that fails validation is never applied: the last valid policy of the same source stays
// in force and the rejection is recorded for display.
import { DEFAULT_POLICY, validatePolicy, type ValidationIssue } from '../core/policy';
import type { Policy, PolicySource } from '../core/types';

export interface PolicyOutcome {
  at: number;
  source: 'managed' | 'local';
  applied: boolean;
  policyId?: string;
  version?: string;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}

export interface SourceState {
  lastValid?: Policy;
  lastValidAt?: number;
  rejected?: PolicyOutcome;
}

export interface StoredPolicyState {
  managedPresent: boolean;
  managed: SourceState;
  local: SourceState;
  /** Most recent first, bounded. */
  outcomes: PolicyOutcome[];
}

export interface PolicyState {
  policy: Policy;
  source: PolicySource;
}

export interface PolicyStatus extends PolicyState {
  /** Local edits are locked while a managed policy is in force. */
  locked: boolean;
  managedPresent: boolean;
  managed: SourceState;
  local: SourceState;
  outcomes: PolicyOutcome[];
}

export const MAX_OUTCOMES = 20;
/** Keys an admin may use in the extension's managed storage (documented in docs/admin.md). */
const MANAGED_OBJECT_KEY = 'policy';
const MANAGED_STRING_KEY = 'policyJson';

export const EMPTY_STATE: StoredPolicyState = { managedPresent: false, managed: {}, local: {}, outcomes: [] };

export function inForce(s: StoredPolicyState): PolicyState {
  if (s.managedPresent && s.managed.lastValid) return { policy: s.managed.lastValid, source: 'managed' };
  if (s.local.lastValid) return { policy: s.local.lastValid, source: 'local' };
  return { policy: DEFAULT_POLICY, source: 'default' };
}

/** Validates a candidate and returns the next state: applied when valid, else recorded as rejected. */
export function applyCandidate(s: StoredPolicyState, source: 'managed' | 'local', candidate: unknown, now: number): { next: StoredPolicyState; outcome: PolicyOutcome } {
  const result = validatePolicy(candidate);
  const outcome: PolicyOutcome = result.ok
    ? { at: now, source, applied: true, policyId: result.policy.id, version: result.policy.version, errors: [], warnings: result.warnings }
    : {
        at: now, source, applied: false, errors: result.errors, warnings: result.warnings,
        ...idAndVersionOf(candidate),
      };
  const previous = s[source];
  const nextSource: SourceState = result.ok
    ? { lastValid: result.policy, lastValidAt: now, ...(previous.rejected ? { rejected: previous.rejected } : {}) }
    : { ...previous, rejected: outcome };
  const next: StoredPolicyState = {
    ...s,
    [source]: nextSource,
    ...(source === 'managed' ? { managedPresent: true } : {}),
    outcomes: [outcome, ...s.outcomes].slice(0, MAX_OUTCOMES),
  };
  return { next, outcome };
}

function idAndVersionOf(candidate: unknown): { policyId?: string; version?: string } {
  if (candidate && typeof candidate === 'object') {
    const c = candidate as Record<string, unknown>;
    return {
      ...(typeof c.id === 'string' ? { policyId: c.id.slice(0, 200) } : {}),
      ...(typeof c.version === 'string' ? { version: c.version.slice(0, 200) } : {}),
    };
  }
  return {};
}

/** The managed value as the admin pushed it: an object under `policy`, or a JSON string under `policyJson`. */
export function managedCandidate(items: Record<string, unknown>): { present: boolean; candidate?: unknown; parseError?: ValidationIssue } {
  if (items[MANAGED_OBJECT_KEY] !== undefined) return { present: true, candidate: items[MANAGED_OBJECT_KEY] };
  const text = items[MANAGED_STRING_KEY];
  if (typeof text === 'string') {
    try {
      return { present: true, candidate: JSON.parse(text) };
    } catch (e) {
      return { present: true, parseError: jsonParseIssue(MANAGED_STRING_KEY, e) };
    }
  }
  return { present: false };
}


/** A JSON syntax error as a validation issue, so it is shown like any other rejection. */
export function jsonParseIssue(path: string, error: unknown): ValidationIssue {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    path,
    severity: 'error',
    message: { en: `not valid JSON: ${reason}`, 'zh-CN': `不是有效的 JSON：${reason}`, 'zh-TW': `不是有效的 JSON：${reason}` },
  };
}
