// A form's identity across visits and re-renders: the same questionnaire rendered again by an SPA
// (new ids, reordered DOM, a different step shown first) must get the same fingerprint, so the
// consent ledger can recognise "asked again after refusal". Selectors and ids are therefore left
// out on purpose; only where the form lives (origin + path) and what it asks (the sorted set of
// categories and normalised labels of personal fields) go in. Query strings and hashes are left
// out too: they often carry session tokens that change on every visit.
import type { ReportField } from './types';

/** 64-bit FNV-1a as 16 hex chars: synchronous and dependency-free (runs in content and worker). */
export function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}

function normaliseLabel(label: string): string {
  // Numbering ("3.", "Q3", "（3）") and required marks change between renders; the wording does not.
  return label
    .toLowerCase()
    .replace(/^\s*(q\d+[.、:：)）]?|\d+[.、:：)）]|[（(]\d+[)）])\s*/u, '')
    .replace(/[*＊]|必填|required/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

function originAndPath(pageUrl: string): string {
  try {
    const url = new URL(pageUrl);
    return `${url.origin}${url.pathname.replace(/\/+$/u, '') || '/'}`;
  } catch {
    return pageUrl;
  }
}

export function formFingerprint(pageUrl: string, fields: Pick<ReportField, 'category' | 'label'>[]): string {
  const personal = fields.filter((f) => f.category !== null);
  const considered = personal.length > 0 ? personal : fields;
  const parts = [...new Set(considered.map((f) => `${f.category ?? '-'}|${normaliseLabel(f.label)}`))].sort();
  return `fp1:${fnv1a64(`${originAndPath(pageUrl)}\n${parts.join('\n')}`)}`;
}
