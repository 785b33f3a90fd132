// Which policy is in force: managed > local > default. Pure functions; the background stores the
// returned state and passes it back in next time.
//
// A layer that fails validation is never applied: the last valid policy *of that source* stays in
// force (a broken managed push keeps the previous managed policy, it does not fall back to the
// user's local file), and the rejection is kept for the options page until that source next
// delivers a valid policy.
import type { Policy, PolicySource } from '../types';
import { validatePolicy, type ValidationIssue } from './validate';

export type LayerSource = 'local' | 'managed';

/** A policy as received: from chrome.storage.managed, a local file, the options page. */
export interface LayerCandidate {
  raw: unknown;
  receivedAt: number;
}

export interface ValidLayer {
  policy: Policy;
  receivedAt: number;
  warnings: ValidationIssue[];
}

export interface RejectedLayer {
  source: LayerSource;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
  at: number;
}

export interface PolicyLayers {
  default: Policy;
  /** undefined: nothing new (keep the previous state); null: the layer was removed; else a new candidate. */
  local?: LayerCandidate | null;
  managed?: LayerCandidate | null;
}

export interface PolicyInForce {
  policy: Policy;
  source: PolicySource;
  /** The last valid policy of each source (what stays in force after a rejection). */
  lastValid: Partial<Record<LayerSource, ValidLayer>>;
  /** Open rejections per source, cleared when that source next delivers a valid policy or is removed. */
  rejections: Partial<Record<LayerSource, RejectedLayer>>;
  /** The rejection to show first: managed before local. */
  rejected?: RejectedLayer;
  /** Warnings of the policy in force (unknown keys and the like). */
  warnings: ValidationIssue[];
}

export const NO_LAYERS: Pick<PolicyInForce, 'lastValid' | 'rejections'> = { lastValid: {}, rejections: {} };

function step(
  source: LayerSource,
  candidate: LayerCandidate | null | undefined,
  previous: Pick<PolicyInForce, 'lastValid' | 'rejections'>,
): { valid?: ValidLayer; rejected?: RejectedLayer } {
  if (candidate === null) return {};
  if (candidate === undefined) {
    return {
      ...(previous.lastValid[source] ? { valid: previous.lastValid[source] } : {}),
      ...(previous.rejections[source] ? { rejected: previous.rejections[source] } : {}),
    };
  }
  const result = validatePolicy(candidate.raw);
  if (result.ok)
    return { valid: { policy: result.policy, receivedAt: candidate.receivedAt, warnings: result.warnings } };
  return {
    ...(previous.lastValid[source] ? { valid: previous.lastValid[source] } : {}),
    rejected: { source, errors: result.errors, warnings: result.warnings, at: candidate.receivedAt },
  };
}

export function resolvePolicyInForce(
  layers: PolicyLayers,
  previous: Pick<PolicyInForce, 'lastValid' | 'rejections'> = NO_LAYERS,
): PolicyInForce {
  const managed = step('managed', layers.managed, previous);
  const local = step('local', layers.local, previous);
  const lastValid: PolicyInForce['lastValid'] = {
    ...(managed.valid ? { managed: managed.valid } : {}),
    ...(local.valid ? { local: local.valid } : {}),
  };
  const rejections: PolicyInForce['rejections'] = {
    ...(managed.rejected ? { managed: managed.rejected } : {}),
    ...(local.rejected ? { local: local.rejected } : {}),
  };
  const rejected = rejections.managed ?? rejections.local;
  const chosen: { policy: Policy; source: PolicySource; warnings: ValidationIssue[] } = lastValid.managed
    ? { policy: lastValid.managed.policy, source: 'managed', warnings: lastValid.managed.warnings }
    : lastValid.local
      ? { policy: lastValid.local.policy, source: 'local', warnings: lastValid.local.warnings }
      : { policy: layers.default, source: 'default', warnings: [] };
  return { ...chosen, lastValid, rejections, ...(rejected ? { rejected } : {}) };
}
