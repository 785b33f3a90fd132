// The JSON report of shared/spec/report.md, one per scanned page. Keys in the spec's order.
import type { Evaluation } from '../evaluate';
import type { Finding, Policy, PolicySource, Report, ScanResult, Severity } from '../types';
import { TOOL_NAME, TOOL_VERSION } from './version';

export interface ReportInput {
  source: string;
  pageUrl: string;
  policy: Policy;
  policySource: PolicySource;
  scan: ScanResult;
  evaluation: Evaluation;
}

const SEVERITY_ORDER: readonly Severity[] = ['high', 'medium', 'low'];

export function worstSeverity(findings: readonly Finding[]): Severity | 'none' {
  return SEVERITY_ORDER.find((s) => findings.some((f) => f.severity === s)) ?? 'none';
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
