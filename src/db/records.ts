// What the consent ledger stores. Metadata only: which categories a form asked for, never a value.
import type { CategoryId } from '../core/taxonomy';
import type { LegalBasis, NoticeElement } from '../core/types';
import type { ConsentReceipt } from '../core/receipt';

export type DecisionState = 'granted' | 'refused' | 'revoked';
export const DECISION_STATES: readonly DecisionState[] = ['granted', 'refused', 'revoked'];

export type CollectionMethod = 'popup' | 'submit-guard' | 'options';

/**
 * What the employee decided about one form: the one type of a consent decision. The popup's
 * message, the ledger's input and the stored record are all derived from it (Pick/Omit), so a
 * field renamed here is renamed everywhere.
 */
export interface ConsentDecision {
  decision: 'granted' | 'refused';
  origin: string;
  /** Fingerprint of the form that survives re-renders (computed by the content script). */
  formFingerprint: string;
  purposeId: string;
  /** Known category ids only (cleanCategories): never free text from the page. */
  categories: CategoryId[];
  policyId: string;
  policyVersion: string;
}

export interface DecisionRecord extends Omit<ConsentDecision, 'decision'> {
  /** Time-sortable id (see ids.ts): sorting ids sorts records by time. */
  id: string;
  state: DecisionState;
  purposeLabel: string;
  /** Hash of the notice as seen (links + elements + controls), to tell later whether it changed. */
  noticeHash: string | null;
  noticeElements: Partial<Record<NoticeElement, boolean>>;
  noticeLinks: string[];
  /** Where the notice says to ask for access / deletion, when the page showed it. */
  noticeContact: string | null;
  /** The controller as the notice names it, or null (then the origin stands in). */
  controller: string | null;
  legalBasis: LegalBasis | null;
  collectionMethod: CollectionMethod;
  /** ms since epoch. */
  at: number;
  /** at + the purpose's retentionDays; null when the policy states no retention. (v2) */
  expiresAt: number | null;
  receiptId: string | null;
  receipt: ConsentReceipt | null;
  /** On a 'revoked' record: the id of the grant it revokes. */
  revokes: string | null;
  /** On a 'granted' record that was later revoked: when. */
  revokedAt: number | null;
}

export interface SubmissionRecord {
  id: string;
  at: number;
  origin: string;
  formFingerprint: string;
  categories: CategoryId[];
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

export const META_KEYS = {
  principalId: 'principalId',
  /** User setting: the ledger deletes its own records older than this many days (null = keep). */
  pruneAfterDays: 'pruneAfterDays',
  lastPrunedAt: 'lastPrunedAt',
} as const;
