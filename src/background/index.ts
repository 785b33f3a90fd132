// Service worker: routes messages, keeps per-tab state, re-evaluates tabs when the policy changes.
// "scan/*" and "tab/*" are handled here; "policy/*" and "ledger/*" belong to their modules.
import browser from 'webextension-polyfill';
import { completeScan } from '../core/scan';
import { handleLedgerMessage, initLedger, onLedgerChange } from './ledger-bridge';
import type { LedgerDecisionMessage, TabReportReply, ToBackground } from './messages';
import { handlePolicyMessage, initPolicyStore, onPolicyChange } from './policy-in-force';
import { evaluateTab, originOf, scheduleEvaluation } from './evaluate-tab';
import { failureOf, noteEvaluationFailure } from './evaluation-failure';
import { clearTab, getTab, knownTabIds, updateFrame } from './tab-state';

type Sender = browser.Runtime.MessageSender & { documentId?: string };
type AnyMessage = { type?: unknown; [k: string]: unknown };

void initPolicyStore();
void initLedger();

onPolicyChange(() => {
  void knownTabIds().then((ids) => ids.forEach((id) => scheduleEvaluation(id, 0)));
});

// A new consent decision can change findings (asked again after refusal) on tabs of that origin.
onLedgerChange((origin) => {
  void knownTabIds().then((ids) => ids.forEach((id) => {
    void getTab(id).then((state) => {
      if (state && originOf(state.pageUrl) === origin) scheduleEvaluation(id, 0);
    });
  }));
});

browser.tabs.onRemoved.addListener((tabId) => {
  void clearTab(tabId);
});

async function handleScan(message: ToBackground, sender: Sender): Promise<unknown> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return { ok: false };
  const frameId = sender.frameId ?? 0;
  const documentId = sender.documentId ?? null;
  const frameUrl = sender.url ?? '';
  if (message.type === 'scan/frame') {
    await updateFrame({ tabId, frameId, documentId, frameUrl, pageUrl: frameId === 0 ? message.pageUrl : undefined, scan: completeScan(message.scan, message.pageUrl) });
  } else if (message.type === 'scan/live') {
    await updateFrame({ tabId, frameId, documentId, frameUrl, live: message.live });
  }
  scheduleEvaluation(tabId);
  return { ok: true };
}

async function tabReport(tabId: number): Promise<TabReportReply | null> {
  const state = await getTab(tabId).catch(async (error: unknown) => {
    await noteEvaluationFailure(tabId, '', error);
    return undefined;
  });
  // A tab whose scan could not even be stored (or read back) still says why it was not checked.
  const failed = failureOf(tabId);
  if (!state) return failed ? { error: failed.reason, pageUrl: failed.page } : null;
  // Always evaluate afresh: the policy or the ledger may have changed since the last scan.
  const fresh = await evaluateTab(tabId);
  if (!fresh) return null;
  if ('error' in fresh) return { error: fresh.error, pageUrl: fresh.pageUrl };
  return { report: fresh.report, formFingerprint: fresh.formFingerprint, origin: originOf(state.pageUrl), onSubmit: fresh.onSubmit, purposeLabel: fresh.purposeLabel };
}

/** Adds what the background knows (form fingerprint, purpose, categories) to the employee's answer. */
async function enrichDecision(message: LedgerDecisionMessage, tabId: number | undefined): Promise<LedgerDecisionMessage> {
  const state = tabId === undefined ? undefined : await getTab(tabId);
  const report = state?.report;
  return {
    ...message,
    origin: originOf(state?.pageUrl ?? ''),
    pageUrl: state?.pageUrl,
    formFingerprint: state?.formFingerprint,
    purposeId: report?.purpose.id,
    categories: [...new Set(report?.fields.flatMap((f) => (f.category ? [f.category] : [])) ?? [])],
    checks: report?.findings.map((f) => `${f.rule}/${f.check}`),
    at: Date.now(),
  };
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) => {
  const message = raw as AnyMessage;
  if (typeof message?.type !== 'string') return undefined;
  const type = message.type;
  const tabId = sender.tab?.id;
  if (type === 'ledger/decision') {
    return enrichDecision(message as unknown as LedgerDecisionMessage, tabId).then((m) => handleLedgerMessage(m as unknown as { type: string }, tabId));
  }
  if (type.startsWith('scan/')) {
    // A scan that cannot be completed or stored leaves the tab unchecked: say so on its badge.
    return handleScan(message as unknown as ToBackground, sender).catch(async (error: unknown) => {
      await noteEvaluationFailure(tabId, sender.tab?.url ?? sender.url ?? '', error);
      throw error;
    });
  }
  if (type === 'tab/report') return tabReport(Number(message.tabId));
  if (type === 'tab/highlight') {
    return browser.tabs.sendMessage(Number(message.tabId), { type: 'content/highlight', selector: message.selector }).catch(() => undefined);
  }
  if (type.startsWith('policy/')) return handlePolicyMessage(message as { type: string });
  if (type.startsWith('ledger/')) return handleLedgerMessage(message as { type: string }, tabId);
  return undefined;
});
