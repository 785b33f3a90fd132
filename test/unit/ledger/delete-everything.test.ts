// "Delete everything" means nothing deleted comes back (issue 13): not the writes waiting in
// memory or in the spill, not a write that was under way, not the cached pseudonymous id. And a
// page that only reads the ledger never becomes a second writer.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Ledger, LedgerDb, memorySpill } from '../../../src/db';
import { freshDbName, healthGrant, makeLedger, waitFor } from './helpers';

const opened: Ledger[] = [];
afterEach(() => opened.splice(0).forEach((l) => l.close()));
function track(l: Ledger): Ledger {
  opened.push(l);
  return l;
}

function quotaError(): Error {
  return Object.assign(new Error('Transaction aborted'), {
    name: 'AbortError',
    inner: new DOMException('full', 'QuotaExceededError'),
  });
}

/** A ledger whose decision writes fail until `full.value` turns false. */
function failingLedger(name: string, full: { value: boolean }, spill = memorySpill()) {
  return track(
    makeLedger({
      dbName: name,
      spill,
      createDb: (n) => {
        const db = new LedgerDb(n);
        const put = db.decisions.put.bind(db.decisions);
        db.decisions.put = ((...args: Parameters<typeof put>) =>
          full.value ? Promise.reject(quotaError()) : put(...args)) as typeof put;
        return db;
      },
    }),
  );
}

describe('delete everything', () => {
  it('drops pending and spilled writes: when the database works again, they are not written', async () => {
    const full = { value: true };
    const spill = memorySpill();
    const ledger = failingLedger(freshDbName(), full, spill);
    const { record } = await ledger.recordDecision(healthGrant());
    expect(ledger.status().pending).toBe(1);
    expect(spill.saved).toHaveLength(1);

    await ledger.deleteEverything();
    expect(ledger.status().pending).toBe(0);
    expect(spill.saved).toEqual([]);
    full.value = false;
    await ledger.retryNow();
    expect(await ledger.getDecision(record.id)).toBeNull();
    expect(await ledger.historyFor('https://oa.example.cn', 'fp-health')).toEqual([]);
  });

  it('a restart after the deletion restores nothing from the spill', async () => {
    const name = freshDbName();
    const full = { value: true };
    const spill = memorySpill();
    const first = failingLedger(name, full, spill);
    await first.recordDecision(healthGrant());
    await first.deleteEverything();
    first.close();
    full.value = false;
    const second = track(makeLedger({ dbName: name, spill }));
    await second.open();
    expect(await second.historyFor('https://oa.example.cn', 'fp-health')).toEqual([]);
  });

  it('a write under way when the employee deleted is dropped, not written after the deletion', async () => {
    const ledger = track(makeLedger());
    await ledger.open();
    const inFlight = ledger.recordDecision(healthGrant()); // awaits open and the principal id
    await ledger.deleteEverything();
    const { record, written } = await inFlight;
    expect(written).toBe(false);
    expect(await ledger.getDecision(record.id)).toBeNull();
  });

  it('forgets the cached pseudonymous id: a grant after the deletion gets a new one', async () => {
    const ledger = track(makeLedger());
    const before = await ledger.principalId();
    await ledger.deleteEverything();
    const { record } = await ledger.recordDecision(healthGrant());
    expect(record.receipt?.piiPrincipalId).toBeDefined();
    expect(record.receipt?.piiPrincipalId).not.toBe(before);
  });

  it('asked while the database is out of reach: kept, and carried out when it opens, before later writes', async () => {
    const name = freshDbName();
    const before = track(makeLedger({ dbName: name }));
    const { record: old } = await before.recordDecision(healthGrant());
    before.close();
    let available = false;
    const spill = memorySpill();
    const ledger = track(
      makeLedger({
        dbName: name,
        spill,
        createDb: (n) => {
          const db = new LedgerDb(n);
          const open = db.open.bind(db);
          db.open = (() =>
            available
              ? open()
              : Promise.reject(
                  Object.assign(new Error('indexedDB API missing'), { name: 'MissingAPIError' }),
                )) as typeof db.open;
          return db;
        },
      }),
    );
    await ledger.recordDecision(healthGrant({ formFingerprint: 'fp-pending' }));
    expect(await ledger.deleteEverything()).toEqual({ cleared: false });
    expect(spill.deletion).toBe(true);
    const { record: later } = await ledger.recordDecision(healthGrant({ formFingerprint: 'fp-later' }));
    available = true;
    await waitFor(() => ledger.status().writable);
    expect(await ledger.getDecision(old.id)).toBeNull();
    expect((await ledger.getDecision(later.id))?.formFingerprint).toBe('fp-later');
    expect(
      (await ledger.historyFor('https://oa.example.cn', 'fp-pending')).filter(
        (h) => h.formFingerprint === 'fp-pending',
      ),
    ).toEqual([]);
    expect(spill.deletion).toBe(false);
  });

  it('a deletion that arrives while the spill is being read (the worker woke for it) restores nothing', async () => {
    const name = freshDbName();
    const full = { value: true };
    const spill = memorySpill();
    const first = failingLedger(name, full, spill);
    const { record } = await first.recordDecision(healthGrant());
    first.close();
    full.value = false;
    let releaseLoad!: () => void;
    const slowSpill = {
      ...spill,
      load: async () => {
        const saved = [...spill.saved];
        await new Promise<void>((r) => (releaseLoad = r));
        return saved;
      },
    };
    const woken = track(makeLedger({ dbName: name, spill: slowSpill }));
    const opening = woken.open();
    // The open is slower than the deletion is willing to wait: it is deferred to the open.
    expect(await woken.deleteEverything()).toEqual({ cleared: false });
    releaseLoad();
    await opening;
    await woken.retryNow();
    expect(await woken.getDecision(record.id)).toBeNull();
  });

  it('a principal id read before the deletion is not cached after it', async () => {
    const ledger = track(makeLedger());
    const before = await ledger.principalId();
    const fresh = track(makeLedger({ dbName: (ledger as unknown as { dbName: string }).dbName }));
    await fresh.open();
    const reading = fresh.principalId();
    await fresh.deleteEverything();
    expect(await reading).not.toBe(before);
  });

  it('keeps writing what comes after the deletion', async () => {
    const ledger = track(makeLedger());
    await ledger.recordDecision(healthGrant());
    await ledger.deleteEverything();
    const { record, written } = await ledger.recordDecision(healthGrant({ formFingerprint: 'fp-after' }));
    expect(written).toBe(true);
    expect((await ledger.getDecision(record.id))?.formFingerprint).toBe('fp-after');
  });
});

describe('a reader (the options page) is never a second writer', () => {
  it("does not restore the worker's spill, and refuses to write", async () => {
    const name = freshDbName();
    const full = { value: true };
    const spill = memorySpill();
    const worker = failingLedger(name, full, spill);
    const { record } = await worker.recordDecision(healthGrant());
    const reader = track(makeLedger({ dbName: name, spill, readOnly: true }));
    await reader.open();
    expect(reader.status().pending).toBe(0);
    expect(spill.saved).toHaveLength(1); // still the worker's, untouched
    await expect(reader.recordDecision(healthGrant())).rejects.toThrow(/only reads/);
    await expect(reader.deleteEverything()).rejects.toThrow(/only reads/);
    full.value = false;
    await waitFor(() => worker.status().pending === 0);
    expect((await reader.getDecision(record.id))?.id).toBe(record.id);
  });
});
