// Every message that crosses content ⇄ background ⇄ extension pages, declared once: its request,
// its reply and who may send it. Both sides import this module; the background's router refuses a
// message whose sender may not send it (router.ts), and `ask` (ask.ts) gives callers typed replies.
//
// Who may send what. A content script runs inside the page's renderer, which a hostile page (or a
// compromised renderer) controls: it may only report its own frame's scan and live facts, and the
// employee's answer to the submit guard on its own tab — the background fills in everything else
// from what it already knows about that tab. Policy changes, ledger reads and writes, history and
// revocation belong to extension pages alone (popup, options, HR preview).
//
// Only metadata crosses: labels, selectors, notice facts, live facts, decisions. Never a field's value.
import type { PackedScan } from './scan-packing';
import type { ValidationIssue } from '../core/policy';
import type { Finding, HistoryEntry, LiveFacts, Locale, Localized, Report } from '../core/types';
import type { NoticeAsSeen } from '../db/decisions';
import type { ImportResult } from '../db/transfer';
import type { ConsentDecision, LedgerStatus } from '../db';
import type { PolicyStatus } from '../background/policy-layers';
import type { Settings } from '../core/settings';
import type { InPageStyles } from '../content/in-page-styles';

/** Who sent a message, as the browser (not the message) tells it. */
export type SenderKind = 'content' | 'extension-page';

/** A message's request and reply types, and the senders allowed to use it. */
export interface Route<Request, Reply, Senders extends SenderKind = SenderKind> {
  readonly senders: readonly Senders[];
  /** Phantom fields: types only, never set. */
  readonly request?: Request;
  readonly reply?: Reply;
}

function route<Request, Reply>() {
  return <S extends SenderKind>(...senders: S[]): Route<Request, Reply, S> => ({ senders });
}

export type OnSubmit = 'warn' | 'confirm' | 'block';

// ───────────── replies and payloads ─────────────

export interface Ack {
  ok: boolean;
}

/** The tab's current report, or why the tab could not be checked. */
export type TabReportReply = TabReportReady | TabReportFailed;
/** FormWarden could not check the tab (issue 13: a failure is never silent). */
export interface TabReportFailed {
  error: string;
  /** Origin and path of the page, when known. */ pageUrl?: string;
}
export interface TabReportReady {
  report: Report;
  formFingerprint: string;
  origin: string;
  onSubmit: OnSubmit;
  /** The purpose's label from the policy in force (the report only carries its id). */
  purposeLabel?: Partial<Localized>;
}

/** The submit guard's answer: "Send anyway" (continue), "Go back" (cancel), or a blocked form. */
export type GuardDecision = 'continue' | 'cancel' | 'blocked';

/** The popup's "I consent" / "I do not consent", for one group of categories of the form it shows. */
export type ConsentRequest = Pick<
  ConsentDecision,
  'decision' | 'origin' | 'formFingerprint' | 'purposeId' | 'categories' | 'policyId' | 'policyVersion'
> & {
  tabId?: number;
  notice?: NoticeAsSeen;
  language?: Locale;
};

export interface LedgerDecisionReply {
  ok: boolean;
  recorded: boolean;
  id?: string;
  receiptId?: string | null;
  written?: boolean;
  error?: string;
  status: LedgerStatus;
}

export interface LedgerContextReply {
  purposeLabel: string;
  retentionDays: number | null;
  /** The policy asks for consent per sensitive category (separate-consent rule on). */
  separateConsent: boolean;
  /** Earlier decisions on this very form, newest first (refusals are shown first by the popup). */
  history: HistoryEntry[];
  status: LedgerStatus;
}

export interface LedgerWriteReply {
  ok: boolean;
  written: boolean;
  error?: string;
  status: LedgerStatus;
}

export interface PolicyChangeReply {
  ok: boolean;
  locked?: boolean;
  errors?: ValidationIssue[];
  warnings?: ValidationIssue[];
}

// ───────────── the routes ─────────────

export const MESSAGES = {
  // Content script → background, about its own frame and tab only.
  /**
   * This frame's collected scan (replaces the frame's previous one), each chain of shadow hosts
   * sent once (scan-packing.ts); the background classifies it.
   */
  'scan/frame': route<{ scan: PackedScan }, Ack>()('content'),
  /** Live facts seen in this frame so far (replaces the previous ones). */
  'scan/live': route<{ live: LiveFacts }, Ack>()('content'),
  /** The employee's answer to the submit guard on this tab; the form's details come from the tab's report. */
  'guard/decision': route<{ decision: GuardDecision }, LedgerDecisionReply>()('content'),
  /** A form with personal fields on this tab was sent (categories come from the tab's report). */
  'guard/submitted': route<Record<never, never>, { ok: boolean; written: boolean }>()('content'),
  /**
   * What the policy in force does when a form is sent (asked at document_start): under "warn" the
   * guard holds no click while this frame's first instructions are on their way.
   */
  'guard/mode': route<Record<never, never>, { onSubmit: OnSubmit }>()('content'),

  // Extension pages → background.
  'tab/report': route<{ tabId: number }, TabReportReply | null>()('extension-page'),
  /** Scroll to and highlight a field in whichever frame holds it. */
  'tab/highlight': route<{ tabId: number; selector: string }, unknown>()('extension-page'),

  'policy/get-status': route<Record<never, never>, PolicyStatus>()('extension-page'),
  'policy/load-local': route<{ text: string; fileName?: string }, PolicyChangeReply>()('extension-page'),
  'policy/use-preset': route<{ preset: string }, PolicyChangeReply>()('extension-page'),
  'policy/clear-local': route<Record<never, never>, PolicyChangeReply>()('extension-page'),
  'policy/refresh-managed': route<Record<never, never>, PolicyStatus>()('extension-page'),

  'ledger/consent': route<ConsentRequest, LedgerDecisionReply>()('extension-page'),
  /** Earlier decisions and submissions relevant to a form (this origin, and grants elsewhere). */
  'ledger/history': route<{ origin: string; formFingerprint: string }, HistoryEntry[]>()('extension-page'),
  'ledger/context': route<{ origin: string; formFingerprint: string; purposeId: string }, LedgerContextReply>()(
    'extension-page',
  ),
  'ledger/status': route<Record<never, never>, LedgerStatus>()('extension-page'),
  'ledger/retry': route<Record<never, never>, LedgerStatus>()('extension-page'),
  'ledger/revoke': route<{ id: string }, LedgerWriteReply>()('extension-page'),
  'ledger/import': route<
    { data: unknown },
    { ok: boolean; result?: ImportResult; error?: string; status: LedgerStatus }
  >()('extension-page'),
  'ledger/set-prune-after-days': route<{ days: number | null }, LedgerWriteReply>()('extension-page'),
  'ledger/delete-everything': route<Record<never, never>, LedgerWriteReply>()('extension-page'),
} as const;

export type MessageType = keyof typeof MESSAGES;
type RouteOf<K extends MessageType> = (typeof MESSAGES)[K];
export type RequestOf<K extends MessageType> = { type: K } & (RouteOf<K> extends Route<infer Q, unknown, SenderKind>
  ? Q
  : never);
export type ReplyOf<K extends MessageType> = RouteOf<K> extends Route<unknown, infer R, SenderKind> ? R : never;
export type SendersOf<K extends MessageType> = RouteOf<K> extends Route<unknown, unknown, infer S> ? S : never;
/** Messages a content script may send (the type checker keeps the content script to these). */
export type ContentMessage = { [K in MessageType]: 'content' extends SendersOf<K> ? RequestOf<K> : never }[MessageType];
export type ContentMessageType = ContentMessage['type'];

export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(MESSAGES, type);
}

// ───────────── background → content (tabs.sendMessage to one frame) ─────────────

/** What to mark and how to guard submission. */
export interface MarksMessage {
  type: 'content/marks';
  /** Selectors of this frame's personal fields (the content script does not classify). */
  personal: string[];
  findings: Pick<Finding, 'rule' | 'check' | 'severity' | 'fields' | 'message'>[];
  onSubmit: OnSubmit;
  /** The employee's switches (the content script cannot read storage.local itself). */
  settings: Settings;
  /** Each mark's accessible name by selector ("FormWarden: body temperature — not needed for
   * attendance") in each language — the content script picks its own — made by the core's
   * markNames here: the content script carries no vocabulary. */
  names?: Record<string, Localized>;
  /** The marks' and the dialog's stylesheets (the content script's size is budgeted). */
  styles: InPageStyles;
}
export interface HighlightMessage {
  type: 'content/highlight';
  selector: string;
}
/** The top document changed after this frame reported: report the latest scan and live facts again. */
export interface RescanMessage {
  type: 'content/rescan';
}
/** The whole tab is wanted (the popup or the HR preview asks for its report): scan this frame if it waits to come into view. */
export interface WakeMessage {
  type: 'content/wake';
}
export type ToContent = MarksMessage | HighlightMessage | RescanMessage | WakeMessage;
