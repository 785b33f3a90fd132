// Ledger records → the evaluator's HistoryEntry[] (src/core/types.ts).
import type { HistoryEntry } from '../core/types';
import type { DecisionRecord, SubmissionRecord } from './records';

/** A year covers every repeatWithinDays a policy plausibly sets and most retention periods. */
export const HISTORY_WINDOW_DAYS = 365;
/** Bounded so a busy ledger cannot slow down evaluation of a page. */
export const HISTORY_LIMIT = 500;

export function decisionToEntry(d: DecisionRecord): HistoryEntry {
  return {
    kind: d.state,
    origin: d.origin,
    formFingerprint: d.formFingerprint,
    purposeId: d.purposeId,
    purposeLabel: d.purposeLabel,
    categories: [...d.categories],
    at: d.at,
  };
}

export function submissionToEntry(s: SubmissionRecord): HistoryEntry {
  // A submission is not tied to a purpose in the ledger; the evaluator matches it by form and categories.
  return {
    kind: 'submitted',
    origin: s.origin,
    formFingerprint: s.formFingerprint,
    purposeId: '',
    categories: [...s.categories],
    at: s.at,
  };
}

/** Per-category answers given in one sitting count as one consent act for the evaluator. */
export const SITTING_MS = 10 * 60_000;

/**
 * Separate consent records one decision per sensitive category, but the evaluator reasons about
 * "the latest grant for a purpose": answers of the same kind, on the same form and purpose, given
 * within one sitting, are merged (union of categories, time of the last answer).
 */
export function mergeSittings(entries: HistoryEntry[]): HistoryEntry[] {
  const sorted = [...entries].sort((a, b) => a.at - b.at);
  const open = new Map<string, HistoryEntry>();
  const out: HistoryEntry[] = [];
  for (const e of sorted) {
    if (e.kind === 'submitted') {
      out.push(e);
      continue;
    }
    const key = `${e.kind}\u0000${e.origin}\u0000${e.formFingerprint}\u0000${e.purposeId}`;
    const current = open.get(key);
    if (current && e.at - current.at <= SITTING_MS) {
      current.categories = [...new Set([...current.categories, ...e.categories])];
      current.at = e.at;
      continue;
    }
    const copy = { ...e, categories: [...e.categories] };
    open.set(key, copy);
    out.push(copy);
  }
  return out;
}

export function toHistoryEntries(
  decisions: DecisionRecord[],
  submissions: SubmissionRecord[],
  scope: { origin: string; formFingerprint: string; since: number; limit: number },
): HistoryEntry[] {
  const seen = new Set<string>();
  const rows: { own: boolean; entry: HistoryEntry }[] = [];
  for (const d of decisions) {
    if (d.at < scope.since || seen.has(d.id)) continue;
    seen.add(d.id);
    rows.push({
      own: d.origin === scope.origin && d.formFingerprint === scope.formFingerprint,
      entry: decisionToEntry(d),
    });
  }
  for (const s of submissions) {
    if (s.at < scope.since || seen.has(s.id) || s.origin !== scope.origin) continue;
    seen.add(s.id);
    rows.push({ own: s.formFingerprint === scope.formFingerprint, entry: submissionToEntry(s) });
  }
  // This form's own records are never cut by the limit; others are, oldest first.
  const own = rows.filter((r) => r.own).map((r) => r.entry);
  const others = rows
    .filter((r) => !r.own)
    .map((r) => r.entry)
    .sort((a, b) => b.at - a.at)
    .slice(0, Math.max(0, scope.limit - own.length));
  return mergeSittings([...own, ...others]).sort((a, b) => b.at - a.at);
}
