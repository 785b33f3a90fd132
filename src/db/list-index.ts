// A packed summary of every decision, kept as ONE value in the meta table, so "My consents" opens
// and filters 100,000 records without walking IndexedDB: in Chromium even key-only index reads
// (getAllKeys) of 20,000 keys cost hundreds of milliseconds, while one structured-clone read of a
// few typed arrays costs a few. Filters then run over typed arrays in memory (about 1 ms), and only
// the visible page of records is read (bulkGet of 50).
//
// It is maintained inside the same transaction as each write (see ledger.ts / transfer.ts), so it
// cannot drift; when it is missing (first run after an upgrade, after pruning) it is rebuilt once
// from the records. A small stamp record tells another page that its cached copy is stale.
import { CATEGORY_IDS, type CategoryId } from '../core/taxonomy';
import type { DecisionRecord, DecisionState } from './records';
import type { LedgerDb } from './schema';

export const LIST_INDEX_KEY = 'listIndex';
export const LIST_INDEX_STAMP_KEY = 'listIndexStamp';

const STATE_CODES: readonly DecisionState[] = ['granted', 'refused', 'revoked'];

/** How the summary is stored: typed arrays clone fast; ids travel as one joined string. */
export interface StoredListIndex {
  v: 1;
  ids: string;
  origin: Uint16Array;
  purpose: Uint16Array;
  state: Uint8Array;
  /** Bit i = CATEGORY_IDS[i]. */
  cats: Uint32Array;
  /** NaN when the decision has no expiry. */
  expiresAt: Float64Array;
  origins: string[];
  purposes: string[];
}

export interface IndexRow {
  id: string;
  origin: string;
  purposeId: string;
  state: DecisionState;
  categories: CategoryId[];
  expiresAt: number | null;
}

const CATEGORY_BIT = new Map<string, number>(CATEGORY_IDS.map((c, i) => [c, i]));

export function categoryMask(categories: readonly string[]): number {
  let mask = 0;
  for (const c of categories) {
    const bit = CATEGORY_BIT.get(c);
    if (bit !== undefined) mask |= 1 << bit;
  }
  return mask >>> 0;
}

type Column = number[] | Uint16Array | Uint8Array | Uint32Array | Float64Array;

/**
 * The in-memory, decoded summary; rows sorted by id (= by time). Columns stay the typed arrays
 * read from IndexedDB (converting 100,000 entries to JS arrays costs more than the filter) and
 * become plain arrays only when this page writes.
 */
export class DecisionIndex {
  ids: string[] = [];
  origin: Column = [];
  purpose: Column = [];
  state: Column = [];
  cats: Column = [];
  expiresAt: Column = [];
  origins: string[] = [];
  purposes: string[] = [];
  private originCode = new Map<string, number>();
  private purposeCode = new Map<string, number>();

  static fromRecords(records: Iterable<IndexRow>): DecisionIndex {
    const index = new DecisionIndex();
    const rows = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const r of rows) index.push(r);
    return index;
  }

  static decode(stored: StoredListIndex): DecisionIndex {
    const index = new DecisionIndex();
    index.ids = stored.ids ? stored.ids.split('\n') : [];
    index.origin = stored.origin;
    index.purpose = stored.purpose;
    index.state = stored.state;
    index.cats = stored.cats;
    index.expiresAt = stored.expiresAt;
    index.origins = [...stored.origins];
    index.purposes = [...stored.purposes];
    index.origins.forEach((o, i) => index.originCode.set(o, i));
    index.purposes.forEach((p, i) => index.purposeCode.set(p, i));
    return index;
  }

  encode(): StoredListIndex {
    return {
      v: 1,
      ids: this.ids.join('\n'),
      origin: Uint16Array.from(this.origin),
      purpose: Uint16Array.from(this.purpose),
      state: Uint8Array.from(this.state),
      cats: Uint32Array.from(this.cats),
      expiresAt: Float64Array.from(this.expiresAt),
      origins: this.origins,
      purposes: this.purposes,
    };
  }

  get size(): number {
    return this.ids.length;
  }

  private mutable(): { origin: number[]; purpose: number[]; state: number[]; cats: number[]; expiresAt: number[] } {
    if (!Array.isArray(this.origin)) {
      this.origin = Array.from(this.origin);
      this.purpose = Array.from(this.purpose);
      this.state = Array.from(this.state);
      this.cats = Array.from(this.cats);
      this.expiresAt = Array.from(this.expiresAt);
    }
    return this as unknown as {
      origin: number[];
      purpose: number[];
      state: number[];
      cats: number[];
      expiresAt: number[];
    };
  }

  private code(map: Map<string, number>, list: string[], value: string): number {
    let c = map.get(value);
    if (c === undefined) {
      c = list.length;
      list.push(value);
      map.set(value, c);
    }
    return c;
  }

  private push(r: IndexRow): void {
    const m = this.mutable();
    this.ids.push(r.id);
    m.origin.push(this.code(this.originCode, this.origins, r.origin));
    m.purpose.push(this.code(this.purposeCode, this.purposes, r.purposeId));
    m.state.push(Math.max(0, STATE_CODES.indexOf(r.state)));
    m.cats.push(categoryMask(r.categories));
    m.expiresAt.push(r.expiresAt ?? Number.NaN);
  }

  /** Inserts or replaces one row, keeping id order (new records are nearly always last). */
  upsert(r: IndexRow): void {
    const m = this.mutable();
    let lo = 0;
    let hi = this.ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ids[mid]! < r.id) lo = mid + 1;
      else hi = mid;
    }
    const replace = this.ids[lo] === r.id ? 1 : 0;
    this.ids.splice(lo, replace, r.id);
    m.origin.splice(lo, replace, this.code(this.originCode, this.origins, r.origin));
    m.purpose.splice(lo, replace, this.code(this.purposeCode, this.purposes, r.purposeId));
    m.state.splice(lo, replace, Math.max(0, STATE_CODES.indexOf(r.state)));
    m.cats.splice(lo, replace, categoryMask(r.categories));
    m.expiresAt.splice(lo, replace, r.expiresAt ?? Number.NaN);
  }

  /** Ids matching the filter, newest first. */
  filter(
    f: { site?: string; purposeId?: string; category?: CategoryId; state?: DecisionState | 'expired' },
    now: number,
  ): string[] {
    const site = f.site?.trim().toLowerCase();
    const originOk = site ? new Uint8Array(this.origins.map((o) => (o.toLowerCase().includes(site) ? 1 : 0))) : null;
    const purposeCode = f.purposeId !== undefined ? (this.purposeCode.get(f.purposeId) ?? -1) : null;
    const catBit = f.category !== undefined ? categoryMask([f.category]) : 0;
    const stateCode = f.state && f.state !== 'expired' ? STATE_CODES.indexOf(f.state) : null;
    const expired = f.state === 'expired';
    const out: string[] = [];
    for (let i = this.ids.length - 1; i >= 0; i--) {
      if (originOk && !originOk[this.origin[i]!]) continue;
      if (purposeCode !== null && this.purpose[i] !== purposeCode) continue;
      if (catBit && !(this.cats[i]! & catBit)) continue;
      if (stateCode !== null && this.state[i] !== stateCode) continue;
      if (expired && !(this.expiresAt[i]! < now)) continue;
      out.push(this.ids[i]!);
    }
    return out;
  }

  categoriesPresent(): CategoryId[] {
    let union = 0;
    for (const m of this.cats) union |= m;
    return CATEGORY_IDS.filter((_, i) => (union >>> 0) & (1 << i));
  }
}

export function rowOf(
  d: Pick<DecisionRecord, 'id' | 'origin' | 'purposeId' | 'state' | 'categories' | 'expiresAt'>,
): IndexRow {
  return {
    id: d.id,
    origin: d.origin,
    purposeId: d.purposeId,
    state: d.state,
    categories: d.categories,
    expiresAt: d.expiresAt,
  };
}

/** Must run inside a rw transaction that includes `meta`: adds records to the stored summary, if there is one. */
export async function addToStoredIndex(db: LedgerDb, records: DecisionRecord[]): Promise<void> {
  const stored = (await db.meta.get(LIST_INDEX_KEY))?.value as StoredListIndex | undefined;
  if (!stored) return; // rebuilt from the records when next needed
  const index = DecisionIndex.decode(stored);
  for (const r of records) index.upsert(rowOf(r));
  await db.meta.put({ key: LIST_INDEX_KEY, value: index.encode() });
  await bumpStamp(db);
}

/** The summary is dropped when records are deleted (prune, clear); the next reader rebuilds it. */
export async function dropStoredIndex(db: LedgerDb): Promise<void> {
  await db.meta.delete(LIST_INDEX_KEY);
  await bumpStamp(db);
}

async function bumpStamp(db: LedgerDb): Promise<void> {
  await db.meta.put({ key: LIST_INDEX_STAMP_KEY, value: `${Date.now()}-${Math.random().toString(36).slice(2)}` });
}

const cache = new WeakMap<LedgerDb, { stamp: unknown; index: DecisionIndex }>();
const inFlight = new WeakMap<LedgerDb, Promise<DecisionIndex>>();

/** The summary for queries: from this page's cache while the stamp is unchanged, else stored, else rebuilt. */
export function loadIndex(db: LedgerDb): Promise<DecisionIndex> {
  // Panels ask for the list and the filter choices at once: one read serves both.
  let pending = inFlight.get(db);
  if (!pending) {
    pending = readIndex(db).finally(() => inFlight.delete(db));
    inFlight.set(db, pending);
  }
  return pending;
}

async function readIndex(db: LedgerDb): Promise<DecisionIndex> {
  const stamp = (await db.meta.get(LIST_INDEX_STAMP_KEY))?.value ?? null;
  const cached = cache.get(db);
  if (cached && stamp !== null && cached.stamp === stamp) return cached.index;
  const stored = (await db.meta.get(LIST_INDEX_KEY))?.value as StoredListIndex | undefined;
  let index: DecisionIndex;
  let finalStamp = stamp;
  if (stored?.v === 1) {
    index = DecisionIndex.decode(stored);
  } else {
    index = await db.transaction('rw', db.decisions, db.meta, async () => {
      // One getAll (much faster than a cursor in Chromium); once per upgrade or prune.
      const built = DecisionIndex.fromRecords((await db.decisions.toArray()).map(rowOf));
      await db.meta.put({ key: LIST_INDEX_KEY, value: built.encode() });
      await bumpStamp(db);
      return built;
    });
    finalStamp = (await db.meta.get(LIST_INDEX_STAMP_KEY))?.value ?? null;
  }
  cache.set(db, { stamp: finalStamp, index });
  return index;
}
