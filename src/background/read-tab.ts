// The read half of a tab's evaluation: merge its frames' scans and live facts, evaluate them with the
// policy in force and the ledger's history, build the report. Nothing is stored, drawn or sent here
// (show-tab.ts does that), so the popup and the HR preview may read a tab as often as they like.
import { evaluate } from '../core/evaluate';
import { originOf } from '../core/evaluate/domains';
import { formFingerprint } from '../core/fingerprint';
import { purposeById } from '../core/policy';
import { buildReport } from '../core/report';
import { isThirdParty } from '../core/scan';
import type { HistoryEntry, LiveFacts, Localized, Report, ScanResult } from '../core/types';
import type { OnSubmit } from '../messaging/contract';
import { mergeFrameScans, mergeLiveFacts, type FrameScan } from './aggregate';
import { historyFor } from './ledger-bridge';
import { getPolicyInForce, type PolicyState } from './policy-in-force';
import type { TabState } from './tab-state';

/** What a tab's frames amount to under the policy in force. */
export interface TabReading {
  report: Report;
  formFingerprint: string;
  onSubmit: OnSubmit;
  purposeLabel?: Partial<Localized>;
}

/** The tab's reading, or null when none of its frames has reported a scan yet. */
export async function readTab(state: TabState): Promise<TabReading | null> {
  const page = pageOf(state);
  if (!page) return null;
  const inForce = await getPolicyInForce();
  const history = await historyFor(originOf(state.pageUrl) ?? '', page.formFingerprint);
  return evaluatePage(state.pageUrl, page, inForce, history);
}

interface MergedPage {
  scan: ScanResult;
  live: LiveFacts;
  formFingerprint: string;
}

/** The tab's frames as one page, as the employee sees it. */
function pageOf(state: TabState): MergedPage | null {
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
  return { scan, live, formFingerprint: formFingerprint(state.pageUrl, scan.fields) };
}

function evaluatePage(
  pageUrl: string,
  { scan, live, formFingerprint }: MergedPage,
  { policy, source }: PolicyState,
  history: HistoryEntry[],
): TabReading {
  const evaluation = evaluate({ scan, policy, pageUrl, history, live, formFingerprint });
  const report = buildReport({ source: pageUrl, pageUrl, policy, policySource: source, scan, evaluation });
  return {
    report,
    formFingerprint,
    onSubmit: policy.onSubmit ?? 'warn',
    purposeLabel: purposeById(policy, evaluation.purpose.id)?.label,
  };
}
