// The JSON report of shared/spec/report.md, one per scanned page. Keys in the spec's order.
import type { Evaluation } from '../evaluate';
import {
  SEVERITY_ORDER,
  type Finding,
  type Policy,
  type PolicySource,
  type Report,
  type ScanResult,
  type Severity,
} from '../types';
import { TOOL_NAME, TOOL_VERSION } from './version';

export interface ReportInput {
  source: string;
  pageUrl: string;
  policy: Policy;
  policySource: PolicySource;
  scan: ScanResult;
  evaluation: Evaluation;
}

export function worstSeverity(findings: readonly Pick<Finding, 'severity'>[]): Severity | 'none' {
  let worst: Severity | 'none' = 'none';
  for (const f of findings)
    if (worst === 'none' || SEVERITY_ORDER[f.severity] > SEVERITY_ORDER[worst]) worst = f.severity;
  return worst;
}

export function buildReport(input: ReportInput): Report {
  const { scan, evaluation } = input;
  const personal = scan.fields.filter((f) => f.category !== null);
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    source: input.source,
    pageUrl: input.pageUrl,
    policy: { id: input.policy.id, version: input.policy.version, source: input.policySource },
    purpose: evaluation.purpose,
    fields: scan.fields,
    notice: scan.notice,
    transport: scan.transport,
    findings: evaluation.findings,
    summary: {
      fields: scan.fields.length,
      personal: personal.length,
      sensitive: personal.filter((f) => f.sensitive).length,
      findings: evaluation.findings.length,
      worst: worstSeverity(evaluation.findings),
    },
    page: scan.page,
  };
}
