// Service worker: one message router (router.ts checks every sender against the contract in
// src/messaging/contract.ts), per-tab state, and re-evaluation of tabs when the policy or the
// ledger changes. Scan and tab routes are handled here; policy and ledger routes in their modules.
import browser from 'webextension-polyfill';
import { completeScan } from '../core/scan';
import { initLedger, ledgerHandlers, onLedgerChange } from './ledger-bridge';
import { getPolicyInForce, initPolicyStore, onPolicyChange, policyHandlers } from './policy-in-force';
import { originOf } from '../core/evaluate/domains';
import { forgetTab, reportTab, scheduleEvaluation } from './evaluate-tab';
import { noteEvaluationFailure } from './evaluation-failure';
import type { ToContent } from '../messaging/contract';
import { unpackScan } from '../messaging/scan-packing';
import { routeMessage, type Handlers, type RawSender, type Sender } from './router';
import { touchesSettings } from './settings-in-force';
import { closeStorageToContentScripts } from './storage-access';
import { clearTab, getTab, knownTabIds, updateFrame, whenScansMustBeRedone } from './tab-state';

void closeStorageToContentScripts();
void initPolicyStore();
void initLedger();

function reevaluateAll(): void {
  void knownTabIds().then((ids) => ids.forEach((id) => scheduleEvaluation(id, 0)));
}

onPolicyChange(reevaluateAll);

// The employee's switches reach content scripts with the marks: send them again when they change.
browser.storage.onChanged.addListener((changes, area) => {
  if (touchesSettings(changes, area)) reevaluateAll();
});

// A ledger write can change findings (asked again after refusal, purpose reuse) on tabs of its
// origin; a revocation, an import or a deletion may concern any tab.
onLedgerChange((origin) => {
  if (origin === null) return reevaluateAll();
  void knownTabIds().then((ids) =>
    ids.forEach((id) => {
      void getTab(id).then((state) => {
        if (state && originOf(state.pageUrl) === origin) scheduleEvaluation(id, 0);
      });
    }),
  );
});

// A tab whose scans were too big to keep across a worker restart scans again.
whenScansMustBeRedone((tabId) => {
  void browser.tabs.sendMessage(tabId, { type: 'content/rescan' } satisfies ToContent).catch(() => undefined);
});

browser.tabs.onRemoved.addListener((tabId) => {
  forgetTab(tabId);
  void clearTab(tabId);
});

/** A scan that cannot be completed or stored leaves the tab unchecked: say so on its badge. */
async function reportingFailure(from: Sender, store: (tabId: number) => Promise<void>): Promise<{ ok: boolean }> {
  const tabId = from.tabId!;
  try {
    await store(tabId);
  } catch (error) {
    await noteEvaluationFailure(tabId, from.url, error);
    throw error;
  }
  scheduleEvaluation(tabId);
  return { ok: true };
}

const handlers: Handlers = {
  ...policyHandlers,
  ...ledgerHandlers,
  // A content script reports its own frame: tab, frame and URLs come from the browser's sender.
  'scan/frame': ({ scan }, from) =>
    reportingFailure(from, async (tabId) => {
      const { navigated } = await updateFrame({
        tabId,
        frameId: from.frameId,
        documentId: from.documentId,
        frameUrl: from.url,
        pageUrl: from.frameId === 0 ? from.url : undefined,
        scan: completeScan(unpackScan(scan), from.url),
      });
      // The new page's frames that reported before its top did were dropped with the old page.
      if (navigated)
        void browser.tabs.sendMessage(tabId, { type: 'content/rescan' } satisfies ToContent).catch(() => undefined);
    }),
  'scan/live': ({ live }, from) =>
    reportingFailure(from, async (tabId) => {
      await updateFrame({ tabId, frameId: from.frameId, documentId: from.documentId, frameUrl: from.url, live });
    }),
  'guard/mode': async () => ({ onSubmit: (await getPolicyInForce()).policy.onSubmit ?? 'warn' }),
  // Reads afresh, and shows only what changed: the popup and the HR preview poll this.
  'tab/report': ({ tabId }) => {
    // Sub-frames out of view wait to be scanned (content/index.ts): the report asked for is the whole tab's.
    void browser.tabs.sendMessage(Number(tabId), { type: 'content/wake' } satisfies ToContent).catch(() => undefined);
    return reportTab(tabId);
  },
  'tab/highlight': ({ tabId, selector }) =>
    browser.tabs
      .sendMessage(Number(tabId), { type: 'content/highlight', selector: String(selector) })
      .catch(() => undefined),
};

const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };
browser.runtime.onMessage.addListener((message: unknown, sender: RawSender) =>
  routeMessage(handlers, message, sender, self),
);
