// The options page's own connection to the ledger. Reads (the list, export) are done here, not
// through the service worker: 100,000 records must not cross a message channel to be filtered.
import { Ledger } from '../../db';

let ledger: Ledger | null = null;

export function optionsLedger(): Ledger {
  ledger ??= new Ledger();
  return ledger;
}

/** Tests and the benchmark may hand in a ledger of their own (another database name). */
export function setOptionsLedger(l: Ledger): void {
  ledger = l;
}
