// What the options page shows about the whole ledger besides the list: the filter's choices and the
// counts. Read once, and again after every write (`version`).
import { useEffect, useState } from 'preact/hooks';
import { CATEGORY_IDS, type CategoryId } from '../../core/taxonomy';
import { filterChoices, type Ledger } from '../../db';
import { useLatest } from '../use-latest';

export interface LedgerSummary {
  choices: { purposes: string[]; categories: CategoryId[] };
  submissions: number;
  decisions: number;
}

const NOTHING_YET: LedgerSummary = { choices: { purposes: [], categories: [] }, submissions: 0, decisions: 0 };

/** `afterRead` runs after every read, answered or not (the panel shows the ledger's status then). */
export function useLedgerSummary(ledger: Ledger, version: number, afterRead: () => void): LedgerSummary {
  const [summary, setSummary] = useState<LedgerSummary>(NOTHING_YET);
  const read = useLatest(afterRead);
  useEffect(() => {
    void (async () => {
      try {
        const db = await ledger.database();
        // No decisions.count(): Chromium counts by walking the store; the summary knows the size.
        const [c, s] = await Promise.all([filterChoices(db), db.submissions.count()]);
        setSummary({
          choices: { purposes: c.purposes, categories: c.categories.filter((x) => CATEGORY_IDS.includes(x)) },
          submissions: s,
          decisions: c.total,
        });
      } catch {
        // the status banner says why
      }
      read.current();
    })();
  }, [ledger, version, read]);
  return summary;
}
