// STUB — replaced by the report module (owner: evaluate).
import type { Policy, PolicySource, Report, ScanResult } from '../types';
import type { Evaluation } from '../evaluate';

export interface ReportInput { source: string; pageUrl: string; policy: Policy; policySource: PolicySource; scan: ScanResult; evaluation: Evaluation }

export function buildReport(input: ReportInput): Report {
  const { scan, evaluation } = input;
  const personal = scan.fields.filter((f) => f.category !== null);
  return {
    tool: { name: 'formwarden', version: '0.1.0' },
    source: input.source, pageUrl: input.pageUrl,
    policy: { id: input.policy.id, version: input.policy.version, source: input.policySource },
    purpose: evaluation.purpose, fields: scan.fields, notice: scan.notice, transport: scan.transport,
    findings: evaluation.findings,
    summary: { fields: scan.fields.length, personal: personal.length, sensitive: personal.filter((f) => f.sensitive).length, findings: evaluation.findings.length, worst: 'none' },
  };
}

export function renderMarkdown(reports: Report[]): string {
  return reports.map((r) => `# ${r.source}\n`).join('\n');
}

export function renderSarif(_reports: Report[]): object {
  return { version: '2.1.0', runs: [] };
}
