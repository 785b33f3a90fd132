// Command line of `npm run scan`, parsed into options or a one-line error (exit 2).
import type { Locale, Severity } from '../core/types';

export type OutputFormat = 'json' | 'md' | 'sarif';
export type FailOn = Severity | 'none';

export interface ScanArgs {
  inputs: string[];
  policyFile: string | null;
  purpose: string | null;
  pageUrl: string | null;
  format: OutputFormat;
  failOn: FailOn;
  locale: Locale;
  help: boolean;
}

export const USAGE =
  'usage: npm run scan -- <file.html|URL>... [--policy p.json] [--purpose id] [--url pageUrl] [--format json|md|sarif] [--fail-on high|medium|low|none] [--locale en|zh-CN|zh-TW]';

const FORMATS: readonly OutputFormat[] = ['json', 'md', 'sarif'];
const FAIL_ON: readonly FailOn[] = ['high', 'medium', 'low', 'none'];
const LOCALES: readonly Locale[] = ['en', 'zh-CN', 'zh-TW'];

export type ParsedArgs = { ok: true; args: ScanArgs } | { ok: false; error: string };

export function parseScanArgs(argv: readonly string[]): ParsedArgs {
  const args: ScanArgs = {
    inputs: [],
    policyFile: null,
    purpose: null,
    pageUrl: null,
    format: 'json',
    failOn: 'high',
    locale: 'en',
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      args.help = true;
      continue;
    }
    if (arg === '--') continue;
    if (!arg.startsWith('--') || arg === '-') {
      args.inputs.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') return { ok: false, error: `${flag} needs a value` };
    switch (flag) {
      case '--policy':
        args.policyFile = value;
        break;
      case '--purpose':
        args.purpose = value;
        break;
      case '--url':
        if (!isAbsoluteUrl(value)) return { ok: false, error: `--url must be an absolute URL, got "${value}"` };
        args.pageUrl = value;
        break;
      case '--format':
        if (!FORMATS.includes(value as OutputFormat))
          return { ok: false, error: `--format must be one of ${FORMATS.join(', ')}, got "${value}"` };
        args.format = value as OutputFormat;
        break;
      case '--fail-on':
        if (!FAIL_ON.includes(value as FailOn))
          return { ok: false, error: `--fail-on must be one of ${FAIL_ON.join(', ')}, got "${value}"` };
        args.failOn = value as FailOn;
        break;
      case '--locale':
        if (!LOCALES.includes(value as Locale))
          return { ok: false, error: `--locale must be one of ${LOCALES.join(', ')}, got "${value}"` };
        args.locale = value as Locale;
        break;
      default:
        return { ok: false, error: `unknown option ${flag}` };
    }
  }
  if (!args.help && args.inputs.length === 0)
    return { ok: false, error: 'no input: give at least one HTML file or URL' };
  return { ok: true, args };
}

function isAbsoluteUrl(value: string): boolean {
  try {
    return Boolean(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** http(s) inputs are fetched; everything else is a file path. */
export function isWebUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}
