// STUB — replaced by the policy module (owner: policy).
import type { Localized, Policy, PolicySource } from '../types';

export interface ValidationIssue { path: string; message: Localized; severity: 'error' | 'warning' }
export type PolicyValidation =
  | { ok: true; policy: Policy; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[]; warnings: ValidationIssue[] };

export function validatePolicy(input: unknown): PolicyValidation {
  return { ok: true, policy: input as Policy, warnings: [] };
}

export const DEFAULT_POLICY: Policy = { id: 'cn-pipl', version: '0', jurisdiction: 'CN', purposes: {} };
export const PRESETS: Record<'cn-pipl' | 'eu-gdpr', Policy> = { 'cn-pipl': DEFAULT_POLICY, 'eu-gdpr': { ...DEFAULT_POLICY, id: 'eu-gdpr', jurisdiction: 'EU' } };

export interface PolicyInForce { policy: Policy; source: PolicySource }

export * from './citations';
export * from './checklist';
