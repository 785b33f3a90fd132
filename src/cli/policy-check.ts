// npm run policy:check -- policy.json [more.json …] [--locale zh-CN|zh-TW|en] [--print-preset cn-pipl|eu-gdpr]
//
// Validates policy files exactly as the extension will before an admin pushes them:
//   OK <id> <version>                       (exit 0; warnings follow as "file: path: reason (warning)")
//   file: path: reason                      (exit 2, one line per error)
// --print-preset writes a shipped preset as a starting point for your own policy.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parsePolicyText, PRESETS, type ValidationIssue } from '../core/policy';
import type { Locale } from '../core/types';

export interface CheckIo { out: (line: string) => void; err: (line: string) => void; readFile: (path: string) => string }

const LOCALES: readonly Locale[] = ['en', 'zh-CN', 'zh-TW'];
const WARNING_WORD: Record<Locale, string> = { en: 'warning', 'zh-CN': '警告', 'zh-TW': '警告' };
const USAGE = 'usage: npm run policy:check -- <policy.json> [more.json …] [--locale en|zh-CN|zh-TW] [--print-preset cn-pipl|eu-gdpr]';

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
      if (!value || !LOCALES.includes(value as Locale)) { io.err(`--locale must be one of ${LOCALES.join(', ')}`); return 2; }
      locale = value as Locale;
    } else if (arg.startsWith('--locale=')) {
      const value = arg.slice('--locale='.length);
      if (!LOCALES.includes(value as Locale)) { io.err(`--locale must be one of ${LOCALES.join(', ')}`); return 2; }
      locale = value as Locale;
    } else if (arg === '--print-preset') {
      const id = argv[++i] as keyof typeof PRESETS | undefined;
      if (!id || !Object.hasOwn(PRESETS, id)) { io.err(`--print-preset must be one of ${Object.keys(PRESETS).join(', ')}`); return 2; }
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
  if (files.length === 0) { io.err(USAGE); return 2; }

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
    const result = parsePolicyText(text, file);
    if (result.ok) {
      io.out(`OK ${result.policy.id} ${result.policy.version}${files.length > 1 ? ` (${file})` : ''}`);
    } else {
      for (const e of result.errors) io.err(line(file, e, locale, false));
      exit = 2;
    }
    for (const w of result.warnings) io.err(line(file, w, locale, true));
  }
  return exit;
}

const invokedDirectly = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (invokedDirectly) {
  process.exitCode = runPolicyCheck(process.argv.slice(2), {
    out: (l) => process.stdout.write(`${l}\n`),
    err: (l) => process.stderr.write(`${l}\n`),
    readFile: (p) => readFileSync(p, 'utf8'),
  });
}
