// The options page's own connection to the ledger, for reading only (the list, export): 100,000
// records must not cross a message channel to be filtered. Every write goes to the service worker
// (ask 'ledger/…'), the ledger's one writer. The one thing this page may store is the list's
// packed summary (list-index.ts), a cache rebuilt from the records inside an IndexedDB
// transaction, so it cannot race the worker's writes.
import { Ledger } from '../../db';

let ledger: Ledger | null = null;

export function optionsLedger(): Ledger {
  ledger ??= new Ledger({ readOnly: true });
  return ledger;
}
