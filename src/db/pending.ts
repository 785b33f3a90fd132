// A write waiting for IndexedDB. Plain data (structured-clonable, JSON-safe) so it can be spilled.
import type { DecisionRecord, MetaRecord, SubmissionRecord } from './records';

export type PendingWrite =
  | { op: 'put-decision'; record: DecisionRecord }
  | { op: 'put-submission'; record: SubmissionRecord }
  | { op: 'mark-revoked'; grantId: string; revokedAt: number }
  /** Writes the meta value only if the key is absent (the pseudonymous principal id). */
  | { op: 'init-meta'; record: MetaRecord }
  | { op: 'put-meta'; record: MetaRecord };

/** Identity of a write, so restoring a spill twice does not duplicate it. */
export function pendingKey(write: PendingWrite): string {
  switch (write.op) {
    case 'put-decision':
    case 'put-submission':
      return `${write.op}:${write.record.id}`;
    case 'mark-revoked':
      return `${write.op}:${write.grantId}`;
    case 'init-meta':
    case 'put-meta':
      return `${write.op}:${write.record.key}`;
  }
}
