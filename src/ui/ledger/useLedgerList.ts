// The options page's consent list: the filter, the records it matches, one page of them at a time.
// Ids are queried on every filter change (and after every write: `version`), then one page is read
// (src/db/query.ts), so 100,000 records open and filter in well under 200 ms. The timings are kept
// for the benchmark (data-* attributes of the list).
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLatest } from '../use-latest';
import {
  loadDecisionPage,
  queryDecisionIds,
  type DecisionRecord,
  type Ledger,
  type LedgerFilter,
  type LedgerQueryResult,
} from '../../db';

export const PAGE_SIZE = 50;

interface ListTiming {
  /** Panel mount → first page shown (ms). */
  openMs?: number;
  /** Navigation start → first page shown (ms). */
  readyAt?: number;
  /** The last query, ids and page (ms). */
  queryMs?: number;
  /** Queries answered so far. */
  done?: number;
}

export interface LedgerList {
  filter: LedgerFilter;
  /** Merges a change into the filter (and queries again). */
  refine: (patch: Partial<LedgerFilter>) => void;
  /** Null until the first query is answered. */
  result: LedgerQueryResult | null;
  offset: number;
  rows: DecisionRecord[];
  timing: ListTiming;
  goTo: (offset: number) => Promise<void>;
  /** When the panel opened: what "past its retention" is measured against. */
  now: number;
}

/** `afterRead` runs after every query, answered or not (the panel shows the ledger's status then). */
export function useLedgerList(ledger: Ledger, version: number, afterRead: () => void): LedgerList {
  const mountedAt = useRef(performance.now());
  const [filter, setFilter] = useState<LedgerFilter>({});
  const [result, setResult] = useState<LedgerQueryResult | null>(null);
  const [offset, setOffset] = useState(0);
  const [rows, setRows] = useState<DecisionRecord[]>([]);
  const [timing, setTiming] = useState<ListTiming>({});
  const querySeq = useRef(0);
  const [now] = useState(() => Date.now());
  const read = useLatest(afterRead);

  useEffect(() => {
    const seq = ++querySeq.current;
    void (async () => {
      const started = performance.now();
      try {
        const db = await ledger.database();
        const found = await queryDecisionIds(db, filter, now);
        const page = await loadDecisionPage(db, found, 0, PAGE_SIZE);
        if (seq !== querySeq.current) return;
        setResult(found);
        setOffset(0);
        setRows(page);
        const queryMs = performance.now() - started;
        setTiming((tm) => ({
          openMs: tm.openMs ?? performance.now() - mountedAt.current,
          readyAt: tm.readyAt ?? performance.now(),
          queryMs,
          done: (tm.done ?? 0) + 1,
        }));
      } catch {
        if (seq === querySeq.current) setResult({ ids: [], total: 0, tookMs: 0 });
      }
      read.current();
    })();
  }, [ledger, filter, version, now, read]);

  const goTo = async (next: number) => {
    if (!result) return;
    const db = await ledger.database();
    setRows(await loadDecisionPage(db, result, next, PAGE_SIZE));
    setOffset(next);
  };

  const refine = (patch: Partial<LedgerFilter>) => setFilter((f) => ({ ...f, ...patch }));
  return { filter, refine, result, offset, rows, timing, goTo, now };
}
