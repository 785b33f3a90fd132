// A tab's evaluation in two halves kept apart: the read (read-tab.ts: frames → report, no side
// effect) and showing it (show-tab.ts: store the report, badge, marks). `evaluateTab` reads and shows:
// index.ts schedules it when something the report depends on changed (a frame's scan or live facts,
// the policy, the ledger, the employee's switches). `reportTab` answers the popup's and the HR
// preview's polls: it reads afresh and shows only what differs from what the tab last showed, so a
// poll does not send every frame its marks again. Either way a failure is shown, never only logged.
import type { TabReportReply } from '../messaging/contract';
import { originOf } from '../core/evaluate/domains';
import { clearEvaluationFailure, failureOf, noteEvaluationFailure } from './evaluation-failure';
import { readTab, type TabReading } from './read-tab';
import { forgetShown, showIfChanged, showTab } from './show-tab';
import { getTab, type TabState } from './tab-state';

/** The tab could not be evaluated; the failure is already on its badge and stored (evaluation-failure.ts). */
interface TabEvaluationFailed {
  error: string;
  /** Origin and path (see evaluation-failure.ts). */ pageUrl: string;
}

/**
 * Evaluates and shows the tab: its reading, null when it has nothing scanned yet, or the failure —
 * whatever went wrong (storage, policy, ledger, a bug of ours) is shown, never only logged.
 */
export async function evaluateTab(tabId: number): Promise<TabReading | TabEvaluationFailed | null> {
  let state: TabState | undefined;
  try {
    state = await getTab(tabId);
    if (!state) return null;
    return await readAndShow(tabId, state, showTab);
  } catch (error) {
    return failed(tabId, state?.pageUrl ?? '', error);
  }
}

/** The 'tab/report' reply: the tab read afresh (the policy or the ledger may have changed since). */
export async function reportTab(tabId: number): Promise<TabReportReply | null> {
  const state = await getTab(tabId).catch(async (error: unknown) => {
    await noteEvaluationFailure(tabId, '', error);
    return undefined;
  });
  if (!state) {
    // A tab whose scan could not even be stored (or read back) still says why it was not checked.
    const failure = failureOf(tabId);
    return failure ? { error: failure.reason, pageUrl: failure.page } : null;
  }
  let reading: TabReading | null;
  try {
    reading = await readAndShow(tabId, state, showIfChanged);
  } catch (error) {
    return failed(tabId, state.pageUrl, error);
  }
  if (!reading) return null;
  return {
    report: reading.report,
    formFingerprint: reading.formFingerprint,
    origin: originOf(state.pageUrl) ?? '',
    onSubmit: reading.onSubmit,
    purposeLabel: reading.purposeLabel,
  };
}

async function readAndShow(
  tabId: number,
  state: TabState,
  show: (tabId: number, state: TabState, reading: TabReading) => Promise<void>,
): Promise<TabReading | null> {
  const reading = await readTab(state);
  if (!reading) return null;
  await show(tabId, state, reading);
  clearEvaluationFailure(tabId);
  return reading;
}

async function failed(tabId: number, pageUrl: string, error: unknown): Promise<TabEvaluationFailed> {
  const failure = await noteEvaluationFailure(tabId, pageUrl, error);
  return { error: failure.reason, pageUrl: failure.page };
}

/** The tab closed: nothing it showed matters any more. */
export function forgetTab(tabId: number): void {
  forgetShown(tabId);
}

/** Collapses bursts of frame updates (SPA re-renders) into one evaluation per tab. */
const pending = new Map<number, ReturnType<typeof setTimeout>>();
export function scheduleEvaluation(tabId: number, delayMs = 120): void {
  const prev = pending.get(tabId);
  if (prev) clearTimeout(prev);
  pending.set(
    tabId,
    setTimeout(() => {
      pending.delete(tabId);
      void evaluateTab(tabId); // never rejects: a failure is shown on the tab's badge
    }, delayMs),
  );
}
