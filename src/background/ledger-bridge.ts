// Background side of the consent ledger: the service worker is the ledger's one writer. The submit
// guard's answers (content script), the popup's consents and every change the options page makes
// (revoke, import, self-pruning, delete everything) come here as messages of the contract
// (src/messaging/contract.ts); the options page only reads the database for its list. After every
// write the router re-evaluates the open tabs it concerns.
//
// What a content script can say is only what the employee clicked in the guard: "Send anyway"
// (continue → a grant and a submission), "Go back" (cancel) and a blocked form (both record
// nothing — going back to leave a question empty is not a refusal, and recording it as one would
// make the next visit look like "asked again after refusal"). Which form, origin, purpose and
// categories it concerns comes from the background's own report of the sender's tab.
import { originOf } from '../core/evaluate/domains';
import { purposeById } from '../core/policy';
import { categoriesAskedBy } from '../core/report';
import type { HistoryEntry, Locale, Policy, Report } from '../core/types';
import { cleanCategories, type NoticeAsSeen } from '../db/decisions';
import { Ledger, type DecisionInput, type LedgerStatus } from '../db';
import type { ConsentRequest, LedgerContextReply, LedgerDecisionReply, LedgerWriteReply } from '../messaging/contract';
import { currentLocale } from '../ui/i18n';
import { getPolicyInForce } from './policy-in-force';
import type { Handlers, Sender } from './router';
import { getTab, type TabState } from './tab-state';

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

/** The origin a write concerns, or null when it may concern any (revoke, import, prune, delete). */
type ChangedOrigin = string | null;
const changeListeners = new Set<(origin: ChangedOrigin) => void>();
/** Called after each write, so the router can re-evaluate the tabs it concerns. */
export function onLedgerChange(listener: (origin: ChangedOrigin) => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

function changed(origin: ChangedOrigin): void {
  for (const listener of changeListeners) listener(origin);
}

function str(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0;
}

function purposeLabelOf(policy: Policy, purposeId: string, locale: Locale): string {
  const label = purposeById(policy, purposeId)?.label;
  return label?.[locale] ?? label?.en ?? purposeId;
}

/** SHA-256 of the notice as seen, to tell later whether the notice changed since the decision. */
export async function noticeHash(
  notice: Pick<Report['notice'], 'links' | 'elements' | 'consentControls' | 'separateConsentFor'>,
): Promise<string> {
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
    elements: extra?.elements ?? report.notice.elements,
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

/** A decision on its way to the ledger: the contract's decision, with what the background adds. */
type Normalised = Omit<ConsentRequest, 'policyId' | 'policyVersion'> &
  Partial<Pick<ConsentRequest, 'policyId' | 'policyVersion'>> &
  Pick<DecisionInput, 'purposeLabel' | 'thirdPartyNames' | 'at'> & { collectionMethod: 'popup' | 'submit-guard' };

async function record(n: Normalised): Promise<LedgerDecisionReply> {
  const l = getLedger();
  const { policy } = await getPolicyInForce();
  const locale = n.language ?? currentLocale();
  const purpose = purposeById(policy, n.purposeId);
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
  changed(n.origin);
  return { ok: true, recorded: true, id: saved.id, receiptId: saved.receiptId, written, status: l.status() };
}

// The guard's "continue" is followed by the form's own submit; if the content script also reports
// that submit, one submission is enough.
const SUBMISSION_DEDUP_MS = 5000;
const lastSubmission = new Map<string, number>();

/** True when `key` was seen within the last few seconds; remembers it now otherwise. */
function seenJustNow(seen: Map<string, number>, key: string): boolean {
  const now = Date.now();
  if (now - (seen.get(key) ?? 0) < SUBMISSION_DEDUP_MS) return true;
  seen.set(key, now);
  return false;
}

async function recordSubmission(
  origin: string,
  formFingerprint: string,
  categories: unknown[],
): Promise<{ ok: boolean; written: boolean; duplicate?: boolean }> {
  const key = `${origin} ${formFingerprint}`;
  if (seenJustNow(lastSubmission, key)) return { ok: true, written: true, duplicate: true };
  const { written } = await getLedger().recordSubmission({
    origin,
    formFingerprint,
    categories: cleanCategories(categories),
  });
  return { ok: true, written };
}

/** The form on a tab, as the background's own report of it says (never as the page says). */
interface TabForm {
  origin: string;
  formFingerprint: string;
  report: Report;
  state: TabState;
}

async function formOnTab(tabId: number | undefined): Promise<TabForm | null> {
  if (tabId === undefined) return null;
  const state = await getTab(tabId).catch(() => undefined);
  const origin = state && originOf(state.pageUrl);
  if (!origin || !state.formFingerprint || !state.report) return null;
  return { origin, formFingerprint: state.formFingerprint, report: state.report, state };
}

async function writeReply(write: () => Promise<boolean>, origin: ChangedOrigin): Promise<LedgerWriteReply> {
  const l = getLedger();
  try {
    const written = await write();
    changed(origin);
    return { ok: true, written, status: l.status() };
  } catch (error) {
    return {
      ok: false,
      written: false,
      error: error instanceof Error ? error.message : String(error),
      status: l.status(),
    };
  }
}

const lastGuardGrant = new Map<string, number>();

/**
 * A "Send anyway" is believed only where the guard could have asked it: the policy asks before
 * sending (onSubmit "confirm"), the sender is the document of a frame that holds a personal field
 * of the report, and at most once per form every few seconds (a renderer spamming grants would
 * fill the ledger). A renderer that controls the form's own frame can still fake the click itself;
 * only a question asked in a window of the extension's own would close that.
 */
async function whyNotBelieved(form: TabForm, from: Sender): Promise<string | null> {
  const { policy } = await getPolicyInForce();
  if ((policy.onSubmit ?? 'warn') !== 'confirm') return 'the policy does not ask before sending';
  const frame = form.state.frames[String(from.frameId)];
  const personal = new Set(form.report.fields.filter((f) => f.category !== null).map((f) => f.selector));
  if (!frame || frame.documentId !== from.documentId || !frame.scan?.fields.some((f) => personal.has(f.selector)))
    return "the sender holds none of the form's personal fields";
  if (seenJustNow(lastGuardGrant, `${form.origin} ${form.formFingerprint}`))
    return 'already recorded for this form a moment ago';
  return null;
}

/** The ledger's routes of the message contract. */
export const ledgerHandlers: Pick<
  Handlers,
  | 'guard/decision'
  | 'guard/submitted'
  | 'ledger/consent'
  | 'ledger/history'
  | 'ledger/context'
  | 'ledger/status'
  | 'ledger/retry'
  | 'ledger/revoke'
  | 'ledger/import'
  | 'ledger/set-prune-after-days'
  | 'ledger/delete-everything'
> = {
  async 'guard/decision'({ decision }, from) {
    const l = getLedger();
    if (decision !== 'continue') return { ok: true, recorded: false, status: l.status() };
    const form = await formOnTab(from.tabId);
    if (!form) return { ok: false, recorded: false, error: 'no report for this tab yet', status: l.status() };
    const unbelievable = await whyNotBelieved(form, from);
    if (unbelievable) {
      console.warn(`[FormWarden] a "Send anyway" was not recorded: ${unbelievable}`);
      return { ok: false, recorded: false, error: unbelievable, status: l.status() };
    }
    const categories = categoriesAskedBy(form.report);
    const reply = await record({
      decision: 'granted',
      origin: form.origin,
      formFingerprint: form.formFingerprint,
      purposeId: form.report.purpose.id,
      categories,
      collectionMethod: 'submit-guard',
      tabId: from.tabId,
    });
    await recordSubmission(form.origin, form.formFingerprint, categories);
    return reply;
  },
  async 'guard/submitted'(_request, from) {
    const form = await formOnTab(from.tabId);
    if (!form) return { ok: false, written: false };
    return recordSubmission(form.origin, form.formFingerprint, categoriesAskedBy(form.report));
  },
  async 'ledger/consent'(m: ConsentRequest) {
    const l = getLedger();
    if (
      !str(m.origin) ||
      !str(m.formFingerprint) ||
      !str(m.purposeId) ||
      (m.decision !== 'granted' && m.decision !== 'refused')
    ) {
      return {
        ok: false,
        recorded: false,
        error: 'origin, formFingerprint, purposeId and decision are required',
        status: l.status(),
      };
    }
    return record({ ...m, categories: cleanCategories(m.categories), collectionMethod: 'popup', tabId: m.tabId });
  },
  'ledger/history': ({ origin, formFingerprint }) => historyFor(String(origin ?? ''), String(formFingerprint ?? '')),
  async 'ledger/context'({ origin, formFingerprint, purposeId }) {
    const { policy } = await getPolicyInForce();
    const all = await historyFor(String(origin ?? ''), String(formFingerprint ?? ''));
    return {
      purposeLabel: purposeLabelOf(policy, String(purposeId ?? ''), currentLocale()),
      retentionDays: purposeById(policy, String(purposeId ?? ''))?.retentionDays ?? null,
      separateConsent: policy.rules?.['separate-consent']?.enabled !== false,
      history: all.filter((h) => h.origin === origin && h.formFingerprint === formFingerprint),
      status: getLedger().status(),
    } satisfies LedgerContextReply;
  },
  'ledger/status': () => getLedger().status(),
  'ledger/retry': () => getLedger().retryNow(),
  async 'ledger/revoke'({ id }) {
    const l = getLedger();
    const result = await l.revoke(String(id ?? '')).catch(() => null);
    if (!result) return { ok: false, written: false, error: 'no such consent to withdraw', status: l.status() };
    changed(result.grant.origin);
    return { ok: true, written: result.written, status: l.status() };
  },
  async 'ledger/import'({ data }) {
    const l = getLedger();
    try {
      const result = await l.importData(data);
      changed(null);
      return { ok: true, result, status: l.status() };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error), status: l.status() };
    }
  },
  'ledger/set-prune-after-days': ({ days }) =>
    writeReply(async () => {
      await getLedger().setPruneAfterDays(typeof days === 'number' && days > 0 ? days : null);
      return true;
    }, null),
  'ledger/delete-everything': () => writeReply(async () => (await getLedger().deleteEverything()).cleared, null),
};

export type { LedgerStatus };
