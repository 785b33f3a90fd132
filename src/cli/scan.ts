// npm run scan -- <file.html|URL>... [--policy p.json] [--purpose id] [--url pageUrl]
//                 [--format json|md|sarif] [--fail-on high|medium|low|none] [--locale en|zh-CN|zh-TW]
//
// Prints the report of shared/spec/report.md: one JSON object for one input, a JSON array for
// several. Everything is built before anything is printed, so a bad input never leaves half a
// report on stdout. Exit codes: 0 no finding at or above --fail-on (default high), 1 findings at
// or above it, 2 bad input (one line on stderr naming the file and the reason).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { evaluate } from '../core/evaluate';
import { DEFAULT_POLICY, parsePolicyText } from '../core/policy';
import { buildReport, renderMarkdown, renderSarif } from '../core/report';
import { scanRoot } from '../core/scan';
import { SEVERITY_ORDER, type Policy, type PolicySource, type Report } from '../core/types';
import { isWebUrl, parseScanArgs, USAGE, type FailOn, type ScanArgs } from './args';
import { decodeHtml, parseHtml } from './parse-html';

export interface ScanIo {
  out: (text: string) => void;
  err: (line: string) => void;
  readFile: (path: string) => Uint8Array;
  fetchPage: (url: string) => Promise<{ bytes: Uint8Array; contentType: string | null; finalUrl: string }>;
}

export const FETCH_TIMEOUT_MS = 15_000;

/** Thrown for bad input; caught once at the top and turned into one stderr line + exit 2. */
class InputError extends Error {}

export async function runScan(argv: readonly string[], io: ScanIo): Promise<number> {
  const parsed = parseScanArgs(argv);
  if (!parsed.ok) { io.err(`formwarden scan: ${parsed.error}\n${USAGE}`); return 2; }
  const args = parsed.args;
  if (args.help) { io.out(`${USAGE}\n`); return 0; }
  try {
    const { policy, source } = loadPolicy(args, io);
    if (args.purpose !== null && !Object.hasOwn(policy.purposes, args.purpose)) {
      const known = Object.keys(policy.purposes);
      throw new InputError(`--purpose "${args.purpose}" is not a purpose of policy ${policy.id} (known: ${known.length ? known.join(', ') : 'none'})`);
    }
    const reports: Report[] = [];
    for (const input of args.inputs) reports.push(await scanInput(input, args, policy, source, io));
    io.out(render(reports, args));
    return reports.some((r) => reachesFailOn(r, args.failOn)) ? 1 : 0;
  } catch (error) {
    if (error instanceof InputError) { io.err(`formwarden scan: ${error.message}`); return 2; }
    throw error;
  }
}

function loadPolicy(args: ScanArgs, io: ScanIo): { policy: Policy; source: PolicySource } {
  if (args.policyFile === null) return { policy: DEFAULT_POLICY, source: 'default' };
  let text: string;
  try {
    text = new TextDecoder('utf-8').decode(io.readFile(args.policyFile));
  } catch (error) {
    throw new InputError(`cannot read policy ${args.policyFile}: ${reason(error)}`);
  }
  const result = parsePolicyText(text, args.policyFile);
  if (!result.ok) {
    const first = result.errors[0];
    const more = result.errors.length > 1 ? ` (+${result.errors.length - 1} more; run npm run policy:check -- ${args.policyFile})` : '';
    throw new InputError(`invalid policy ${args.policyFile}: ${first?.path || '(root)'}: ${first?.message[args.locale] ?? 'invalid'}${more}`);
  }
  return { policy: result.policy, source: 'file' };
}

async function scanInput(input: string, args: ScanArgs, policy: Policy, policySource: PolicySource, io: ScanIo): Promise<Report> {
  let html: string;
  let pageUrl: string;
  if (isWebUrl(input)) {
    let page: Awaited<ReturnType<ScanIo['fetchPage']>>;
    try {
      page = await io.fetchPage(input);
    } catch (error) {
      throw new InputError(`cannot fetch ${input}: ${reason(error)}`);
    }
    html = decodeHtml(page.bytes, page.contentType);
    pageUrl = args.pageUrl ?? page.finalUrl;
  } else {
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(input);
    } catch (error) {
      throw new InputError(`cannot read ${input}: ${reason(error)}`);
    }
    html = decodeHtml(bytes);
    pageUrl = args.pageUrl ?? pathToFileURL(resolve(input)).href;
  }
  const { document } = parseHtml(html);
  const scan = scanRoot(document, { pageUrl });
  const evaluation = evaluate({ scan, policy, pageUrl, purposeOverride: args.purpose ?? undefined });
  return buildReport({ source: input, pageUrl, policy, policySource, scan, evaluation });
}

function render(reports: Report[], args: ScanArgs): string {
  if (args.format === 'md') return ensureNewline(renderMarkdown(reports, args.locale));
  if (args.format === 'sarif') return `${JSON.stringify(renderSarif(reports), null, 2)}\n`;
  return `${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`;
}

function reachesFailOn(report: Report, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  return report.findings.some((f) => SEVERITY_ORDER[f.severity] >= SEVERITY_ORDER[failOn]);
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

function reason(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    const code = error.code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'is a directory';
    if (code === 'EACCES') return 'permission denied';
    return code;
  }
  if (error instanceof Error) return error.name === 'TimeoutError' ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s` : error.message;
  return String(error);
}

/** Node's fetch, http(s) only, 15 s timeout, non-2xx is an error. */
export async function fetchPage(url: string): Promise<{ bytes: Uint8Array; contentType: string | null; finalUrl: string }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow', headers: { 'user-agent': 'formwarden-scan' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { bytes, contentType: response.headers.get('content-type'), finalUrl: response.url || url };
}

export const NODE_IO: ScanIo = {
  out: (text) => process.stdout.write(text),
  err: (line) => process.stderr.write(`${line}\n`),
  readFile: (path) => readFileSync(path),
  fetchPage,
};

const invokedDirectly = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (invokedDirectly) {
  runScan(process.argv.slice(2), NODE_IO).then(
    (code) => { process.exitCode = code; },
    (error: unknown) => { process.stderr.write(`formwarden scan: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`); process.exitCode = 2; },
  );
}
