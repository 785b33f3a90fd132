// Policy files (CLI --policy, policy:check, the options page's file picker): JSON text → validation,
// with syntax errors located by line and column and duplicate keys found (JSON.parse silently
// keeps the last one, which would hide a whole purpose).
import { message, excerpt } from './messages';
import { formatPath, type PathSegment } from './paths';
import { validatePolicy, type PolicyValidation, type ValidationIssue } from './validate';

/** A policy file is a few kB; 1 MB is already absurd and still quick to refuse. */
export const MAX_POLICY_TEXT = 1_000_000;

export type ParsedPolicyFile = PolicyValidation & { file: string };

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

function syntaxIssue(text: string, error: unknown): ValidationIssue {
  const raw = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(raw);
  const offset = at ? Number(at[1]) : text.length;
  const { line, column } = lineAndColumn(text, offset);
  const reason = excerpt(raw.replace(/\s*in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, ''), 120);
  return { path: '', severity: 'error', code: 'jsonSyntax', message: message('jsonSyntax', { line, column, reason }) };
}

interface Frame {
  kind: 'object' | 'array';
  path: PathSegment[];
  keys: Map<string, number>;
  expectKey: boolean;
  key: string;
  index: number;
}
const MAX_TRACKED_DEPTH = 64;

/** Duplicate keys in (already valid) JSON text, with the path and line of the repeat. */
export function duplicateKeys(text: string): { path: PathSegment[]; key: string; line: number }[] {
  const out: { path: PathSegment[]; key: string; line: number }[] = [];
  const stack: Frame[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      if (top?.kind === 'object' && top.expectKey) {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, j + 1)) as string;
        } catch {
          key = text.slice(i + 1, j);
        }
        if (top.keys.has(key) && out.length < 100) out.push({ path: [...top.path, key], key, line });
        top.keys.set(key, line);
        top.key = key;
        top.expectKey = false;
      }
      i = j;
      continue;
    }
    if (c === '{' || c === '[') {
      const parent = stack.at(-1);
      const path: PathSegment[] = !parent
        ? []
        : stack.length > MAX_TRACKED_DEPTH
          ? parent.path
          : [...parent.path, parent.kind === 'object' ? parent.key : parent.index];
      stack.push({
        kind: c === '{' ? 'object' : 'array',
        path,
        keys: new Map(),
        expectKey: c === '{',
        key: '',
        index: 0,
      });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack.at(-1);
      if (top?.kind === 'object') top.expectKey = true;
      else if (top) top.index++;
    }
  }
  return out;
}

export function parsePolicyText(text: string, file: string): ParsedPolicyFile {
  if (typeof text !== 'string') {
    return {
      ok: false,
      file,
      errors: [
        {
          path: '',
          severity: 'error',
          code: 'notJsonValue',
          message: message('notJsonValue', { what: 'the file content' }),
        },
      ],
      warnings: [],
    };
  }
  if (text.length > MAX_POLICY_TEXT) {
    return {
      ok: false,
      file,
      errors: [
        {
          path: '',
          severity: 'error',
          code: 'textTooLarge',
          message: message('textTooLarge', { size: text.length, limit: MAX_POLICY_TEXT }),
        },
      ],
      warnings: [],
    };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    return { ok: false, file, errors: [syntaxIssue(body, error)], warnings: [] };
  }
  const duplicates: ValidationIssue[] = duplicateKeys(body).map((d) => {
    // A repeated purpose id silently replaces a whole purpose: that is an error, not a nit.
    const isPurpose = d.path.length === 2 && d.path[0] === 'purposes';
    return {
      path: formatPath(d.path),
      severity: isPurpose ? 'error' : 'warning',
      code: 'duplicateKey',
      message: message('duplicateKey', { key: excerpt(d.key), line: d.line }),
    };
  });
  const result = validatePolicy(parsed);
  const dupErrors = duplicates.filter((d) => d.severity === 'error');
  const dupWarnings = duplicates.filter((d) => d.severity === 'warning');
  if (!result.ok)
    return {
      ...result,
      file,
      errors: [...dupErrors, ...result.errors],
      warnings: [...dupWarnings, ...result.warnings],
    };
  if (dupErrors.length > 0)
    return { ok: false, file, errors: dupErrors, warnings: [...dupWarnings, ...result.warnings] };
  return { ...result, file, warnings: [...dupWarnings, ...result.warnings] };
}
