// Every message that crosses content ⇄ background ⇄ extension pages. Only metadata crosses:
// labels, categories, selectors, notice facts, live facts, decisions. Never a field's value.
import type { CollectedScan } from '../core/collect';
import type { Finding, LiveFacts, Localized, Report, ReportField } from '../core/types';

export type OnSubmit = 'warn' | 'confirm' | 'block';

/**
 * Content → background: this frame's collected scan (replaces the frame's previous one). The
 * background completes it (classification, categories) with the core's completeScan.
 */
export interface ScanFrameMessage { type: 'scan/frame'; pageUrl: string; frameUrl: string; scan: CollectedScan }
/** Content → background: live facts seen in this frame so far (replaces the previous ones). */
export interface ScanLiveMessage { type: 'scan/live'; live: LiveFacts }
/** Content → background: the employee's answer to the submit guard, for the consent ledger. */
export interface LedgerDecisionMessage {
  type: 'ledger/decision';
  decision: 'continue' | 'cancel' | 'blocked';
  /** Filled in by the background from the tab's report before the ledger sees it. */
  origin?: string;
  formFingerprint?: string;
  purposeId?: string;
  categories?: string[];
  checks?: string[];
  pageUrl?: string;
  at?: number;
}
/** Popup / preview → background: the tab's current report. */
export interface TabReportMessage { type: 'tab/report'; tabId: number }
export interface TabReportReply {
  report: Report;
  formFingerprint: string;
  origin: string;
  onSubmit: OnSubmit;
  /** The purpose's label from the policy in force (the report only carries its id). */
  purposeLabel?: Partial<Localized>;
}
/** Popup → background: scroll to and highlight a field in whichever frame holds it. */
export interface TabHighlightMessage { type: 'tab/highlight'; tabId: number; selector: string }

/** Content → background: a form with personal fields was sent (the ledger fills in the rest from the tab). */
export interface SubmittedMessage { type: 'ledger/submission' }

export type ToBackground = ScanFrameMessage | ScanLiveMessage | LedgerDecisionMessage | SubmittedMessage | TabReportMessage | TabHighlightMessage;

/** Background → content (one frame): what to mark and how to guard submission. */
export interface MarksMessage {
  type: 'content/marks';
  /** Selectors of this frame's personal fields (the content script does not classify). */
  personal: string[];
  findings: Pick<Finding, 'rule' | 'check' | 'severity' | 'fields' | 'message'>[];
  onSubmit: OnSubmit;
  /** Each mark's accessible name by selector ("FormWarden: body temperature — not needed for
   * attendance") in each language — the content script picks its own — made by the core's
   * markNames here: the content script carries no vocabulary. */
  names?: Record<string, Localized>;
}
export interface HighlightMessage { type: 'content/highlight'; selector: string }
export type ToContent = MarksMessage | HighlightMessage;

export { SEVERITY_ORDER } from '../core/types';

export type { ReportField };
