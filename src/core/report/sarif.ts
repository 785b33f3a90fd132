// SARIF 2.1.0 for CI systems: one reportingDescriptor per rule/check, one result per finding,
// located by the scanned file (physical) and the control's selector (logical).
import { checkInfo } from '../policy/citations';
import type { Finding, Report, Severity } from '../types';
import { CHECKLIST_DOC, checklistAnchor } from './markdown';
import { TOOL_VERSION } from './version';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { high: 'error', medium: 'warning', low: 'note' };

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  help?: { text: string; markdown: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: { rule: string; check: string; tags: string[] };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: 'error' | 'warning' | 'note';
  message: { text: string };
  locations: {
    physicalLocation: { artifactLocation: { uri: string } };
    logicalLocations?: { fullyQualifiedName: string; kind: string }[];
  }[];
  partialFingerprints: { formwardenFinding: string };
  properties: Record<string, unknown>;
}
interface SarifRun {
  tool: { driver: { name: string; version: string; semanticVersion: string; rules: SarifRule[] } };
  results: SarifResult[];
}

function ruleIdOf(f: Finding): string {
  return `${f.rule}/${f.check}`;
}

function descriptorFor(f: Finding): SarifRule {
  const info = checkInfo(f.rule, f.check);
  const descriptor: SarifRule = {
    id: ruleIdOf(f),
    name: f.check.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: info?.title.en ?? f.check },
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: { rule: f.rule, check: f.check, tags: ['privacy', f.rule] },
  };
  // helpUri must be absolute and the project has no fixed home page: point into the repository's
  // checklist document in the help text instead.
  const rows = info?.checklist ?? [];
  if (rows.length > 0) {
    descriptor.help = {
      text: `App认定方法(2019) ${rows.join(', ')}; see ${CHECKLIST_DOC}`,
      markdown: `App认定方法(2019) ${rows.map((row) => `[${row}](${CHECKLIST_DOC}#${checklistAnchor(row)})`).join(', ')}`,
    };
  }
  return descriptor;
}

export function renderSarif(reports: readonly Report[]): SarifLog {
  const rules: SarifRule[] = [];
  const index = new Map<string, number>();
  const results: SarifResult[] = [];
  for (const report of reports) {
    for (const f of report.findings) {
      const id = ruleIdOf(f);
      if (!index.has(id)) {
        index.set(id, rules.length);
        rules.push(descriptorFor(f));
      }
      const physical = { artifactLocation: { uri: report.source } };
      const locations =
        f.fields.length > 0
          ? f.fields.map((selector) => ({
              physicalLocation: physical,
              logicalLocations: [{ fullyQualifiedName: selector, kind: 'element' }],
            }))
          : [{ physicalLocation: physical }];
      results.push({
        ruleId: id,
        ruleIndex: index.get(id)!,
        level: LEVEL[f.severity],
        message: { text: f.message.en },
        locations,
        partialFingerprints: { formwardenFinding: `${report.pageUrl}|${id}|${f.fields.join(',')}` },
        properties: {
          severity: f.severity,
          pageUrl: report.pageUrl,
          citation: f.citation,
          ...(f.checklist ? { checklist: f.checklist } : {}),
          ...(f.fix ? { fix: f.fix.en } : {}),
          ...(f.recipients ? { recipients: f.recipients } : {}),
          message: f.message,
        },
      });
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'FormWarden', version: TOOL_VERSION, semanticVersion: TOOL_VERSION, rules } },
        results,
      },
    ],
  };
}
