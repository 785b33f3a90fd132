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
  return { kind: 'submitted', origin: s.origin, formFingerprint: s.formFingerprint, purposeId: '', categories: [...s.categories], at: s.at };
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
    rows.push({ own: d.origin === scope.origin && d.formFingerprint === scope.formFingerprint, entry: decisionToEntry(d) });
  }
  for (const s of submissions) {
    if (s.at < scope.since || seen.has(s.id) || s.origin !== scope.origin) continue;
    seen.add(s.id);
    rows.push({ own: s.formFingerprint === scope.formFingerprint, entry: submissionToEntry(s) });
  }
  // This form's own records are never cut by the limit; others are, oldest first.
  const own = rows.filter((r) => r.own).map((r) => r.entry);
  const others = rows.filter((r) => !r.own).map((r) => r.entry).sort((a, b) => b.at - a.at).slice(0, Math.max(0, scope.limit - own.length));
  return [...own, ...others].sort((a, b) => b.at - a.at);
}
