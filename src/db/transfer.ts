// Export (JSON, CSV) and import (JSON, merge without duplicates) of the whole ledger.
import { receiptProblems } from '../core/receipt';
import { cleanCategories } from './decisions';
import { DECISION_STATES, type DecisionRecord, type SubmissionRecord } from './records';
import { addToStoredIndex } from './list-index';
import { LEDGER_SCHEMA_VERSION, upgradeDecisionToV2, type LedgerDb } from './schema';

export const EXPORT_FORMAT = 'formwarden-consent-ledger';

export interface LedgerExport {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  decisions: DecisionRecord[];
  submissions: SubmissionRecord[];
}

export async function exportLedger(db: LedgerDb, now: number = Date.now()): Promise<LedgerExport> {
  const [decisions, submissions] = await db.transaction('r', db.decisions, db.submissions, () =>
    Promise.all([db.decisions.toArray(), db.submissions.toArray()]),
  );
  return {
    format: EXPORT_FORMAT,
    schemaVersion: LEDGER_SCHEMA_VERSION,
    exportedAt: new Date(now).toISOString(),
    decisions,
    submissions,
  };
}

// ───────────── CSV ─────────────
// Written by hand rather than with papaparse: the ledger's columns are fixed and few, only RFC 4180
// quoting is needed (quotes, commas, newlines), and a 40 kB dependency for a dozen lines is not worth
// it. Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) are prefixed with an
// apostrophe: purpose labels and contacts come from web pages, and an export must be safe to open.

const CSV_COLUMNS = [
  'id',
  'state',
  'at',
  'origin',
  'formFingerprint',
  'purposeId',
  'purposeLabel',
  'categories',
  'policyId',
  'policyVersion',
  'legalBasis',
  'expiresAt',
  'revokedAt',
  'revokes',
  'receiptId',
  'noticeContact',
  'collectionMethod',
] as const;

function iso(ms: number | null): string {
  return ms === null ? '' : new Date(ms).toISOString();
}

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function decisionsToCsv(decisions: DecisionRecord[], submissions: SubmissionRecord[] = []): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const d of decisions) {
    const row: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: d.id,
      state: d.state,
      at: iso(d.at),
      origin: d.origin,
      formFingerprint: d.formFingerprint,
      purposeId: d.purposeId,
      purposeLabel: d.purposeLabel,
      categories: d.categories.join(';'),
      policyId: d.policyId,
      policyVersion: d.policyVersion,
      legalBasis: d.legalBasis ?? '',
      expiresAt: iso(d.expiresAt),
      revokedAt: iso(d.revokedAt),
      revokes: d.revokes ?? '',
      receiptId: d.receiptId ?? '',
      noticeContact: d.noticeContact ?? '',
      collectionMethod: d.collectionMethod,
    };
    lines.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
  }
  for (const s of submissions) {
    const row: Partial<Record<(typeof CSV_COLUMNS)[number], string>> = {
      id: s.id,
      state: 'submitted',
      at: iso(s.at),
      origin: s.origin,
      formFingerprint: s.formFingerprint,
      categories: s.categories.join(';'),
    };
    lines.push(CSV_COLUMNS.map((c) => csvCell(row[c] ?? '')).join(','));
  }
  // CRLF per RFC 4180; a BOM so Excel reads the Chinese labels as UTF-8.
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

// ───────────── import ─────────────

export interface ImportResult {
  added: number;
  skipped: number;
  invalid: { index: number; reason: string }[];
}

function str(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0;
}

/** Checks and normalises one decision from an untrusted file; returns a reason when unusable. */
export function normaliseImportedDecision(raw: unknown): DecisionRecord | string {
  if (typeof raw !== 'object' || raw === null) return 'not an object';
  const r = { ...(raw as Record<string, unknown>) };
  if (!str(r.id)) return 'id missing';
  if (!DECISION_STATES.includes(r.state as DecisionRecord['state'])) return `state "${String(r.state)}" unknown`;
  for (const k of ['origin', 'formFingerprint', 'purposeId'] as const) if (!str(r[k])) return `${k} missing`;
  if (typeof r.at !== 'number' || !Number.isFinite(r.at)) return 'at missing';
  if (r.receipt != null) {
    const problems = receiptProblems(r.receipt);
    if (problems.length) return `receipt: ${problems.join('; ')}`;
  }
  // Files exported by schema v1 carry retentionDays instead of expiresAt.
  if (!('expiresAt' in r)) upgradeDecisionToV2(r as unknown as Parameters<typeof upgradeDecisionToV2>[0]);
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    id: r.id,
    state: r.state as DecisionRecord['state'],
    origin: r.origin as string,
    formFingerprint: r.formFingerprint as string,
    purposeId: r.purposeId as string,
    purposeLabel: text(r.purposeLabel) ?? (r.purposeId as string),
    categories: cleanCategories(Array.isArray(r.categories) ? r.categories : []),
    noticeHash: text(r.noticeHash),
    noticeElements: typeof r.noticeElements === 'object' && r.noticeElements !== null ? r.noticeElements : {},
    noticeLinks: Array.isArray(r.noticeLinks) ? r.noticeLinks.filter(str) : [],
    noticeContact: text(r.noticeContact),
    controller: text(r.controller),
    policyId: text(r.policyId) ?? '',
    policyVersion: text(r.policyVersion) ?? '',
    legalBasis: (text(r.legalBasis) as DecisionRecord['legalBasis']) ?? null,
    collectionMethod: (['popup', 'submit-guard', 'options'].includes(r.collectionMethod as string)
      ? r.collectionMethod
      : 'popup') as DecisionRecord['collectionMethod'],
    at: r.at,
    expiresAt: num(r.expiresAt),
    receiptId: text(r.receiptId),
    receipt: (r.receipt as DecisionRecord['receipt']) ?? null,
    revokes: text(r.revokes),
    revokedAt: num(r.revokedAt),
  };
}

function normaliseImportedSubmission(raw: unknown): SubmissionRecord | string {
  if (typeof raw !== 'object' || raw === null) return 'not an object';
  const r = raw as Record<string, unknown>;
  if (!str(r.id) || !str(r.origin) || !str(r.formFingerprint) || typeof r.at !== 'number')
    return 'submission incomplete';
  // Rebuilt field by field: whatever else the file carries (a value?) is not imported.
  return {
    id: r.id,
    at: r.at,
    origin: r.origin,
    formFingerprint: r.formFingerprint,
    categories: cleanCategories(Array.isArray(r.categories) ? r.categories : []),
  };
}

/** Merges an export into the ledger: a decision already present (same id or same receipt id) is skipped. */
export async function importLedger(db: LedgerDb, data: unknown): Promise<ImportResult> {
  const result: ImportResult = { added: 0, skipped: 0, invalid: [] };
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    result.invalid.push({ index: -1, reason: `not a ${EXPORT_FORMAT} export` });
    return result;
  }
  const file = data as { decisions?: unknown; submissions?: unknown };
  const decisions: DecisionRecord[] = [];
  (Array.isArray(file.decisions) ? file.decisions : []).forEach((raw, index) => {
    const d = normaliseImportedDecision(raw);
    if (typeof d === 'string') result.invalid.push({ index, reason: d });
    else decisions.push(d);
  });
  const submissions: SubmissionRecord[] = [];
  (Array.isArray(file.submissions) ? file.submissions : []).forEach((raw, index) => {
    const s = normaliseImportedSubmission(raw);
    if (typeof s === 'string') result.invalid.push({ index, reason: s });
    else submissions.push(s);
  });

  await db.transaction('rw', db.decisions, db.submissions, db.meta, async () => {
    const existingIds = new Set(
      (await db.decisions.bulkGet(decisions.map((d) => d.id))).flatMap((d) => (d ? [d.id] : [])),
    );
    const receiptIds = decisions.flatMap((d) => (d.receiptId ? [d.receiptId] : []));
    const existingReceipts = new Set(
      receiptIds.length
        ? ((await db.decisions.where('receiptId').anyOf(receiptIds).toArray()).map((d) => d.receiptId) as string[])
        : [],
    );
    const fresh: DecisionRecord[] = [];
    for (const d of decisions) {
      if (existingIds.has(d.id) || (d.receiptId && existingReceipts.has(d.receiptId))) {
        result.skipped++;
        continue;
      }
      existingIds.add(d.id);
      if (d.receiptId) existingReceipts.add(d.receiptId);
      fresh.push(d);
    }
    await db.decisions.bulkAdd(fresh);
    await addToStoredIndex(db, fresh);
    // A revocation imported for a grant we hold marks that grant.
    for (const r of fresh) {
      if (r.state === 'revoked' && r.revokes) {
        await db.decisions
          .where('id')
          .equals(r.revokes)
          .modify((g) => {
            g.revokedAt ??= r.at;
          });
      }
    }
    const existingSubs = new Set(
      (await db.submissions.bulkGet(submissions.map((s) => s.id))).flatMap((s) => (s ? [s.id] : [])),
    );
    const freshSubs = submissions.filter((s) => {
      if (existingSubs.has(s.id)) return false;
      existingSubs.add(s.id);
      return true;
    });
    result.skipped += submissions.length - freshSubs.length;
    await db.submissions.bulkAdd(freshSubs);
    result.added = fresh.length + freshSubs.length;
  });
  return result;
}
