// The consent ledger: one object per extension page / service worker that owns the Dexie
// connection and never loses a write. If IndexedDB is missing, blocked by another tab holding an
// old version open, over quota, or fails to open (corrupt), writes wait in memory (mirrored to
// chrome.storage.session), `status()` says so, and the ledger retries with backoff. It never
// deletes the database to "repair" it: a corrupt store is reported, not wiped.
import type { HistoryEntry } from '../core/types';
import {
  buildDecisionRecord,
  buildRevocationRecord,
  buildSubmissionRecord,
  type DecisionInput,
  type SubmissionInput,
} from './decisions';
import { classifyLedgerError, describeError, type LedgerError, type LedgerErrorKind } from './faults';
import { newUuid, timeSortableId } from './ids';
import { pendingKey, type PendingWrite } from './pending';
import { META_KEYS, type DecisionRecord, type SubmissionRecord } from './records';
import { LEDGER_DB_NAME, LedgerDb } from './schema';
import { defaultSpillStore, type SpillStore } from './spill';
import { toHistoryEntries, HISTORY_WINDOW_DAYS, HISTORY_LIMIT } from './history';
import { addToStoredIndex, dropStoredIndex } from './list-index';
import { importLedger, type ImportResult } from './transfer';

const DAY_MS = 86_400_000;

export interface LedgerStatus {
  /** True when the database is open and nothing is waiting. */
  writable: boolean;
  error: LedgerError | null;
  /** Writes kept in memory until the database accepts them. */
  pending: number;
  /** When the next retry is due (ms since epoch), if one is scheduled. */
  retryAt: number | null;
}

export interface LedgerOptions {
  dbName?: string;
  /** Injected by tests to simulate failures. */
  createDb?: (name: string) => LedgerDb;
  spill?: SpillStore;
  now?: () => number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** How long a write or read waits for a slow (blocked) open before queuing / answering from memory. */
  openWaitMs?: number;
  /** Where warnings go (console by default); never silent. */
  warn?: (message: string) => void;
  /**
   * A reader (the options page's list): no spill, no writes. The service worker is the ledger's
   * one writer; a second writer on the same database and spill key would restore and re-write the
   * worker's pending records, and bring back what the employee deleted.
   */
  readOnly?: boolean;
}

export class ReadOnlyLedgerError extends Error {}

export class Ledger {
  private readonly dbName: string;
  private readonly createDb: (name: string) => LedgerDb;
  private readonly spill: SpillStore;
  private readonly now: () => number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private readonly openWaitMs: number;
  private readonly warn: (message: string) => void;
  private readonly readOnly: boolean;

  private db: LedgerDb | null = null;
  private isOpen = false;
  private opening: Promise<void> | null = null;
  private flushing: Promise<void> | null = null;
  private spillRestored = false;
  private pending: PendingWrite[] = [];
  private error: LedgerError | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryAt: number | null = null;
  private attempt = 0;
  private principal: string | null = null;
  private readonly listeners = new Set<(status: LedgerStatus) => void>();
  private disposed = false;
  /** Bumped by deleteEverything: a write begun before the deletion is dropped, not written after it. */
  private generation = 0;

  constructor(options: LedgerOptions = {}) {
    this.dbName = options.dbName ?? LEDGER_DB_NAME;
    this.createDb = options.createDb ?? ((name) => new LedgerDb(name));
    this.spill = options.spill ?? defaultSpillStore();
    this.now = options.now ?? Date.now;
    this.retryBaseMs = options.retryBaseMs ?? 1000;
    this.retryMaxMs = options.retryMaxMs ?? 60_000;
    this.openWaitMs = options.openWaitMs ?? 1500;
    this.warn = options.warn ?? ((m) => console.warn(`[FormWarden ledger] ${m}`));
    this.readOnly = options.readOnly ?? false;
  }

  // ───────────── status ─────────────

  status(): LedgerStatus {
    return {
      writable: this.isOpen && this.pending.length === 0 && this.error === null,
      error: this.error,
      pending: this.pending.length,
      retryAt: this.retryAt,
    };
  }

  onStatus(listener: (status: LedgerStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    const s = this.status();
    for (const l of this.listeners) l(s);
  }

  private fail(kind: LedgerErrorKind, error: unknown): void {
    this.error = { kind, message: describeError(error), at: this.now() };
    this.warn(`${kind}: ${this.error.message} — ${this.pending.length} record(s) kept in memory, will retry`);
    this.emit();
  }

  // ───────────── connection ─────────────

  /** Opens the database (idempotent). Resolves even when it fails: check status(). */
  open(): Promise<void> {
    if (this.isOpen) return Promise.resolve();
    this.opening ??= this.doOpen().finally(() => {
      this.opening = null;
    });
    return this.opening;
  }

  private async doOpen(): Promise<void> {
    await this.restoreSpill();
    if (this.disposed) return;
    // Without IndexedDB Dexie's open() rejects with MissingAPIError → 'unavailable' below.
    const db = this.createDb(this.dbName);
    // Another page still holds an older version open: the open waits; tell the user meanwhile.
    db.on('blocked', () =>
      this.fail(
        'blocked',
        new Error('the ledger database is held open by another extension page with an older version'),
      ),
    );
    db.on('close', () => {
      this.isOpen = false;
      this.fail('closed', new Error('the browser closed the ledger database'));
      this.scheduleRetry();
    });
    // A newer extension version upgrades the schema from another page: let it, then reopen.
    db.on('versionchange', () => {
      db.close();
      this.isOpen = false;
      this.db = null;
      this.scheduleRetry();
    });
    try {
      await db.open();
      // A deletion the employee asked for while the database was out of reach comes first.
      if (!this.readOnly && (await this.spill.deletionRequested())) await this.clearAll(db);
      this.db = db;
      this.isOpen = true;
      this.error = null;
      this.attempt = 0;
      this.emit();
      await this.flush();
    } catch (error) {
      // Do not delete the database: a corrupt or newer-version store may still hold records.
      db.close();
      this.fail(classifyLedgerError(error, 'open'), error);
      this.scheduleRetry();
    }
  }

  /**
   * Waits for the open at most `openWaitMs`: a blocked open can wait for minutes, and a write must
   * not hang the popup meanwhile (it goes to the pending queue instead).
   */
  private async ready(): Promise<boolean> {
    if (this.isOpen) return true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([this.open(), new Promise<void>((resolve) => (timer = setTimeout(resolve, this.openWaitMs)))]);
    clearTimeout(timer);
    return this.isOpen;
  }

  /** The open database, for read-only queries (options page list, export). Throws when closed. */
  async database(): Promise<LedgerDb> {
    await this.ready();
    if (!this.isOpen || !this.db) throw new Error(this.error?.message ?? 'the ledger is not open');
    return this.db;
  }

  close(): void {
    this.disposed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.retryAt = null;
    this.db?.close();
    this.isOpen = false;
  }

  private scheduleRetry(): void {
    if (this.disposed || this.retryTimer) return;
    const delay = Math.min(this.retryMaxMs, this.retryBaseMs * 2 ** this.attempt);
    this.attempt++;
    this.retryAt = this.now() + delay;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.retryAt = null;
      void (this.isOpen ? this.flush() : this.open());
    }, delay);
    this.emit();
  }

  /** Retry now (the "try again" button), without waiting for the backoff. */
  async retryNow(): Promise<LedgerStatus> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.retryAt = null;
    if (this.isOpen) await this.flush();
    else await this.ready();
    return this.status();
  }

  // ───────────── writes ─────────────

  private async restoreSpill(): Promise<void> {
    if (this.spillRestored || this.readOnly) return;
    this.spillRestored = true;
    const generation = this.generation;
    try {
      const spilled = await this.spill.load();
      // The employee deleted everything while the spill was being read (the worker woke up for
      // that very message): what was read is what they deleted.
      if (generation !== this.generation || (await this.spill.deletionRequested())) return;
      const known = new Set(this.pending.map(pendingKey));
      const restored = spilled.filter((w) => !known.has(pendingKey(w)));
      if (restored.length) {
        this.pending = [...restored, ...this.pending];
        this.warn(`restored ${restored.length} record(s) that were waiting to be written`);
      }
    } catch (error) {
      this.warn(`could not read spilled records: ${describeError(error)}`);
    }
  }

  private async saveSpill(): Promise<void> {
    if (this.readOnly) return;
    try {
      await this.spill.save(this.pending);
    } catch (error) {
      this.warn(`could not spill ${this.pending.length} pending record(s): ${describeError(error)}`);
    }
  }

  /**
   * Queues a write and tries to flush. Resolves true when it reached IndexedDB. `generation` is the
   * one the caller started in: if the employee deleted everything since, the write is dropped.
   */
  private async write(write: PendingWrite, generation = this.generation): Promise<boolean> {
    if (this.readOnly) throw new ReadOnlyLedgerError('this page only reads the ledger; the service worker writes it');
    if (generation !== this.generation) return false;
    this.pending.push(write);
    if (!this.isOpen) {
      await this.saveSpill();
      this.emit();
      void this.open();
      return false;
    }
    await this.flush();
    return !this.pending.includes(write);
  }

  private flush(): Promise<void> {
    this.flushing ??= this.doFlush().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async doFlush(): Promise<void> {
    const hadPending = this.pending.length > 0;
    let spilled = false;
    while (this.pending.length > 0 && this.isOpen && this.db) {
      const next = this.pending[0]!;
      try {
        await applyWrite(this.db, next);
        // By identity, not shift(): deleteEverything may have emptied the queue meanwhile.
        const at = this.pending.indexOf(next);
        if (at >= 0) this.pending.splice(at, 1);
      } catch (error) {
        if (!spilled) await this.saveSpill();
        spilled = true;
        const kind = classifyLedgerError(error, 'write');
        if (kind === 'closed') {
          // Reopen on retry instead of writing to a closed connection forever.
          this.isOpen = false;
          this.db = null;
        }
        this.fail(kind, error);
        this.scheduleRetry();
        return;
      }
    }
    if (hadPending && this.pending.length === 0) {
      this.error = null;
      this.attempt = 0;
      await this.saveSpill();
      this.emit();
    }
  }

  async principalId(): Promise<string> {
    if (this.principal) return this.principal;
    const generation = this.generation;
    if (this.isOpen && this.db) {
      try {
        const found = await this.db.meta.get(META_KEYS.principalId);
        // Read before a deletion finished: that id was deleted, and must not be cached again.
        if (typeof found?.value === 'string' && generation === this.generation) return (this.principal = found.value);
      } catch {
        // fall through: a provisional id is queued below
      }
    }
    if (this.principal) return this.principal;
    this.principal = newUuid();
    await this.write({ op: 'init-meta', record: { key: META_KEYS.principalId, value: this.principal } });
    return this.principal;
  }

  async recordDecision(input: DecisionInput): Promise<{ record: DecisionRecord; written: boolean }> {
    const generation = this.generation;
    await this.ready();
    const now = this.now();
    const at = input.at ?? now;
    const principalId = input.decision === 'granted' ? await this.principalId() : '';
    const record = buildDecisionRecord(input, { id: timeSortableId('d', at), receiptId: newUuid(), principalId }, now);
    const written = await this.write({ op: 'put-decision', record }, generation);
    return { record, written };
  }

  async recordSubmission(input: SubmissionInput): Promise<{ record: SubmissionRecord; written: boolean }> {
    const generation = this.generation;
    await this.ready();
    const now = this.now();
    const record = buildSubmissionRecord(input, timeSortableId('s', input.at ?? now), now);
    const written = await this.write({ op: 'put-submission', record }, generation);
    void this.maybePrune();
    return { record, written };
  }

  /** Records a 'revoked' decision for a grant and marks the grant. */
  async revoke(
    grantId: string,
    at: number = this.now(),
  ): Promise<{ revocation: DecisionRecord; grant: DecisionRecord; written: boolean } | null> {
    const generation = this.generation;
    const grant = await this.getDecision(grantId);
    if (!grant || grant.state !== 'granted') return null;
    const revocation = buildRevocationRecord(grant, timeSortableId('d', at), at);
    const wroteRevocation = await this.write({ op: 'put-decision', record: revocation }, generation);
    const wroteMark = await this.write({ op: 'mark-revoked', grantId, revokedAt: at }, generation);
    return { revocation, grant: { ...grant, revokedAt: at }, written: wroteRevocation && wroteMark };
  }

  // ───────────── reads ─────────────

  private pendingDecisions(): DecisionRecord[] {
    return this.pending.flatMap((w) => (w.op === 'put-decision' ? [w.record] : []));
  }

  private pendingSubmissions(): SubmissionRecord[] {
    return this.pending.flatMap((w) => (w.op === 'put-submission' ? [w.record] : []));
  }

  async getDecision(id: string): Promise<DecisionRecord | null> {
    const waiting = this.pendingDecisions().find((d) => d.id === id);
    if (waiting) return waiting;
    await this.ready();
    if (!this.isOpen || !this.db) return null;
    return (await this.db.decisions.get(id)) ?? null;
  }

  /**
   * What the evaluator needs to know about this form: every decision and submission at this
   * origin within the window, plus grants and refusals elsewhere (purpose reuse spans sites of the
   * same employer). Records still waiting to be written are included. Newest first.
   */
  async historyFor(
    origin: string,
    formFingerprint: string,
    opts: { windowDays?: number; limit?: number } = {},
  ): Promise<HistoryEntry[]> {
    const since = this.now() - (opts.windowDays ?? HISTORY_WINDOW_DAYS) * DAY_MS;
    const limit = opts.limit ?? HISTORY_LIMIT;
    await this.ready();
    let decisions: DecisionRecord[] = this.pendingDecisions();
    let submissions: SubmissionRecord[] = this.pendingSubmissions();
    if (this.isOpen && this.db) {
      try {
        const db = this.db;
        const [here, elsewhere, submitted] = await Promise.all([
          db.decisions
            .where('origin')
            .equals(origin)
            .filter((d) => d.at >= since)
            .toArray(),
          db.decisions
            .where('at')
            .aboveOrEqual(since)
            .reverse()
            .filter((d) => d.origin !== origin && d.state !== 'revoked')
            .limit(limit)
            .toArray(),
          db.submissions
            .where('origin')
            .equals(origin)
            .filter((s) => s.at >= since)
            .toArray(),
        ]);
        decisions = [...decisions, ...here, ...elsewhere];
        submissions = [...submissions, ...submitted];
      } catch (error) {
        this.warn(`history read failed: ${describeError(error)}`);
      }
    }
    return toHistoryEntries(decisions, submissions, { origin, formFingerprint, since, limit });
  }

  // ───────────── housekeeping ─────────────

  async getPruneAfterDays(): Promise<number | null> {
    const db = await this.database();
    const v = (await db.meta.get(META_KEYS.pruneAfterDays))?.value;
    return typeof v === 'number' && v > 0 ? v : null;
  }

  async setPruneAfterDays(days: number | null): Promise<void> {
    await this.write({ op: 'put-meta', record: { key: META_KEYS.pruneAfterDays, value: days } });
    await this.prune();
  }

  /** Deletes the ledger's own records older than the user's setting. Returns how many. */
  async prune(): Promise<number> {
    const days = await this.getPruneAfterDays().catch(() => null);
    if (days === null || !this.db) return 0;
    const cutoff = this.now() - days * DAY_MS;
    const db = this.db;
    const removed = await db.transaction('rw', db.decisions, db.submissions, db.meta, async () => {
      const d = await db.decisions.where('at').below(cutoff).delete();
      const s = await db.submissions.where('at').below(cutoff).delete();
      if (d > 0) await dropStoredIndex(db);
      await db.meta.put({ key: META_KEYS.lastPrunedAt, value: this.now() });
      return d + s;
    });
    return removed;
  }

  /** Prunes at most once a day; called after submissions and at start-up. */
  async maybePrune(): Promise<void> {
    try {
      if (!this.isOpen || !this.db) return;
      const last = (await this.db.meta.get(META_KEYS.lastPrunedAt))?.value;
      if (typeof last === 'number' && this.now() - last < DAY_MS) return;
      await this.prune();
    } catch (error) {
      this.warn(`prune failed: ${describeError(error)}`);
    }
  }

  /** Merges an export (options page → service worker) into the ledger. */
  async importData(data: unknown): Promise<ImportResult> {
    if (this.readOnly) throw new ReadOnlyLedgerError('this page only reads the ledger; the service worker writes it');
    const generation = this.generation;
    const db = await this.database();
    if (generation !== this.generation) throw new Error('the ledger was deleted meanwhile: import again');
    return importLedger(db, data);
  }

  /**
   * Deletes every record and setting (the user confirmed). What was waiting to be written goes
   * too — in memory, in the spill, and any write begun before this call (generation) — and so
   * does the cached pseudonymous id, so nothing deleted can come back. If the database cannot be
   * reached now, the request is kept (storage.local) and carried out when it opens, before any
   * later write: `cleared` says which happened.
   */
  async deleteEverything(): Promise<{ cleared: boolean }> {
    if (this.readOnly) throw new ReadOnlyLedgerError('this page only reads the ledger; the service worker writes it');
    this.generation++;
    this.pending = [];
    this.principal = null;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.retryAt = null;
    this.attempt = 0;
    this.spillRestored = true; // a spill written before this call is stale: never restore it
    await this.spill.setDeletionRequested(true);
    await this.spill.save([]);
    this.emit();
    if (!(await this.ready()) || !this.db) return { cleared: false };
    await this.clearAll(this.db);
    this.emit();
    return { cleared: true };
  }

  private async clearAll(db: LedgerDb): Promise<void> {
    await db.transaction('rw', db.decisions, db.submissions, db.meta, async () => {
      await Promise.all([db.decisions.clear(), db.submissions.clear(), db.meta.clear()]);
    });
    await this.spill.setDeletionRequested(false);
  }
}

async function applyWrite(db: LedgerDb, write: PendingWrite): Promise<void> {
  switch (write.op) {
    case 'put-decision':
      await db.transaction('rw', db.decisions, db.meta, async () => {
        await db.decisions.put(write.record);
        await addToStoredIndex(db, [write.record]);
      });
      return;
    case 'put-submission':
      await db.submissions.put(write.record);
      return;
    case 'mark-revoked':
      await db.decisions.update(write.grantId, { revokedAt: write.revokedAt });
      return;
    case 'init-meta':
      if (!(await db.meta.get(write.record.key))) await db.meta.put(write.record);
      return;
    case 'put-meta':
      await db.meta.put(write.record);
      return;
  }
}
