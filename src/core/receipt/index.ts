// Kantara Consent Receipt v1.1 for grants recorded in the consent ledger (issue 5).
export { buildConsentReceipt } from './build';
export { isConsentReceipt, receiptProblems } from './validate';
export { KANTARA_VERSION, type ConsentReceipt } from './kantara';
