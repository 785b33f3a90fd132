// npm run policy:check -- policy.json [more.json …] [--locale zh-CN|zh-TW|en] [--print-preset cn-pipl|eu-gdpr]
//
// Validates policy files exactly as the extension will before an admin pushes them:
//   OK <id> <version>                       (exit 0; warnings follow as "file: path: reason (warning)")
//   file: path: reason                      (exit 2, one line per error)
// A browser policy file (Chrome "3rdparty" JSON, Firefox policies.json) is checked too: every
// FormWarden policy inside it is validated, named by where it sits.
// --print-preset writes a shipped preset as a starting point for your own policy.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parsePolicyText, PRESETS, validatePolicy, type PolicyValidation, type ValidationIssue } from '../core/policy';
import { findEmbeddedPolicies } from '../core/policy/managed-file';
import type { Locale } from '../core/types';

export interface CheckIo {
  out: (line: string) => void;
  err: (line: string) => void;
  readFile: (path: string) => string;
}

const LOCALES: readonly Locale[] = ['en', 'zh-CN', 'zh-TW'];
const WARNING_WORD: Record<Locale, string> = { en: 'warning', 'zh-CN': '警告', 'zh-TW': '警告' };
const USAGE =
  'usage: npm run policy:check -- <policy.json> [more.json …] [--locale en|zh-CN|zh-TW] [--print-preset cn-pipl|eu-gdpr]';

function line(file: string, issue: ValidationIssue, locale: Locale, warning: boolean): string {
  const text = `${file}: ${issue.path || '(root)'}: ${issue.message[locale]}`;
  return warning ? `${text} (${WARNING_WORD[locale]})` : text;
}

export function runPolicyCheck(argv: readonly string[], io: CheckIo): number {
  let locale: Locale = 'en';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--locale') {
      const value = argv[++i];
      if (!value || !LOCALES.includes(value as Locale)) {
        io.err(`--locale must be one of ${LOCALES.join(', ')}`);
        return 2;
      }
      locale = value as Locale;
    } else if (arg.startsWith('--locale=')) {
      const value = arg.slice('--locale='.length);
      if (!LOCALES.includes(value as Locale)) {
        io.err(`--locale must be one of ${LOCALES.join(', ')}`);
        return 2;
      }
      locale = value as Locale;
    } else if (arg === '--print-preset') {
      const id = argv[++i] as keyof typeof PRESETS | undefined;
      if (!id || !Object.hasOwn(PRESETS, id)) {
        io.err(`--print-preset must be one of ${Object.keys(PRESETS).join(', ')}`);
        return 2;
      }
      io.out(JSON.stringify(PRESETS[id], null, 2));
      return 0;
    } else if (arg === '--help' || arg === '-h') {
      io.out(USAGE);
      return 0;
    } else if (arg.startsWith('--')) {
      io.err(`unknown option ${arg}\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    io.err(USAGE);
    return 2;
  }

  let exit = 0;
  for (const file of files) {
    let text: string;
    try {
      text = io.readFile(file);
    } catch (error) {
      io.err(`${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}: cannot read the file`);
      exit = 2;
      continue;
    }
    for (const { label, result } of policiesIn(text, file)) {
      if (result.ok) {
        io.out(
          `OK ${result.policy.id} ${result.policy.version}${label !== file || files.length > 1 ? ` (${label})` : ''}`,
        );
      } else {
        for (const e of result.errors) io.err(line(label, e, locale, false));
        exit = 2;
      }
      for (const w of result.warnings) io.err(line(label, w, locale, true));
    }
  }
  return exit;
}

/** The file as one policy, or each FormWarden policy inside a browser policy file. */
function policiesIn(text: string, file: string): { label: string; result: PolicyValidation }[] {
  const asPolicy = parsePolicyText(text, file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return [{ label: file, result: asPolicy }];
  }
  const embedded = findEmbeddedPolicies(parsed);
  if (embedded === null) return [{ label: file, result: asPolicy }];
  if (embedded.length === 0) {
    const none: ValidationIssue = {
      path: '',
      severity: 'error',
      message: {
        en: 'a browser policy file with no FormWarden "policy" or "policyJson" entry',
        'zh-CN': '浏览器策略文件中没有 FormWarden 的 "policy" 或 "policyJson" 项',
        'zh-TW': '瀏覽器原則檔中沒有 FormWarden 的 "policy" 或 "policyJson" 項目',
      },
    };
    return [{ label: file, result: { ok: false, errors: [none], warnings: [] } }];
  }
  return embedded.map((e) => {
    const label = `${file}#${e.where}`;
    return { label, result: e.isJsonText ? parsePolicyText(e.value as string, label) : validatePolicy(e.value) };
  });
}

/**
 * `npm run policy:check` itself: a bug of ours is still one line and exit 2, never a stack trace
 * (issue 13); FORMWARDEN_DEBUG=1 adds the stack.
 */
export function main(argv: readonly string[], io: CheckIo, debug = false): number {
  try {
    return runPolicyCheck(argv, io);
  } catch (error) {
    const message = ((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '')
      .trim()
      .slice(0, 300);
    io.err(
      `formwarden policy:check: internal error: ${message} (please report it; FORMWARDEN_DEBUG=1 prints the stack)`,
    );
    if (debug && error instanceof Error && error.stack) io.err(error.stack);
    return 2;
  }
}

const invokedDirectly = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (invokedDirectly) {
  process.exitCode = main(
    process.argv.slice(2),
    {
      out: (l) => process.stdout.write(`${l}\n`),
      err: (l) => process.stderr.write(`${l}\n`),
      readFile: (p) => readFileSync(p, 'utf8'),
    },
    Boolean(process.env.FORMWARDEN_DEBUG),
  );
}
