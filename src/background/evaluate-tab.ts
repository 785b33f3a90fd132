// Turns a tab's frame scans into its report: merge frames → evaluate with the policy in force and
// the ledger's history → build the report → badge → tell each frame what to mark and guard.
import browser from 'webextension-polyfill';
import { evaluate } from '../core/evaluate';
import { formFingerprint } from '../core/fingerprint';
import { buildReport } from '../core/report';
import { markNames } from '../core/report/verdict';
import type { Finding, Localized, Report } from '../core/types';
import { purposeById } from '../core/policy';
import { LOCALES } from '../core/evaluate/words';
import { showBadge } from './badge';
import { settingsInForce } from './settings-in-force';
import { clearEvaluationFailure, noteEvaluationFailure } from './evaluation-failure';
import { isThirdParty } from '../core/scan';
import { mergeFrameScans, mergeLiveFacts, type FrameScan } from './aggregate';
import { historyFor } from './ledger-bridge';
import type { MarksMessage, OnSubmit } from '../messaging/contract';
import { getPolicyInForce } from './policy-in-force';
import { getTab, setReport, type TabState } from './tab-state';

export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

export interface TabEvaluation {
  report: Report;
  formFingerprint: string;
  onSubmit: OnSubmit;
  purposeLabel?: Partial<Localized>;
}
/** The tab could not be evaluated; the failure is already on its badge and stored (evaluation-failure.ts). */
export interface TabEvaluationFailed {
  error: string;
  /** Origin and path (see evaluation-failure.ts). */ pageUrl: string;
}

/**
 * Evaluates the tab: its report, null when it has nothing scanned yet, or the failure — whatever
 * went wrong (storage, policy, ledger, a bug of ours) is shown, never only logged.
 */
export async function evaluateTab(tabId: number): Promise<TabEvaluation | TabEvaluationFailed | null> {
  let state: TabState | undefined;
  try {
    state = await getTab(tabId);
    if (!state) return null;
    const evaluated = await evaluateState(tabId, state);
    if (evaluated) clearEvaluationFailure(tabId);
    return evaluated;
  } catch (error) {
    const failure = await noteEvaluationFailure(tabId, state?.pageUrl ?? '', error);
    return { error: failure.reason, pageUrl: failure.page };
  }
}

async function evaluateState(tabId: number, state: TabState): Promise<TabEvaluation | null> {
  const frames: FrameScan[] = Object.entries(state.frames)
    .filter(([, f]) => f.scan)
    .map(([id, f]) => ({ frameId: Number(id), frameUrl: f.frameUrl, scan: f.scan! }));
  const merged = mergeFrameScans(frames);
  if (!merged) return null;
  // A frame judged its form's action against its own URL; what matters is the page the employee sees.
  const action = merged.transport.action;
  const scan = {
    ...merged,
    transport: { ...merged.transport, thirdParty: action !== null && isThirdParty(action, state.pageUrl) },
  };
  const live = mergeLiveFacts(Object.values(state.frames).flatMap((f) => (f.live ? [f.live] : [])));
  const { policy, source } = await getPolicyInForce();
  const pageUrl = state.pageUrl;
  const fingerprint = formFingerprint(pageUrl, scan.fields);
  const history = await historyFor(originOf(pageUrl), fingerprint);
  const evaluation = evaluate({ scan, policy, pageUrl, history, live, formFingerprint: fingerprint });
  const report = buildReport({ source: pageUrl, pageUrl, policy, policySource: source, scan, evaluation });
  await setReport(tabId, report, fingerprint);
  await showBadge(tabId, report.findings);
  const onSubmit: OnSubmit = policy.onSubmit ?? 'warn';
  const purposeLabel = purposeById(policy, evaluation.purpose.id)?.label;
  const names = markNamesByLanguage(report, purposeLabel);
  await sendMarks(tabId, state, report.findings, onSubmit, names);
  return { report, formFingerprint: fingerprint, onSubmit, purposeLabel };
}

/** Marks' names in every language: the content script reads its own UI language. */
function markNamesByLanguage(report: Report, purposeLabel: Partial<Localized> | undefined): Record<string, Localized> {
  const byLocale = LOCALES.map((locale) => [locale, markNames({ report, purposeLabel }, locale)] as const);
  const names: Record<string, Localized> = {};
  for (const selector of Object.keys(byLocale[0]![1]))
    names[selector] = Object.fromEntries(byLocale.map(([l, n]) => [l, n[selector]!])) as Localized;
  return names;
}

/**
 * Each frame gets the findings about its own fields; selectors that are no frame's field (a notice
 * link, a consent statement) go to every frame, which marks them where they resolve. Page-wide
 * findings (no selectors) go to every frame too, for the submit guard.
 */
async function sendMarks(
  tabId: number,
  state: TabState,
  findings: Finding[],
  onSubmit: OnSubmit,
  names: Record<string, Localized>,
): Promise<void> {
  const settings = await settingsInForce();
  const anyFrameField = new Set(
    Object.values(state.frames).flatMap((f) => f.scan?.fields.map((x) => x.selector) ?? []),
  );
  const nobodys = findings.flatMap((f) => f.fields).filter((s) => !anyFrameField.has(s));
  await Promise.all(
    Object.entries(state.frames).map(async ([id, frame]) => {
      const own = new Set([...(frame.scan?.fields.map((f) => f.selector) ?? []), ...nobodys]);
      const message: MarksMessage = {
        type: 'content/marks',
        onSubmit,
        settings,
        personal: frame.scan?.fields.filter((f) => f.category !== null).map((f) => f.selector) ?? [],
        findings: findings
          .map((f) => ({
            rule: f.rule,
            check: f.check,
            severity: f.severity,
            message: f.message,
            fields: f.fields.filter((s) => own.has(s)),
          }))
          .filter((f, i) => f.fields.length > 0 || findings[i]!.fields.length === 0),
        names: Object.fromEntries(Object.entries(names).filter(([selector]) => own.has(selector))),
      };
      try {
        await browser.tabs.sendMessage(tabId, message, { frameId: Number(id) });
      } catch {
        // The frame went away; its state is replaced on its next report.
      }
    }),
  );
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
