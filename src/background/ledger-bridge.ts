// Background side of the consent ledger: the service worker owns the one Ledger that content-script
// decisions and popup consents are written through, and answers the evaluator's history questions.
// Messages whose type starts with "ledger/" are routed here by index.ts.
//
// Message shapes (all metadata; a field's value never crosses):
//  - 'ledger/decision'   content script's submit guard, enriched by the router with origin, form
//                        fingerprint, purpose and categories. decision: 'granted' | 'refused', or the
//                        guard's own words: 'continue' ("Send anyway" → granted + a submission);
//                        'cancel' ("Go back") and 'blocked' record nothing — going back to leave a
//                        question empty is not a refusal, and recording it as one would make the
//                        next visit look like "asked again after refusal".
//  - 'ledger/consent'    the popup's "I consent" / "I do not consent" (LedgerConsentMessage). A type
//                        of its own because the router rewrites 'ledger/decision' from the sender tab,
//                        and the popup is not a tab.
//  - 'ledger/submission' a form was sent: { origin, formFingerprint, categories }, or just { type }
//                        from the content script (filled from the sender tab's state).
//  - 'ledger/history'    { origin, formFingerprint } → HistoryEntry[].
//  - 'ledger/context'    { origin, formFingerprint, purposeId } → what the popup panel needs.
//  - 'ledger/status'     → LedgerStatus;  'ledger/retry' → LedgerStatus after retrying now.
//  - 'ledger/revoke'     { id } → the revocation (the options page may also revoke directly).
import { isSensitive, type CategoryId } from '../core/taxonomy';
import type { HistoryEntry, Locale, NoticeElement, Policy, Report } from '../core/types';
import { cleanCategories, type NoticeAsSeen } from '../db/decisions';
import { Ledger, type DecisionRecord, type LedgerStatus } from '../db';
import { currentLocale } from '../ui/i18n';
import { getPolicyInForce } from './policy-in-force';
import { getTab } from './tab-state';

/** What the submit guard sends (the router fills origin … categories from the tab's report). */
export interface LedgerDecisionMessage {
  type: 'ledger/decision';
  decision: 'granted' | 'refused' | 'continue' | 'cancel' | 'blocked';
  origin?: string;
  formFingerprint?: string;
  purposeId?: string;
  purposeLabel?: string;
  categories?: string[];
  /** The notice as the content script saw it, when it has more than the report (contact, controller). */
  notice?: NoticeAsSeen;
  pageUrl?: string;
  at?: number;
}

/** What the popup sends: everything comes from the report it shows. */
export interface LedgerConsentMessage {
  type: 'ledger/consent';
  decision: 'granted' | 'refused';
  tabId?: number;
  origin: string;
  formFingerprint: string;
  purposeId: string;
  categories: string[];
  notice?: NoticeAsSeen;
  policyId?: string;
  policyVersion?: string;
  thirdPartyNames?: string[];
  language?: Locale;
}

export interface LedgerSubmissionMessage {
  type: 'ledger/submission';
  origin: string;
  formFingerprint: string;
  categories: string[];
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

export interface LedgerDecisionReply {
  ok: boolean;
  recorded: boolean;
  id?: string;
  receiptId?: string | null;
  written?: boolean;
  error?: string;
  status: LedgerStatus;
}

let ledger: Ledger | null = null;

export function getLedger(): Ledger {
  ledger ??= new Ledger();
  return ledger;
}

export async function initLedger(): Promise<void> {
  const l = getLedger();
  await l.open();
  await l.maybePrune();
}

export function ledgerStatus(): LedgerStatus {
  return getLedger().status();
}

/** Earlier decisions and submissions relevant to a form, for the evaluator's history input. */
export async function historyFor(origin: string, formFingerprint: string): Promise<HistoryEntry[]> {
  if (!origin) return [];
  try {
    return await getLedger().historyFor(origin, formFingerprint);
  } catch (error) {
    console.warn('[FormWarden ledger] history unavailable', error);
    return [];
  }
}

const changeListeners = new Set<(origin: string) => void>();
/** Called after each recorded decision, so the router can re-evaluate tabs of that origin. */
export function onLedgerChange(listener: (origin: string) => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

function str(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0;
}

function purposeLabelOf(policy: Policy, purposeId: string, locale: Locale): string {
  const label = policy.purposes[purposeId]?.label;
  return label?.[locale] ?? label?.en ?? purposeId;
}

/** SHA-256 of the notice as seen, to tell later whether the notice changed since the decision. */
export async function noticeHash(notice: Pick<Report['notice'], 'links' | 'elements' | 'consentControls' | 'separateConsentFor'>): Promise<string> {
  const text = JSON.stringify([notice.links, notice.elements, notice.consentControls, notice.separateConsentFor]);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

function absolute(link: string, base: string): string {
  try {
    return new URL(link, base).href;
  } catch {
    return link;
  }
}

async function noticeFromReport(report: Report | undefined, extra: NoticeAsSeen | undefined): Promise<NoticeAsSeen> {
  if (!report) return extra ?? {};
  return {
    hash: extra?.hash ?? (await noticeHash(report.notice)),
    elements: extra?.elements ?? (report.notice.elements as Partial<Record<NoticeElement, boolean>>),
    // Absolute, so the receipt's policyUrl and "ask the collector" links work outside the page.
    links: (extra?.links ?? report.notice.links).map((l) => absolute(l, report.pageUrl)),
    contact: extra?.contact ?? null,
    controller: extra?.controller ?? null,
  };
}

function thirdPartyNamesOf(report: Report | undefined): string[] {
  if (!report?.transport.thirdParty || !report.transport.action) return [];
  try {
    return [new URL(report.transport.action).hostname];
  } catch {
    return [];
  }
}

interface Normalised {
  decision: 'granted' | 'refused';
  origin: string;
  formFingerprint: string;
  purposeId: string;
  purposeLabel?: string;
  categories: CategoryId[];
  notice?: NoticeAsSeen;
  policyId?: string;
  policyVersion?: string;
  thirdPartyNames?: string[];
  language?: Locale;
  collectionMethod: 'popup' | 'submit-guard';
  tabId?: number;
  at?: number;
}

async function record(n: Normalised): Promise<LedgerDecisionReply> {
  const l = getLedger();
  const { policy } = await getPolicyInForce();
  const locale = n.language ?? currentLocale();
  const purpose = policy.purposes[n.purposeId];
  const report = n.tabId !== undefined ? (await getTab(n.tabId).catch(() => undefined))?.report : undefined;
  const { record: saved, written } = await l.recordDecision({
    decision: n.decision,
    origin: n.origin,
    formFingerprint: n.formFingerprint,
    purposeId: n.purposeId,
    purposeLabel: n.purposeLabel ?? purposeLabelOf(policy, n.purposeId, locale),
    categories: n.categories,
    notice: await noticeFromReport(report, n.notice),
    policyId: n.policyId ?? report?.policy.id ?? policy.id,
    policyVersion: n.policyVersion ?? report?.policy.version ?? policy.version,
    retentionDays: purpose?.retentionDays ?? null,
    legalBasis: purpose?.legalBasis ?? null,
    jurisdiction: policy.jurisdiction ?? null,
    language: locale,
    collectionMethod: n.collectionMethod,
    thirdPartyNames: n.thirdPartyNames ?? thirdPartyNamesOf(report),
    at: n.at,
  });
  for (const listener of changeListeners) listener(n.origin);
  return { ok: true, recorded: true, id: saved.id, receiptId: saved.receiptId, written, status: l.status() };
}

// The guard's "continue" is followed by the form's own submit; if the content script also reports
// that submit, one submission is enough.
const lastSubmission = new Map<string, number>();
const SUBMISSION_DEDUP_MS = 5000;

async function recordSubmission(origin: string, formFingerprint: string, categories: unknown[]): Promise<{ ok: boolean; written: boolean; duplicate?: boolean }> {
  const key = `${origin} ${formFingerprint}`;
  const now = Date.now();
  if (now - (lastSubmission.get(key) ?? 0) < SUBMISSION_DEDUP_MS) return { ok: true, written: true, duplicate: true };
  lastSubmission.set(key, now);
  const { written } = await getLedger().recordSubmission({ origin, formFingerprint, categories: cleanCategories(categories) });
  return { ok: true, written };
}

async function submissionFromTab(tabId: number | undefined): Promise<Partial<LedgerSubmissionMessage> | null> {
  if (tabId === undefined) return null;
  const state = await getTab(tabId).catch(() => undefined);
  if (!state?.formFingerprint || !state.report) return null;
  let origin = '';
  try {
    origin = new URL(state.pageUrl).origin;
  } catch {
    return null;
  }
  const categories = [...new Set(state.report.fields.flatMap((f) => (f.category ? [f.category] : [])))];
  return { origin, formFingerprint: state.formFingerprint, categories };
}

/** Messages whose type starts with "ledger/". */
export async function handleLedgerMessage(message: { type: string; [k: string]: unknown }, tabId?: number): Promise<unknown> {
  const l = getLedger();
  switch (message.type) {
    case 'ledger/decision': {
      const m = message as unknown as LedgerDecisionMessage;
      if (m.decision === 'blocked' || m.decision === 'cancel') return { ok: true, recorded: false, status: l.status() } satisfies LedgerDecisionReply;
      if (!str(m.origin) || !str(m.formFingerprint)) return { ok: false, recorded: false, error: 'origin and formFingerprint are required', status: l.status() };
      const decision = m.decision === 'refused' ? 'refused' : 'granted';
      const categories = cleanCategories(m.categories);
      const reply = await record({
        decision, origin: m.origin, formFingerprint: m.formFingerprint, purposeId: str(m.purposeId) ? m.purposeId : 'none',
        purposeLabel: m.purposeLabel, categories, notice: m.notice, collectionMethod: 'submit-guard', tabId, at: m.at,
      });
      if (m.decision === 'continue') await recordSubmission(m.origin, m.formFingerprint, categories);
      return reply;
    }
    case 'ledger/consent': {
      const m = message as unknown as LedgerConsentMessage;
      if (!str(m.origin) || !str(m.formFingerprint) || !str(m.purposeId) || (m.decision !== 'granted' && m.decision !== 'refused')) {
        return { ok: false, recorded: false, error: 'origin, formFingerprint, purposeId and decision are required', status: l.status() };
      }
      return record({ ...m, categories: cleanCategories(m.categories), collectionMethod: 'popup', tabId: m.tabId ?? tabId });
    }
    case 'ledger/submission': {
      const m = message as unknown as Partial<LedgerSubmissionMessage>;
      // The content script may send just { type } on submit: the tab's state knows the rest.
      const filled = str(m.origin) && str(m.formFingerprint) ? m : await submissionFromTab(tabId);
      if (!filled || !str(filled.origin) || !str(filled.formFingerprint)) return { ok: false, written: false };
      return recordSubmission(filled.origin, filled.formFingerprint, Array.isArray(filled.categories) ? filled.categories : []);
    }
    case 'ledger/history':
      return historyFor(String(message.origin ?? ''), String(message.formFingerprint ?? ''));
    case 'ledger/context': {
      const origin = String(message.origin ?? '');
      const fingerprint = String(message.formFingerprint ?? '');
      const purposeId = String(message.purposeId ?? '');
      const { policy } = await getPolicyInForce();
      const all = await historyFor(origin, fingerprint);
      const reply: LedgerContextReply = {
        purposeLabel: purposeLabelOf(policy, purposeId, currentLocale()),
        retentionDays: policy.purposes[purposeId]?.retentionDays ?? null,
        separateConsent: policy.rules?.['separate-consent']?.enabled !== false,
        history: all.filter((h) => h.origin === origin && h.formFingerprint === fingerprint),
        status: l.status(),
      };
      return reply;
    }
    case 'ledger/status':
      return l.status();
    case 'ledger/retry':
      return l.retryNow();
    case 'ledger/revoke': {
      const result = await l.revoke(String(message.id ?? ''));
      return result ? { ok: true, revocation: result.revocation, written: result.written, status: l.status() } : { ok: false, status: l.status() };
    }
    default:
      return undefined;
  }
}

export type { DecisionRecord, LedgerStatus };
/** Sensitive categories of a list, for callers deciding whether to ask per category. */
export function sensitiveOf(categories: readonly string[]): CategoryId[] {
  return cleanCategories(categories).filter((c) => isSensitive(c));
}
