// Dexie schema of the consent ledger, one declaration per version. Never edit a shipped version:
// add a new one with an upgrade function (IndexedDB keeps old data; Dexie replays the chain).
//
// v1: decisions, submissions, meta. Decisions carried `retentionDays` and no expiry.
// v2: decisions carry `expiresAt` (indexed, for "should have been deleted" and pruning); the upgrade
//     computes it from v1's `retentionDays`. Adds [origin+formFingerprint] indexes for historyFor
//     and a multiEntry category index on submissions.
import Dexie, { type Table } from 'dexie';
import type { DecisionRecord, MetaRecord, SubmissionRecord } from './records';

export const LEDGER_DB_NAME = 'formwarden-ledger';
export const LEDGER_SCHEMA_VERSION = 2;
const DAY_MS = 86_400_000;

export const SCHEMA_V1 = {
  decisions: 'id, state, origin, formFingerprint, purposeId, *categories, at',
  submissions: 'id, origin, formFingerprint, at',
  meta: 'key',
};

export const SCHEMA_V2 = {
  decisions:
    'id, state, origin, formFingerprint, purposeId, *categories, at, expiresAt, receiptId, [origin+formFingerprint]',
  submissions: 'id, origin, formFingerprint, at, *categories, [origin+formFingerprint]',
  meta: 'key',
};

/** What a v1 decision looked like (only the fields the upgrade touches). */
interface DecisionV1 {
  at: number;
  retentionDays?: number | null;
  expiresAt?: number | null;
  noticeContact?: string | null;
  controller?: string | null;
  revokes?: string | null;
  revokedAt?: number | null;
  receipt?: unknown;
  receiptId?: string | null;
}

export function upgradeDecisionToV2(d: DecisionV1): void {
  d.expiresAt = d.retentionDays != null && d.retentionDays > 0 ? d.at + d.retentionDays * DAY_MS : null;
  delete d.retentionDays;
  d.noticeContact ??= null;
  d.controller ??= null;
  d.revokes ??= null;
  d.revokedAt ??= null;
  d.receipt ??= null;
  d.receiptId ??= null;
}

export class LedgerDb extends Dexie {
  decisions!: Table<DecisionRecord, string>;
  submissions!: Table<SubmissionRecord, string>;
  meta!: Table<MetaRecord, string>;

  constructor(name: string = LEDGER_DB_NAME, upToVersion: 1 | 2 = LEDGER_SCHEMA_VERSION) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    if (upToVersion >= 2) {
      this.version(2)
        .stores(SCHEMA_V2)
        .upgrade((tx) =>
          tx
            .table('decisions')
            .toCollection()
            .modify((d: DecisionV1) => upgradeDecisionToV2(d)),
        );
    }
  }
}
