// The consent ledger (issue 5). Extension origin only: the service worker and extension pages.
// Never import this from the content script (it would open the page origin's IndexedDB).
export { Ledger, type LedgerStatus, type LedgerOptions } from './ledger';
export { LedgerDb } from './schema';
export type { ConsentDecision, DecisionRecord } from './records';
export type { DecisionInput } from './decisions';
export {
  queryDecisionIds,
  loadDecisionPage,
  filterChoices,
  isPastRetention,
  type LedgerFilter,
  type LedgerQueryResult,
} from './query';
export { exportLedger, importLedger, decisionsToCsv } from './transfer';
export { memorySpill } from './spill';
