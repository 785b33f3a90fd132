// Search and filter for the "My consents" list, built to stay fast at 100,000 records: filters run
// over the packed summary of list-index.ts (one IndexedDB read, then typed arrays in memory), and
// only the visible page of records is read with bulkGet. Ids sort by time (ids.ts), so the
// summary's id order is the list's order.
import type { CategoryId } from '../core/taxonomy';
import { loadIndex } from './list-index';
import type { DecisionRecord, DecisionState } from './records';
import type { LedgerDb } from './schema';

export interface LedgerFilter {
  /** Case-insensitive substring of the origin ("oa.example" matches https://oa.example.cn). */
  site?: string;
  purposeId?: string;
  category?: CategoryId;
  /** A decision state, or 'expired': grants past the purpose's retention. */
  state?: DecisionState | 'expired';
}

export interface LedgerQueryResult {
  /** Matching ids, newest first. Pages are read from here. */
  ids: string[];
  total: number;
  /** Milliseconds the query took (shown for the benchmark, and useful when it is slow). */
  tookMs: number;
}

export async function queryDecisionIds(
  db: LedgerDb,
  filter: LedgerFilter,
  now: number = Date.now(),
): Promise<LedgerQueryResult> {
  const started = performance.now();
  const index = await loadIndex(db);
  const ids = index.filter(filter, now);
  return { ids, total: ids.length, tookMs: performance.now() - started };
}

export async function loadDecisionPage(
  db: LedgerDb,
  result: Pick<LedgerQueryResult, 'ids'>,
  offset: number,
  limit: number,
): Promise<DecisionRecord[]> {
  const page = result.ids.slice(offset, offset + limit);
  const rows = await db.decisions.bulkGet(page);
  return rows.filter((r): r is DecisionRecord => r !== undefined);
}

/** Values for the filter drop-downs, from the summary. */
export async function filterChoices(
  db: LedgerDb,
): Promise<{ purposes: string[]; categories: CategoryId[]; origins: string[]; total: number }> {
  const index = await loadIndex(db);
  const sort = (xs: string[]) => [...xs].sort();
  return {
    purposes: sort(index.purposes),
    categories: index.categoriesPresent(),
    origins: sort(index.origins),
    total: index.size,
  };
}

/** Grants whose retention passed: the collector should have deleted the data by now. */
export function isPastRetention(d: DecisionRecord, now: number): boolean {
  return d.state === 'granted' && d.expiresAt !== null && d.expiresAt < now;
}
