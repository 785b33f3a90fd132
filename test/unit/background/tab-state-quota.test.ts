// Issue 14: a page decides how many questions it has, and storage.session's quota (10 MB in
// Chromium, shared by every tab) is not. Thirty frames of two hundred fields outgrew it and the tab
// was left without a report or badge. The worker keeps the whole state in memory and stores which
// frames exist; a restarted worker asks the tab to scan again. Only when not even that fits does the
// error stand (evaluation-failure.test.ts: "!" on the badge).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScanResult } from '../../../src/core/types';

const session: Record<string, unknown> = {};
const limit = { bytes: 0 };
const writes = { refused: 0 };

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      session: {
        get: async (key: string | null) => (key === null ? { ...session } : { [key]: session[key] }),
        set: async (items: Record<string, unknown>) => {
          const next = { ...session, ...structuredClone(items) };
          if (JSON.stringify(next).length > limit.bytes) {
            writes.refused++;
            throw new Error('Session storage quota bytes exceeded');
          }
          Object.assign(session, next);
        },
        remove: async (key: string) => {
          delete session[key];
        },
      },
    },
  },
}));

const TAB = 7;
const PAGE = 'https://oa.example.cn/forms';

function bigScan(frame: number): ScanResult {
  return {
    fields: Array.from({ length: 200 }, (_, i) => ({ id: `f${frame}_${i}`, label: 'Date of birth'.repeat(4) })),
    descriptors: [],
  } as unknown as ScanResult;
}

async function freshWorker() {
  vi.resetModules();
  return import('../../../src/background/tab-state');
}

async function loadThirtyFrames(tabState: Awaited<ReturnType<typeof freshWorker>>) {
  for (let frame = 0; frame < 30; frame++)
    await tabState.updateFrame({
      tabId: TAB,
      frameId: frame,
      documentId: `doc${frame}`,
      frameUrl: frame === 0 ? PAGE : `${PAGE}/frame${frame}`,
      pageUrl: PAGE,
      scan: bigScan(frame),
    });
}

beforeEach(() => {
  for (const key of Object.keys(session)) delete session[key];
});

describe('a tab too big for storage.session', () => {
  it('is kept whole in memory; storage keeps which frames exist', async () => {
    limit.bytes = 100_000; // far less than 30 frames of scans, more than their list
    const tabState = await freshWorker();
    await expect(loadThirtyFrames(tabState)).resolves.toBeUndefined();
    const state = await tabState.getTab(TAB);
    expect(Object.keys(state!.frames)).toHaveLength(30);
    expect(Object.values(state!.frames).every((f) => f.scan?.fields.length === 200)).toBe(true);
    const stored = session[`tab:${TAB}`] as { frames: Record<string, { scan?: unknown }>; scansDropped?: boolean };
    expect(stored.scansDropped).toBe(true);
    expect(Object.keys(stored.frames)).toHaveLength(30);
  });

  it('a restarted worker asks the tab to scan again instead of evaluating half a page', async () => {
    limit.bytes = 100_000;
    await loadThirtyFrames(await freshWorker());
    const restarted = await freshWorker();
    const rescans: number[] = [];
    restarted.whenScansMustBeRedone((tabId) => rescans.push(tabId));
    const state = await restarted.getTab(TAB);
    expect(rescans).toEqual([TAB]);
    expect(state!.pageUrl).toBe(PAGE);
    expect(Object.values(state!.frames).some((f) => f.scan)).toBe(false);
  });

  it('once a page has outgrown the quota, its later saves store the list of frames without trying the whole state again', async () => {
    limit.bytes = 100_000;
    writes.refused = 0;
    await loadThirtyFrames(await freshWorker());
    expect(writes.refused).toBe(1);
  });

  it('a state that fits is stored whole, as before', async () => {
    limit.bytes = 10_000_000;
    await loadThirtyFrames(await freshWorker());
    const stored = session[`tab:${TAB}`] as { frames: Record<string, { scan?: unknown }>; scansDropped?: boolean };
    expect(stored.scansDropped).toBeUndefined();
    expect(Object.values(stored.frames).every((f) => f.scan)).toBe(true);
  });

  it('when not even the list of frames fits, the error stands', async () => {
    limit.bytes = 10;
    const tabState = await freshWorker();
    await expect(loadThirtyFrames(tabState)).rejects.toThrow(/quota/);
  });
});
