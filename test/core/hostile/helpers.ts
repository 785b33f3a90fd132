// The pipeline the CLI runs (parse → scanRoot → evaluate → buildReport with DEFAULT_POLICY),
// timed, for the hostile-page tests. Figures are printed so a run shows what was measured.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseHtml } from '../../../src/cli/parse-html';
import { evaluate } from '../../../src/core/evaluate';
import { DEFAULT_POLICY } from '../../../src/core/policy';
import { buildReport } from '../../../src/core/report';
import { scanRoot } from '../../../src/core/scan';
import type { Report, ScanResult } from '../../../src/core/types';

export const PAGE_URL = 'https://oa.example.com/form';
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export interface PipelineRun {
  scan: ScanResult;
  report: Report;
  json: string;
  parseMs: number;
  scanMs: number;
  evaluateMs: number;
  totalMs: number;
}

/** Scan an already-built Document or ShadowRoot, then evaluate and build the report. */
export function runOnDocument(document: Document, parseMs = 0): PipelineRun {
  const t0 = performance.now();
  const scan = scanRoot(document, { pageUrl: PAGE_URL });
  const t1 = performance.now();
  const evaluation = evaluate({ scan, policy: DEFAULT_POLICY, pageUrl: PAGE_URL, now: 0 });
  const report = buildReport({
    source: 'hostile.html',
    pageUrl: PAGE_URL,
    policy: DEFAULT_POLICY,
    policySource: 'default',
    scan,
    evaluation,
  });
  const json = JSON.stringify(report);
  const t2 = performance.now();
  return { scan, report, json, parseMs, scanMs: t1 - t0, evaluateMs: t2 - t1, totalMs: parseMs + (t2 - t0) };
}

export function parse(html: string): { document: Document; parseMs: number } {
  const t0 = performance.now();
  const { document } = parseHtml(html);
  return { document, parseMs: performance.now() - t0 };
}

export function runPipeline(html: string): PipelineRun & { document: Document } {
  const { document, parseMs } = parse(html);
  return { ...runOnDocument(document, parseMs), document };
}

export function figures(
  label: string,
  run: Pick<PipelineRun, 'parseMs' | 'scanMs' | 'evaluateMs' | 'totalMs'> & { report?: Report },
  extra = '',
): void {
  const fields = run.report ? ` fields=${run.report.summary.fields} findings=${run.report.summary.findings}` : '';
  console.log(
    `[hostile] ${label}: parse=${run.parseMs.toFixed(0)}ms scan=${run.scanMs.toFixed(0)}ms evaluate+report=${run.evaluateMs.toFixed(0)}ms total=${run.totalMs.toFixed(0)}ms${fields}${extra ? ` ${extra}` : ''}`,
  );
}

/** The report's shape per shared/spec/report.md (keys and types that HR scripts read). */
export function expectReportShape(report: Report): void {
  const keys = [
    'tool',
    'source',
    'pageUrl',
    'policy',
    'purpose',
    'fields',
    'notice',
    'transport',
    'findings',
    'summary',
  ];
  for (const key of keys) if (!(key in report)) throw new Error(`report lacks "${key}"`);
  if (!Array.isArray(report.fields) || !Array.isArray(report.findings))
    throw new Error('fields/findings are not arrays');
  if (report.summary.fields !== report.fields.length) throw new Error('summary.fields differs from fields.length');
  for (const field of report.fields) {
    if (typeof field.selector !== 'string' || field.selector === '')
      throw new Error(`field without selector: ${JSON.stringify(field).slice(0, 200)}`);
    if (typeof field.label !== 'string') throw new Error('label is not a string');
    if (typeof field.confidence !== 'number' || Number.isNaN(field.confidence))
      throw new Error('confidence is not a number');
  }
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  signal: NodeJS.Signals | null;
}

// Children are started as `node --import tsx …` (what `npx tsx …` runs) rather than through npx:
// a timeout kills the process it started, and npx would leave its node grandchild running.
const TSX = [process.execPath, '--import', 'tsx'] as const;

/** `npx tsx src/cli/scan.ts …` as a user runs it, with a hard timeout. */
export function runCli(args: string[], timeoutMs = 60_000): CliRun {
  const t0 = performance.now();
  const result = spawnSync(TSX[0], [...TSX.slice(1), 'src/cli/scan.ts', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: 512 * 1024 * 1024,
  });
  return {
    status: result.status,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    ms: performance.now() - t0,
    signal: result.signal,
  };
}

export interface CaseFigures {
  ok: boolean;
  error?: string;
  fields?: number;
  findings?: number;
  parseMs?: number;
  scanMs?: number;
  evaluateMs?: number;
  totalMs?: number;
}

/** Run one generator's page in a child process (run-case.ts), killed after `timeoutMs`. */
export function runCaseIsolated(
  generator: string,
  args: number[],
  timeoutMs: number,
): { figures: CaseFigures | null; wallMs: number; killed: boolean; stderr: string } {
  const t0 = performance.now();
  const result = spawnSync(TSX[0], [...TSX.slice(1), 'test/core/hostile/run-case.ts', generator, ...args.map(String)], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  const wallMs = performance.now() - t0;
  const line = (result.stdout ?? '').trim().split('\n').pop() ?? '';
  let parsed: CaseFigures | null = null;
  try {
    parsed = line ? (JSON.parse(line) as CaseFigures) : null;
  } catch {
    parsed = null;
  }
  return { figures: parsed, wallMs, killed: result.signal !== null, stderr: (result.stderr ?? '').slice(0, 2000) };
}
