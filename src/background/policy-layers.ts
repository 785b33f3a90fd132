// The background's stored policy state, on top of the core's pure layering
// (`resolvePolicyInForce`: managed > local > default, a rejected layer never applied, the last
// valid policy of that source kept). This file adds only what the background must remember
// between service-worker restarts: whether a managed policy is present, and a short log of
// outcomes (time, source, version, errors) for the options page. No browser APIs: unit-tested in Node.
import {
  DEFAULT_POLICY,
  MANAGED_KEYS,
  NO_LAYERS,
  parsePolicyText,
  resolvePolicyInForce,
  validatePolicy,
  type PolicyInForce,
  type ValidationIssue,
} from '../core/policy';
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

export interface StoredPolicyState {
  layers: Pick<PolicyInForce, 'lastValid' | 'rejections'>;
  managedPresent: boolean;
  /** Most recent first, bounded. */
  outcomes: PolicyOutcome[];
}

export interface SourceView {
  lastValid?: Policy;
  lastValidAt?: number;
  rejected?: PolicyOutcome;
}

export interface PolicyState {
  policy: Policy;
  source: PolicySource;
}

/** What the options page shows. */
export interface PolicyStatus extends PolicyState {
  /** Local edits are locked while a managed policy is in force. */
  locked: boolean;
  managedPresent: boolean;
  managed: SourceView;
  local: SourceView;
  outcomes: PolicyOutcome[];
}

export const MAX_OUTCOMES = 20;
export const EMPTY_STATE: StoredPolicyState = { layers: NO_LAYERS, managedPresent: false, outcomes: [] };

export function inForce(s: StoredPolicyState): PolicyState {
  const resolved = resolvePolicyInForce({ default: DEFAULT_POLICY }, s.layers);
  return { policy: resolved.policy, source: resolved.source };
}

/** A candidate from one source (already parsed JSON, or a parse failure): validated, applied or rejected. */
export function applyCandidate(
  s: StoredPolicyState,
  source: 'managed' | 'local',
  candidate: unknown,
  now: number,
): { next: StoredPolicyState; outcome: PolicyOutcome } {
  const resolved = resolvePolicyInForce(
    { default: DEFAULT_POLICY, [source]: { raw: candidate, receivedAt: now } },
    s.layers,
  );
  const applied = resolved.lastValid[source]?.receivedAt === now;
  const rejection = resolved.rejections[source];
  const outcome: PolicyOutcome = applied
    ? {
        at: now,
        source,
        applied: true,
        ...idAndVersionOf(resolved.lastValid[source]?.policy),
        errors: [],
        warnings: resolved.lastValid[source]?.warnings ?? [],
      }
    : {
        at: now,
        source,
        applied: false,
        ...idAndVersionOf(candidate),
        errors: rejection!.errors,
        warnings: rejection!.warnings,
      };
  return {
    next: withOutcome(
      { ...s, layers: pick(resolved), ...(source === 'managed' ? { managedPresent: true } : {}) },
      outcome,
    ),
    outcome,
  };
}

/**
 * The stored state as read at start-up, each last valid policy checked again by today's validator.
 * A policy an older FormWarden accepted may be one this one refuses (a managed policy without
 * `purposes` made every evaluation throw, issue 13): it leaves force like a rejected push, with
 * its reasons for the options page, instead of staying in force because it was stored.
 */
export function revalidateStored(s: StoredPolicyState, now: number): StoredPolicyState {
  let next = s;
  for (const source of ['managed', 'local'] as const) {
    const valid = next.layers.lastValid[source];
    if (!valid) continue;
    const check = validatePolicy(valid.policy);
    if (check.ok) {
      next = {
        ...next,
        layers: {
          ...next.layers,
          lastValid: {
            ...next.layers.lastValid,
            [source]: { ...valid, policy: check.policy, warnings: check.warnings },
          },
        },
      };
      continue;
    }
    const { [source]: _dropped, ...lastValid } = next.layers.lastValid;
    const outcome: PolicyOutcome = {
      at: now,
      source,
      applied: false,
      ...idAndVersionOf(valid.policy),
      errors: check.errors,
      warnings: check.warnings,
    };
    next = withOutcome(
      {
        ...next,
        layers: {
          lastValid,
          rejections: {
            ...next.layers.rejections,
            [source]: { source, errors: check.errors, warnings: check.warnings, at: now },
          },
        },
      },
      outcome,
    );
  }
  return next;
}

/** A source delivered something that is not even JSON: rejected like an invalid policy. */
export function rejectUnparsable(
  s: StoredPolicyState,
  source: 'managed' | 'local',
  errors: ValidationIssue[],
  now: number,
): { next: StoredPolicyState; outcome: PolicyOutcome } {
  const outcome: PolicyOutcome = { at: now, source, applied: false, errors, warnings: [] };
  const layers = {
    ...s.layers,
    rejections: { ...s.layers.rejections, [source]: { source, errors, warnings: [], at: now } },
  };
  return {
    next: withOutcome({ ...s, layers, ...(source === 'managed' ? { managedPresent: true } : {}) }, outcome),
    outcome,
  };
}

/** The admin removed the managed policy: it no longer applies, nor does its last valid version. */
export function removeSource(s: StoredPolicyState, source: 'managed' | 'local'): StoredPolicyState {
  const resolved = resolvePolicyInForce({ default: DEFAULT_POLICY, [source]: null }, s.layers);
  return { ...s, layers: pick(resolved), ...(source === 'managed' ? { managedPresent: false } : {}) };
}

export function statusOf(s: StoredPolicyState): PolicyStatus {
  const current = inForce(s);
  const view = (source: 'managed' | 'local'): SourceView => {
    const valid = s.layers.lastValid[source];
    const rejected = s.outcomes.find(
      (o) => o.source === source && !o.applied && s.layers.rejections[source]?.at === o.at,
    );
    return {
      ...(valid ? { lastValid: valid.policy, lastValidAt: valid.receivedAt } : {}),
      ...(rejected ? { rejected } : {}),
    };
  };
  return {
    ...current,
    locked: current.source === 'managed',
    managedPresent: s.managedPresent,
    managed: view('managed'),
    local: view('local'),
    outcomes: s.outcomes,
  };
}

/**
 * The managed value as the admin pushed it: a JSON object under `policy`, or the same as a JSON
 * string under `policyJson` (one registry string is far easier to deploy on Windows).
 */
export function managedCandidate(
  items: Record<string, unknown>,
): { present: false } | { present: true; candidate: unknown } | { present: true; errors: ValidationIssue[] } {
  if (items[MANAGED_KEYS.object] !== undefined) return { present: true, candidate: items[MANAGED_KEYS.object] };
  const text = items[MANAGED_KEYS.string];
  if (typeof text !== 'string') return { present: false };
  return parsedOrErrors(text, MANAGED_KEYS.string);
}

/** Parses policy text (a file, a policyJson string) with line/column on syntax errors. */
export function parsedOrErrors(
  text: string,
  fileName: string,
): { present: true; candidate: unknown } | { present: true; errors: ValidationIssue[] } {
  const parsed = parsePolicyText(text, fileName);
  if (parsed.ok) return { present: true, candidate: parsed.policy };
  // Syntax errors have no path; semantic errors are re-derived by applyCandidate from the raw JSON.
  try {
    return { present: true, candidate: JSON.parse(text) as unknown };
  } catch {
    return { present: true, errors: parsed.errors };
  }
}

function pick(resolved: PolicyInForce): StoredPolicyState['layers'] {
  return { lastValid: resolved.lastValid, rejections: resolved.rejections };
}

function withOutcome(s: StoredPolicyState, outcome: PolicyOutcome): StoredPolicyState {
  return { ...s, outcomes: [outcome, ...s.outcomes].slice(0, MAX_OUTCOMES) };
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
