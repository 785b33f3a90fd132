// Every write goes to the service worker, the ledger's one writer; this page only reads. What the
// last write (or import, or deletion) said is shown under the list.
import { useState } from 'preact/hooks';
import type { LedgerStatus } from '../../db';
import type { LedgerT } from './strings';

interface WriteReply {
  ok: boolean;
  error?: string;
  status: LedgerStatus;
}
/** Shows a write's outcome and lists the ledger again; returns whether it was done. */
export type Written = (reply: WriteReply) => boolean;

export function useLedgerWrites(t: LedgerT, workerStatus: (status: LedgerStatus) => void, refresh: () => void) {
  const [message, setMessage] = useState<string | null>(null);
  const written: Written = (reply) => {
    workerStatus(reply.status);
    if (!reply.ok && reply.error) setMessage(t('writeFailed', { reason: reply.error }));
    refresh();
    return reply.ok;
  };
  return { message, say: setMessage, written };
}
