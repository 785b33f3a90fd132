// STUB — replaced by the admin-policy module (owner: admin). The one place that knows which policy
// is in force (default < local < managed) and why; everything else asks it.
import { DEFAULT_POLICY } from '../core/policy';
import type { Policy, PolicySource } from '../core/types';

export interface PolicyState { policy: Policy; source: PolicySource }

export async function initPolicyStore(): Promise<void> {}
export async function getPolicyInForce(): Promise<PolicyState> {
  return { policy: DEFAULT_POLICY, source: 'default' };
}
/** Called whenever the policy in force changes (so tabs are re-evaluated). */
export function onPolicyChange(_listener: () => void): void {}
/** Messages whose type starts with "policy/". */
export async function handlePolicyMessage(_message: { type: string; [k: string]: unknown }): Promise<unknown> {
  return undefined;
}
