// STUB — replaced by the consent-ledger module (owner: ledger). Background side of the Dexie ledger.
import type { HistoryEntry } from '../core/types';

export async function initLedger(): Promise<void> {}
/** Earlier decisions and submissions relevant to a form, for the evaluator's history input. */
export async function historyFor(_origin: string, _formFingerprint: string): Promise<HistoryEntry[]> {
  return [];
}
/** Messages whose type starts with "ledger/". */
export async function handleLedgerMessage(_message: { type: string; [k: string]: unknown }, _tabId?: number): Promise<unknown> {
  return undefined;
}
