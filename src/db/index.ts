// The consent ledger (issue 5). Extension origin only: the service worker and extension pages.
// Never import this from the content script (it would open the page origin's IndexedDB).
export { Ledger, type LedgerStatus, type LedgerOptions } from './ledger';
export { LedgerDb, LEDGER_DB_NAME, LEDGER_SCHEMA_VERSION, SCHEMA_V1, SCHEMA_V2 } from './schema';
export type {
  ConsentDecision,
  DecisionRecord,
  SubmissionRecord,
  DecisionState,
  CollectionMethod,
  MetaRecord,
} from './records';
export { DECISION_STATES, META_KEYS } from './records';
export type { DecisionInput, SubmissionInput, NoticeAsSeen } from './decisions';
export {
  queryDecisionIds,
  loadDecisionPage,
  filterChoices,
  isPastRetention,
  type LedgerFilter,
  type LedgerQueryResult,
} from './query';
export {
  exportLedger,
  importLedger,
  decisionsToCsv,
  EXPORT_FORMAT,
  type LedgerExport,
  type ImportResult,
} from './transfer';
export type { LedgerError, LedgerErrorKind } from './faults';
export { memorySpill, type SpillStore } from './spill';
export { HISTORY_WINDOW_DAYS } from './history';
