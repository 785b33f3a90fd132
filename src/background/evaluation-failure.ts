// A failure is never silent (issue 13). When a tab cannot be evaluated — its scan cannot be
// completed or stored, the policy or the ledger breaks, a bug of ours — the employee sees "!" on
// the badge and the reason in the popup, and the options page shows the last failure (kept in
// storage.local with its time and page, so it survives the service worker and the session).
import browser from 'webextension-polyfill';
import { showFailureBadge } from './badge';

/** storage.local key of the last failure; read by the options page. */
export const LAST_FAILURE_KEY = 'lastEvaluationFailure';

export interface EvaluationFailure {
  /** ms since epoch. */
  at: number;
  /** Origin and path of the page: a query or fragment may carry tokens, and the origin says enough. */
  page: string;
  /** Why, in the words of whatever failed (one line). */
  reason: string;
}

/** Failures of open tabs, for the popup of a tab whose state could not even be stored. */
const byTab = new Map<number, EvaluationFailure>();
const MAX_TABS = 200;

export function pageOf(url: string): string {
  try {
    const u = new URL(url);
    return u.origin === 'null' ? `${u.protocol}${u.pathname}` : `${u.origin}${u.pathname}`;
  } catch {
    return '';
  }
}

export function reasonOf(error: unknown): string {
  const text =
    error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  const line = (text.split('\n')[0] ?? '').replace(/\s+/g, ' ').trim() || 'unknown error';
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

/** Records the failure, shows it on the tab's badge and stores it as the last one. Never throws. */
export async function noteEvaluationFailure(
  tabId: number | undefined,
  pageUrl: string,
  error: unknown,
): Promise<EvaluationFailure> {
  const failure: EvaluationFailure = { at: Date.now(), page: pageOf(pageUrl), reason: reasonOf(error) };
  console.warn('[formwarden] could not check', failure.page, error);
  if (tabId !== undefined && tabId >= 0) {
    byTab.delete(tabId);
    byTab.set(tabId, failure);
    if (byTab.size > MAX_TABS) byTab.delete(byTab.keys().next().value!);
    await showFailureBadge(tabId);
  }
  try {
    await browser.storage.local.set({ [LAST_FAILURE_KEY]: failure });
  } catch (storageError) {
    // Storage itself may be what failed; the badge and the popup still tell.
    console.warn('[formwarden] could not store the failure', storageError);
  }
  return failure;
}

/** The tab was evaluated: its failure, if any, is over (the badge is redrawn by the evaluation). */
export function clearEvaluationFailure(tabId: number): void {
  byTab.delete(tabId);
}

export function failureOf(tabId: number): EvaluationFailure | undefined {
  return byTab.get(tabId);
}
