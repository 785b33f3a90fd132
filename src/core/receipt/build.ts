// Builds a Kantara v1.1 consent receipt from one recorded grant. Pure: the receipt id, the time and
// the pseudonymous principal id are inputs, so the same grant always gives the same receipt.
import { CATEGORIES, isSensitive, type CategoryId } from '../taxonomy';
import type { LegalBasis, Locale } from '../types';
import { DEFAULT_PURPOSE_CATEGORY, PURPOSE_CATEGORY_BY_LEGAL_BASIS } from './purpose-categories';
import { KANTARA_VERSION, type ConsentReceipt } from './kantara';

const DAY_MS = 86_400_000;

export interface ReceiptInput {
  receiptId: string;
  /** ms since epoch. */
  at: number;
  /** Local random id of the employee; never their name or employee number. */
  principalId: string;
  origin: string;
  /** The controller as the notice names it; the site origin when the notice names none. */
  controllerName?: string | null;
  /** Where the notice says to ask for access/deletion, if it was found on the page. */
  noticeContact?: string | null;
  /** The privacy notice URL the page links to. */
  policyUrl?: string | null;
  jurisdiction?: string | null;
  language: Locale;
  /** How consent was collected, as the ledger names it ('popup', 'submit-guard', 'options', …). */
  collectionMethod: string;
  purposeId: string;
  purposeLabel: string;
  categories: CategoryId[];
  legalBasis?: LegalBasis | null;
  retentionDays?: number | null;
  thirdPartyDisclosure?: boolean;
  thirdPartyNames?: string[];
}

const LABEL_EN: ReadonlyMap<string, string> = new Map(CATEGORIES.map((c) => [c.id, c.label.en]));

/** Category ids are kept next to their English label so a receipt is readable and machine-joinable. */
function piiCategoryName(id: CategoryId): string {
  return `${LABEL_EN.get(id) ?? id} (${id})`;
}

const COLLECTION_METHOD_TEXT: Record<string, string> = {
  popup: 'Web form; consent given in the FormWarden browser-extension popup',
  'submit-guard': 'Web form; consent given in the FormWarden dialog shown before the form was submitted',
};

function termination(at: number, retentionDays: number | null | undefined): string {
  if (retentionDays == null || !(retentionDays > 0)) {
    return 'Until consent is withdrawn; the policy in force states no retention period';
  }
  const end = new Date(at + retentionDays * DAY_MS).toISOString().slice(0, 10);
  return `Data to be deleted after ${retentionDays} days (by ${end}) or when consent is withdrawn, whichever is first`;
}

export function buildConsentReceipt(input: ReceiptInput): ConsentReceipt {
  const sensitiveIds = input.categories.filter((c) => isSensitive(c));
  const controller = input.controllerName?.trim() || input.origin;
  const thirdPartyNames = input.thirdPartyNames?.filter(Boolean) ?? [];
  const purposeCategory = input.legalBasis
    ? PURPOSE_CATEGORY_BY_LEGAL_BASIS[input.legalBasis]
    : DEFAULT_PURPOSE_CATEGORY;
  return {
    version: KANTARA_VERSION,
    jurisdiction: input.jurisdiction || 'unknown',
    consentTimestamp: Math.floor(input.at / 1000),
    collectionMethod: COLLECTION_METHOD_TEXT[input.collectionMethod] ?? input.collectionMethod,
    consentReceiptID: input.receiptId,
    language: input.language,
    piiPrincipalId: input.principalId,
    piiControllers: [
      {
        piiController: controller,
        // v1.1 makes contact mandatory; say honestly when the notice gave none.
        contact: input.noticeContact?.trim() || 'not stated in the notice seen on the page',
        piiControllerUrl: input.origin,
      },
    ],
    policyUrl: input.policyUrl || 'no privacy notice linked from the form',
    services: [
      {
        service: `Form at ${input.origin}`,
        purposes: [
          {
            purpose: input.purposeLabel || input.purposeId,
            purposeCategory: [purposeCategory],
            consentType: 'EXPLICIT',
            piiCategory: input.categories.map(piiCategoryName),
            primaryPurpose: true,
            termination: termination(input.at, input.retentionDays),
            thirdPartyDisclosure: input.thirdPartyDisclosure ?? thirdPartyNames.length > 0,
            ...(thirdPartyNames.length > 0 ? { thirdPartyName: thirdPartyNames.join(', ') } : {}),
          },
        ],
      },
    ],
    sensitive: sensitiveIds.length > 0,
    spiCat: sensitiveIds.map(piiCategoryName),
  };
}
