// Writes that could not reach IndexedDB are kept in memory and mirrored here, so a service-worker
// restart does not lose them. chrome.storage.session lives in memory for the browser session and
// is not shared with content scripts by default — the right place for records that must not leak.
import type { PendingWrite } from './pending';

export interface SpillStore {
  load(): Promise<PendingWrite[]>;
  save(writes: PendingWrite[]): Promise<void>;
  /**
   * The employee asked to delete everything while the database could not be reached: the request
   * waits here (surviving a browser restart) and is carried out before anything else is written.
   */
  deletionRequested(): Promise<boolean>;
  setDeletionRequested(requested: boolean): Promise<void>;
}

const SPILL_KEY = 'formwarden.ledger.pending';
const DELETION_KEY = 'formwarden.ledger.deletionRequested';

interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

function storageAreas(): { session: SessionArea; local: SessionArea } | null {
  const g = globalThis as {
    chrome?: { storage?: { session?: SessionArea; local?: SessionArea } };
    browser?: { storage?: { session?: SessionArea; local?: SessionArea } };
  };
  const storage = g.browser?.storage ?? g.chrome?.storage;
  return storage?.session && storage.local ? { session: storage.session, local: storage.local } : null;
}

/**
 * Pending writes in storage.session (extension pages and the worker only; gone with the browser
 * session), the deletion request in storage.local (it must outlive a restart). Memory elsewhere.
 */
export function defaultSpillStore(): SpillStore {
  const areas = storageAreas();
  return areas ? chromeSpill(areas.session, areas.local) : memorySpill();
}

export function chromeSpill(area: SessionArea, local: SessionArea): SpillStore {
  return {
    async deletionRequested() {
      return (await local.get(DELETION_KEY))[DELETION_KEY] === true;
    },
    async setDeletionRequested(requested) {
      if (requested) await local.set({ [DELETION_KEY]: true });
      else await local.remove(DELETION_KEY);
    },
    async load() {
      const got = await area.get(SPILL_KEY);
      const writes = got[SPILL_KEY];
      return Array.isArray(writes) ? (writes as PendingWrite[]) : [];
    },
    async save(writes) {
      if (writes.length === 0) await area.remove(SPILL_KEY);
      else await area.set({ [SPILL_KEY]: writes });
    },
  };
}

export function memorySpill(initial: PendingWrite[] = []): SpillStore & { saved: PendingWrite[]; deletion: boolean } {
  const store = {
    saved: initial,
    deletion: false,
    async deletionRequested() {
      return store.deletion;
    },
    async setDeletionRequested(requested: boolean) {
      store.deletion = requested;
    },
    async load() {
      return [...store.saved];
    },
    async save(writes: PendingWrite[]) {
      store.saved = [...writes];
    },
  };
  return store;
}
