// Kantara Consent Receipt v1.1 for grants recorded in the consent ledger (issue 5).
export { buildConsentReceipt, type ReceiptInput } from './build';
export { isConsentReceipt, receiptProblems } from './validate';
export {
  KANTARA_VERSION,
  type ConsentReceipt,
  type KantaraPurpose,
  type KantaraService,
  type KantaraPiiController,
} from './kantara';
export { PURPOSE_CATEGORY_BY_LEGAL_BASIS } from './purpose-categories';
