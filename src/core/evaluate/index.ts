// STUB — replaced by the evaluation module (owner: evaluate).
import type { Finding, HistoryEntry, LiveFacts, Policy, PurposeReport, ScanResult } from '../types';

export interface EvaluationInput {
  scan: ScanResult;
  policy: Policy;
  pageUrl: string;
  purposeOverride?: string;
  history?: HistoryEntry[];
  live?: LiveFacts;
  /** ms since epoch; defaults to Date.now() — passed in so evaluation stays deterministic in tests. */
  now?: number;
  formFingerprint?: string;
}
export interface Evaluation { purpose: PurposeReport; findings: Finding[] }

export function evaluate(_input: EvaluationInput): Evaluation {
  return { purpose: { id: 'none', how: 'none', evidence: '' }, findings: [] };
}
