// Search and filter for the "My consents" list, built to stay fast at 100,000 records: each filter
// is answered by an index as a list of primary keys only (no records are read), the key lists are
// intersected in memory, and because ids sort by time (ids.ts) the newest-first order is a sort of
// strings. Only the visible page of records is then read with bulkGet.
import type { CategoryId } from '../core/taxonomy';
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
  /** Matching ids, newest first; null when nothing is filtered (pages then walk the primary key). */
  ids: string[] | null;
  total: number;
  /** Milliseconds the query took (shown for the benchmark, and useful when it is slow). */
  tookMs: number;
}

function isEmptyFilter(f: LedgerFilter): boolean {
  return !f.site?.trim() && !f.purposeId && !f.category && !f.state;
}

async function keysForFilter(db: LedgerDb, filter: LedgerFilter, now: number): Promise<string[][]> {
  const lists: Promise<string[]>[] = [];
  const site = filter.site?.trim().toLowerCase();
  if (site) {
    // Distinct origins are few: find the matching ones, then ask the index for their keys.
    lists.push(
      db.decisions
        .orderBy('origin')
        .uniqueKeys()
        .then((origins) => {
          const matching = (origins as string[]).filter((o) => o.toLowerCase().includes(site));
          return matching.length ? (db.decisions.where('origin').anyOf(matching).primaryKeys() as Promise<string[]>) : [];
        }),
    );
  }
  if (filter.purposeId) lists.push(db.decisions.where('purposeId').equals(filter.purposeId).primaryKeys());
  if (filter.category) lists.push(db.decisions.where('categories').equals(filter.category).primaryKeys());
  if (filter.state === 'expired') {
    // Revocations and refusals have no expiry, so every key below `now` is a grant.
    lists.push(db.decisions.where('expiresAt').below(now).primaryKeys());
  } else if (filter.state) {
    lists.push(db.decisions.where('state').equals(filter.state).primaryKeys());
  }
  return Promise.all(lists);
}

export function intersectKeys(lists: string[][]): string[] {
  if (lists.length === 0) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let result = sorted[0]!;
  for (const other of sorted.slice(1)) {
    const set = new Set(other);
    result = result.filter((k) => set.has(k));
  }
  return [...new Set(result)];
}

export async function queryDecisionIds(db: LedgerDb, filter: LedgerFilter, now: number = Date.now()): Promise<LedgerQueryResult> {
  const started = performance.now();
  if (isEmptyFilter(filter)) {
    // Opening the list: a count, and the first page straight from the primary key (no key list).
    return { ids: null, total: await db.decisions.count(), tookMs: performance.now() - started };
  }
  const ids = intersectKeys(await keysForFilter(db, filter, now));
  // primaryKeys() come ascending; intersections keep the smallest list's order, so sort anyway.
  ids.sort();
  ids.reverse();
  return { ids, total: ids.length, tookMs: performance.now() - started };
}

export async function loadDecisionPage(db: LedgerDb, result: Pick<LedgerQueryResult, 'ids'>, offset: number, limit: number): Promise<DecisionRecord[]> {
  if (result.ids === null) return db.decisions.orderBy(':id').reverse().offset(offset).limit(limit).toArray();
  const page = result.ids.slice(offset, offset + limit);
  const rows = await db.decisions.bulkGet(page);
  return rows.filter((r): r is DecisionRecord => r !== undefined);
}

/** Values for the filter drop-downs, straight from the indexes. */
export async function filterChoices(db: LedgerDb): Promise<{ purposes: string[]; categories: CategoryId[]; origins: string[] }> {
  const [purposes, categories, origins] = await Promise.all([
    db.decisions.orderBy('purposeId').uniqueKeys(),
    db.decisions.orderBy('categories').uniqueKeys(),
    db.decisions.orderBy('origin').uniqueKeys(),
  ]);
  return { purposes: purposes as string[], categories: categories as CategoryId[], origins: origins as string[] };
}

/** Grants whose retention passed: the collector should have deleted the data by now. */
export function isPastRetention(d: DecisionRecord, now: number): boolean {
  return d.state === 'granted' && d.expiresAt !== null && d.expiresAt < now;
}
