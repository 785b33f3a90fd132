// Service worker: one message router (router.ts checks every sender against the contract in
// src/messaging/contract.ts), per-tab state, and re-evaluation of tabs when the policy or the
// ledger changes. Scan and tab routes are handled here; policy and ledger routes in their modules.
import browser from 'webextension-polyfill';
import { completeScan } from '../core/scan';
import { initLedger, ledgerHandlers, onLedgerChange } from './ledger-bridge';
import { initPolicyStore, onPolicyChange, policyHandlers } from './policy-in-force';
import { evaluateTab, originOf, scheduleEvaluation } from './evaluate-tab';
import { routeMessage, type Handlers, type RawSender } from './router';
import { clearTab, getTab, knownTabIds, updateFrame } from './tab-state';

void initPolicyStore();
void initLedger();

function reevaluateAll(): void {
  void knownTabIds().then((ids) => ids.forEach((id) => scheduleEvaluation(id, 0)));
}

onPolicyChange(reevaluateAll);

// A ledger write can change findings (asked again after refusal, purpose reuse) on tabs of its
// origin; a revocation, an import or a deletion may concern any tab.
onLedgerChange((origin) => {
  if (origin === null) return reevaluateAll();
  void knownTabIds().then((ids) => ids.forEach((id) => {
    void getTab(id).then((state) => {
      if (state && originOf(state.pageUrl) === origin) scheduleEvaluation(id, 0);
    });
  }));
});

browser.tabs.onRemoved.addListener((tabId) => {
  void clearTab(tabId);
});

const handlers: Handlers = {
  ...policyHandlers,
  ...ledgerHandlers,
  // A content script reports its own frame: tab, frame and URLs come from the browser's sender.
  async 'scan/frame'({ scan }, from) {
    const tabId = from.tabId!;
    await updateFrame({ tabId, frameId: from.frameId, documentId: from.documentId, frameUrl: from.url, pageUrl: from.frameId === 0 ? from.url : undefined, scan: completeScan(scan, from.url) });
    scheduleEvaluation(tabId);
    return { ok: true };
  },
  async 'scan/live'({ live }, from) {
    const tabId = from.tabId!;
    await updateFrame({ tabId, frameId: from.frameId, documentId: from.documentId, frameUrl: from.url, live });
    scheduleEvaluation(tabId);
    return { ok: true };
  },
  async 'tab/report'({ tabId }) {
    const state = await getTab(tabId);
    if (!state) return null;
    // Always evaluate afresh: the policy or the ledger may have changed since the last scan.
    const fresh = await evaluateTab(tabId);
    if (!fresh) return null;
    return { report: fresh.report, formFingerprint: fresh.formFingerprint, origin: originOf(state.pageUrl), onSubmit: fresh.onSubmit, purposeLabel: fresh.purposeLabel };
  },
  'tab/highlight': ({ tabId, selector }) =>
    browser.tabs.sendMessage(Number(tabId), { type: 'content/highlight', selector: String(selector) }).catch(() => undefined),
};

const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };
browser.runtime.onMessage.addListener((message: unknown, sender: RawSender) => routeMessage(handlers, message, sender, self));
