// Whether the ledger is being written, for the options page's two status banners: this page's own
// connection (which only reads) and the service worker's, the ledger's one writer.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Ledger, LedgerStatus } from '../../db';
import { ask } from '../ask';
import { useLatest } from '../use-latest';

/**
 * This page's connection. `becameWritable` runs when the ledger is writable again (unblocked, quota
 * freed), to list what it now holds. `update` shows the status after a read.
 */
export function usePageLedgerStatus(ledger: Ledger, becameWritable: () => void) {
  const [status, setStatus] = useState<LedgerStatus | null>(null);
  const wasWritable = useRef(true);
  const onWritable = useLatest(becameWritable);
  useEffect(
    () =>
      ledger.onStatus((s) => {
        setStatus(s);
        if (s.writable && !wasWritable.current) onWritable.current();
        wasWritable.current = s.writable;
      }),
    [ledger, onWritable],
  );
  return {
    status,
    update: () => setStatus(ledger.status()),
    retry: () => void ledger.retryNow().then(setStatus),
  };
}

/**
 * The service worker's ledger: it writes every record, so it is the one that may not be writing.
 * Asked every 5 s; `update` shows the status a write's reply carries.
 */
export function useWorkerLedgerStatus() {
  const [status, setStatus] = useState<LedgerStatus | null>(null);
  useEffect(() => {
    const askStatus = () =>
      void ask({ type: 'ledger/status' })
        .then((s) => setStatus(s ?? null))
        .catch(() => undefined);
    askStatus();
    const timer = setInterval(askStatus, 5000);
    return () => clearInterval(timer);
  }, []);
  return {
    status,
    update: setStatus,
    retry: () =>
      void ask({ type: 'ledger/retry' })
        .then(setStatus)
        .catch(() => undefined),
  };
}
