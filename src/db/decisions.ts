// Turns what the employee clicked (plus the page's metadata) into ledger records. Pure except for
// the ids handed in, so tests can pin every field.
import { buildConsentReceipt } from '../core/receipt';
import { isCategoryId, type CategoryId } from '../core/taxonomy';
import { NOTICE_ELEMENTS, type LegalBasis, type Locale, type NoticeElement } from '../core/types';
import type { CollectionMethod, ConsentDecision, DecisionRecord, SubmissionRecord } from './records';

const DAY_MS = 86_400_000;

export interface NoticeAsSeen {
  hash?: string | null;
  elements?: Partial<Record<NoticeElement, boolean>>;
  links?: string[];
  contact?: string | null;
  controller?: string | null;
}

/** A decision as the ledger receives it: categories may still be raw (they are cleaned here). */
export interface DecisionInput extends Omit<ConsentDecision, 'categories'> {
  purposeLabel?: string;
  categories: readonly string[];
  notice?: NoticeAsSeen;
  retentionDays?: number | null;
  legalBasis?: LegalBasis | null;
  jurisdiction?: string | null;
  language?: Locale;
  collectionMethod: CollectionMethod;
  thirdPartyNames?: string[];
  thirdPartyDisclosure?: boolean;
  at?: number;
}

export interface SubmissionInput {
  origin: string;
  formFingerprint: string;
  categories: readonly string[];
  at?: number;
}

/** Only known category ids, each once: the ledger never stores free text from the page as a category. */
export function cleanCategories(categories: readonly unknown[] | undefined): CategoryId[] {
  return [...new Set((categories ?? []).filter(isCategoryId))];
}

function cleanElements(elements: NoticeAsSeen['elements']): Partial<Record<NoticeElement, boolean>> {
  const out: Partial<Record<NoticeElement, boolean>> = {};
  for (const e of NOTICE_ELEMENTS) if (typeof elements?.[e] === 'boolean') out[e] = elements[e];
  return out;
}

function cleanText(value: unknown, max = 500): string | null {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : null;
}

export interface DecisionIds {
  id: string;
  receiptId: string;
  principalId: string;
}

export function buildDecisionRecord(input: DecisionInput, ids: DecisionIds, now: number): DecisionRecord {
  const at = input.at ?? now;
  const categories = cleanCategories(input.categories);
  const granted = input.decision === 'granted';
  const retentionDays = input.retentionDays != null && input.retentionDays > 0 ? input.retentionDays : null;
  const notice = input.notice ?? {};
  const links = (notice.links ?? []).filter((l): l is string => typeof l === 'string').slice(0, 10);
  const purposeLabel = cleanText(input.purposeLabel, 200) ?? input.purposeId;
  const record: DecisionRecord = {
    id: ids.id,
    state: input.decision,
    origin: input.origin,
    formFingerprint: input.formFingerprint,
    purposeId: input.purposeId,
    purposeLabel,
    categories,
    noticeHash: cleanText(notice.hash, 200),
    noticeElements: cleanElements(notice.elements),
    noticeLinks: links,
    noticeContact: cleanText(notice.contact),
    controller: cleanText(notice.controller, 200),
    policyId: input.policyId,
    policyVersion: input.policyVersion,
    legalBasis: input.legalBasis ?? null,
    collectionMethod: input.collectionMethod,
    at,
    // A refusal hands over nothing, so nothing is to be deleted later.
    expiresAt: granted && retentionDays !== null ? at + retentionDays * DAY_MS : null,
    receiptId: granted ? ids.receiptId : null,
    receipt: null,
    revokes: null,
    revokedAt: null,
  };
  if (granted) {
    record.receipt = buildConsentReceipt({
      receiptId: ids.receiptId,
      at,
      principalId: ids.principalId,
      origin: input.origin,
      controllerName: record.controller,
      noticeContact: record.noticeContact,
      policyUrl: links[0] ?? null,
      jurisdiction: input.jurisdiction ?? null,
      language: input.language ?? 'en',
      collectionMethod: input.collectionMethod,
      purposeId: input.purposeId,
      purposeLabel,
      categories,
      legalBasis: input.legalBasis ?? null,
      retentionDays,
      thirdPartyDisclosure: input.thirdPartyDisclosure,
      thirdPartyNames: input.thirdPartyNames,
    });
  }
  return record;
}

export function buildRevocationRecord(grant: DecisionRecord, id: string, at: number): DecisionRecord {
  return {
    ...grant,
    id,
    state: 'revoked',
    collectionMethod: 'options',
    at,
    expiresAt: null,
    receiptId: null,
    receipt: null,
    revokes: grant.id,
    revokedAt: null,
  };
}

export function buildSubmissionRecord(input: SubmissionInput, id: string, now: number): SubmissionRecord {
  return {
    id,
    at: input.at ?? now,
    origin: input.origin,
    formFingerprint: input.formFingerprint,
    categories: cleanCategories(input.categories),
  };
}
