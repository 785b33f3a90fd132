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
  if (!parsed.ok) {
    io.err(`formwarden scan: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  const args = parsed.args;
  if (args.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  try {
    const { policy, source } = loadPolicy(args, io);
    if (args.purpose !== null && !Object.hasOwn(policy.purposes, args.purpose)) {
      const known = Object.keys(policy.purposes);
      throw new InputError(
        `--purpose "${args.purpose}" is not a purpose of policy ${policy.id} (known: ${known.length ? known.join(', ') : 'none'})`,
      );
    }
    const reports: Report[] = [];
    for (const input of args.inputs) reports.push(await scanInput(input, args, policy, source, io));
    io.out(render(reports, args));
    return reports.some((r) => reachesFailOn(r, args.failOn)) ? 1 : 0;
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`formwarden scan: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

/**
 * `npm run scan` itself: whatever happens, one line on stderr and exit 2, never a stack trace
 * (issue 13). Anything a user can cause is an InputError with its own words; what is left is a
 * bug of ours, still one line, with the stack only when FORMWARDEN_DEBUG is set.
 */
export async function main(argv: readonly string[], io: ScanIo, debug = false): Promise<number> {
  try {
    return await runScan(argv, io);
  } catch (error) {
    io.err(
      `formwarden scan: internal error: ${firstLine(error instanceof Error ? error.message : String(error))} (please report it; FORMWARDEN_DEBUG=1 prints the stack)`,
    );
    if (debug && error instanceof Error && error.stack) io.err(error.stack);
    return 2;
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
    const more =
      result.errors.length > 1
        ? ` (+${result.errors.length - 1} more; run npm run policy:check -- ${args.policyFile})`
        : '';
    throw new InputError(
      `invalid policy ${args.policyFile}: ${first?.path || '(root)'}: ${first?.message[args.locale] ?? 'invalid'}${more}`,
    );
  }
  return { policy: result.policy, source: 'file' };
}

async function scanInput(
  input: string,
  args: ScanArgs,
  policy: Policy,
  policySource: PolicySource,
  io: ScanIo,
): Promise<Report> {
  let html: string;
  let pageUrl: string;
  if (isWebUrl(input)) {
    let page: Awaited<ReturnType<ScanIo['fetchPage']>>;
    try {
      page = await io.fetchPage(input);
    } catch (error) {
      throw new InputError(`cannot fetch ${input}: ${reason(error)}`);
    }
    const notHtml = notHtmlReason(page.bytes, page.contentType);
    if (notHtml) throw new InputError(`${input} is not an HTML page: ${notHtml}`);
    html = decodeHtml(page.bytes, page.contentType);
    pageUrl = args.pageUrl ?? page.finalUrl;
  } else {
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(input);
    } catch (error) {
      throw new InputError(`cannot read ${input}: ${reason(error)}`);
    }
    const notHtml = notHtmlReason(bytes, null);
    if (notHtml) throw new InputError(`${input} is not an HTML page: ${notHtml}`);
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

const ERROR_CODES: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be looked up (network down?)',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'the connection was reset',
  ETIMEDOUT: 'the connection timed out',
  CERT_HAS_EXPIRED: "the site's certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the site's certificate is self-signed",
  SELF_SIGNED_CERT_IN_CHAIN: "the site's certificate chain is self-signed",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the site's certificate cannot be verified",
  ERR_TLS_CERT_ALTNAME_INVALID: "the site's certificate is for another host",
};

function codeOf(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

function reason(error: unknown): string {
  const code = codeOf(error);
  if (code) return ERROR_CODES[code] ?? code;
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return `no answer within ${FETCH_TIMEOUT_MS / 1000} s`;
    // Node's fetch says only "fetch failed"; the reason (DNS, refused, TLS) is its cause.
    const causeCode = codeOf(error.cause);
    if (causeCode) return ERROR_CODES[causeCode] ?? causeCode;
    if (error.cause instanceof Error) return oneLine(error.cause.message);
    return oneLine(error.message);
  }
  return oneLine(String(error));
}

/** Messages may embed a trace of their own; the first line says what happened. */
function firstLine(text: string): string {
  return oneLine(text.split('\n')[0] ?? '');
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

/** Content types a form page can come as; anything else declared by a server is not scanned. */
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain|application\/octet-stream)$/i;
const MAGIC: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (Word, Excel or similar?)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Office document' },
];

/**
 * Why these bytes are not a page to scan, or null. A PDF or a Word file given by mistake would
 * otherwise give an empty report and exit 0: "no finding" for a form nobody looked at. Binary
 * means a NUL byte near the start, as git and file(1) decide; UTF-16 pages (BOM) are text.
 */
export function notHtmlReason(bytes: Uint8Array, contentType: string | null): string | null {
  const mime = contentType?.split(';')[0]?.trim() ?? '';
  if (mime !== '' && !HTML_TYPES.test(mime)) return `the server says it is ${mime}`;
  const magic = MAGIC.find((m) => m.bytes.every((b, i) => bytes[i] === b));
  if (magic) return `it is ${magic.what}; save the form's page as HTML`;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.subarray(0, 8192).includes(0)) return "it is binary, not text; save the form's page as HTML";
  return null;
}

/** Node's fetch, http(s) only, 15 s timeout, non-2xx is an error. */
export async function fetchPage(
  url: string,
): Promise<{ bytes: Uint8Array; contentType: string | null; finalUrl: string }> {
  const response = await fetch(url, {
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    redirect: 'follow',
    headers: { 'user-agent': 'formwarden-scan' },
  });
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
  void main(process.argv.slice(2), NODE_IO, Boolean(process.env.FORMWARDEN_DEBUG)).then((code) => {
    process.exitCode = code;
  });
}
