import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Ledger, LedgerDb, memorySpill } from '../../../src/db';
import { freshDbName, healthGrant, makeLedger, T0, waitFor } from './helpers';

let ledger: Ledger | undefined;
afterEach(() => ledger?.close());

function quotaError(): Error {
  const inner = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  return Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner });
}

describe('ledger faults: never drop records silently', () => {
  it('quota exceeded: keeps the record pending, spills it, reports, and writes it on retry', async () => {
    let full = true;
    const spill = memorySpill();
    const warnings: string[] = [];
    ledger = makeLedger({
      spill,
      warn: (m) => warnings.push(m),
      createDb: (name) => {
        const db = new LedgerDb(name);
        const put = db.decisions.put.bind(db.decisions);
        db.decisions.put = ((...args: Parameters<typeof put>) =>
          full ? Promise.reject(quotaError()) : put(...args)) as typeof put;
        return db;
      },
    });
    const { record, written } = await ledger.recordDecision(healthGrant());
    expect(written).toBe(false);
    const status = ledger.status();
    expect(status).toMatchObject({ writable: false, pending: 1 });
    expect(status.error?.kind).toBe('quota');
    expect(status.retryAt).not.toBeNull();
    expect(spill.saved.map((w) => (w.op === 'put-decision' ? w.record.id : w.op))).toContain(record.id);
    expect(warnings.join('\n')).toMatch(/quota/);
    // the evaluator still sees the pending grant
    expect((await ledger.historyFor('https://oa.example.cn', 'fp-health')).map((h) => h.kind)).toContain('granted');

    full = false;
    await waitFor(() => ledger!.status().pending === 0);
    expect(ledger.status()).toMatchObject({ writable: true, error: null });
    expect((await ledger.getDecision(record.id))?.id).toBe(record.id);
    expect(spill.saved).toEqual([]);
  });

  it('IndexedDB unavailable: records wait in memory and reach the database once it works', async () => {
    let available = false;
    ledger = makeLedger({
      createDb: (name) => {
        const db = new LedgerDb(name);
        const open = db.open.bind(db);
        db.open = (() =>
          available
            ? open()
            : Promise.reject(
                Object.assign(new Error('indexedDB API missing'), { name: 'MissingAPIError' }),
              )) as typeof db.open;
        return db;
      },
    });
    const { record, written } = await ledger.recordDecision(healthGrant({ decision: 'refused' }));
    expect(written).toBe(false);
    expect(ledger.status().error?.kind).toBe('unavailable');
    expect(ledger.status().pending).toBe(1);
    available = true;
    await waitFor(() => ledger!.status().writable);
    expect((await ledger.getDecision(record.id))?.state).toBe('refused');
  });

  it('open blocked by a page holding the old version: reports "blocked", queues, then writes', async () => {
    const name = freshDbName();
    const v1 = new LedgerDb(name, 1);
    await v1.open();
    v1.close();
    // A connection that ignores versionchange, like an old extension page that never closes.
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 10); // Dexie stores version × 10
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    raw.onversionchange = () => {};
    ledger = makeLedger({ dbName: name });
    const { written } = await ledger.recordDecision(healthGrant());
    expect(written).toBe(false);
    await waitFor(() => ledger!.status().error?.kind === 'blocked');
    // the grant and the first-ever pseudonymous principal id wait together
    expect(ledger.status()).toMatchObject({ writable: false, pending: 2 });
    raw.close();
    await waitFor(() => ledger!.status().writable);
    const db = await ledger.database();
    expect(await db.decisions.count()).toBe(1);
  });

  it('a database that fails to open is reported and NOT deleted', async () => {
    const name = freshDbName();
    // A store left by something else at a higher version: Dexie cannot open it with our schema.
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(name, 1000);
      req.onupgradeneeded = () =>
        req.result.createObjectStore('decisions', { keyPath: 'id' }).add({ id: 'precious', at: T0 });
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    let opened = 0;
    ledger = new Ledger({
      dbName: name,
      spill: memorySpill(),
      warn: () => {},
      retryBaseMs: 10_000,
      openWaitMs: 500,
      createDb: (n) => {
        opened++;
        const db = new LedgerDb(n);
        const open = db.open.bind(db);
        // Dexie 4 may open a higher-version database read-as-is; force the failure path explicitly.
        db.open = () =>
          open().then(() => Promise.reject(Object.assign(new Error('data corrupt'), { name: 'OpenFailedError' })));
        return db;
      },
    });
    const { written } = await ledger.recordDecision(healthGrant());
    expect(written).toBe(false);
    expect(opened).toBeGreaterThan(0);
    expect(ledger.status().error?.kind).toBe('open-failed');
    expect(ledger.status().pending).toBe(2);
    ledger.close();
    ledger = undefined;
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).toContain(name);
    const still = await new Promise<unknown>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => {
        const get = req.result.transaction('decisions').objectStore('decisions').get('precious');
        get.onsuccess = () => {
          resolve(get.result);
          req.result.close();
        };
      };
      req.onerror = () => reject(req.error);
    });
    expect(still).toMatchObject({ id: 'precious' });
  });

  it('writes spilled by an earlier service worker are restored and written', async () => {
    const first = makeLedger({ now: () => T0 });
    const spill = memorySpill();
    // Simulate: the worker died with one pending write in storage.session.
    const { record } = await first.recordDecision(healthGrant());
    const pendingCopy = { op: 'put-decision' as const, record: { ...record, id: 'd-spilled' } };
    spill.saved = [pendingCopy];
    first.close();
    ledger = makeLedger({ spill });
    await ledger.open();
    expect((await ledger.getDecision('d-spilled'))?.id).toBe('d-spilled');
    expect(spill.saved).toEqual([]);
  });

  it('a connection closed under it is reopened and the write lands', async () => {
    ledger = makeLedger({ now: () => T0 });
    await ledger.recordDecision(healthGrant({ decision: 'refused' }));
    (await ledger.database()).close(); // as when the browser or another page closes it
    const { record } = await ledger.recordDecision(healthGrant({ decision: 'refused', at: T0 + 1 }));
    await waitFor(() => ledger!.status().writable && ledger!.status().pending === 0);
    expect((await ledger.getDecision(record.id))?.id).toBe(record.id);
    expect(await (await ledger.database()).decisions.count()).toBe(2);
  });
});
