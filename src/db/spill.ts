// Writes that could not reach IndexedDB are kept in memory and mirrored here, so a service-worker
// restart does not lose them. chrome.storage.session lives in memory for the browser session and
// is not shared with content scripts by default — the right place for records that must not leak.
import type { PendingWrite } from './pending';

export interface SpillStore {
  load(): Promise<PendingWrite[]>;
  save(writes: PendingWrite[]): Promise<void>;
}

const SPILL_KEY = 'formwarden.ledger.pending';

interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

function sessionArea(): SessionArea | null {
  const g = globalThis as { chrome?: { storage?: { session?: SessionArea } } };
  return g.chrome?.storage?.session ?? null;
}

/** chrome.storage.session when the page has it (extension pages, service worker), else memory. */
export function defaultSpillStore(): SpillStore {
  const area = sessionArea();
  return area ? chromeSessionSpill(area) : memorySpill();
}

export function chromeSessionSpill(area: SessionArea): SpillStore {
  return {
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

export function memorySpill(initial: PendingWrite[] = []): SpillStore & { saved: PendingWrite[] } {
  const store = {
    saved: initial,
    async load() {
      return [...store.saved];
    },
    async save(writes: PendingWrite[]) {
      store.saved = [...writes];
    },
  };
  return store;
}
