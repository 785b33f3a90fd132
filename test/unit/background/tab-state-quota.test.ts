// Issue 14: a page decides how many questions it has, and storage.session's quota (10 MB in
// Chromium, shared by every tab) is not. Thirty frames of two hundred fields outgrew it and the tab
// was left without a report or badge. Each frame is stored under its own key; a frame whose scan
// does not fit is kept whole in memory and stored without it, and a restarted worker asks the tab to
// scan again. Only when not even that fits does the error stand (evaluation-failure.test.ts: "!" on
// the badge). And a frame's report writes that frame only, not the whole tab again.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScanResult } from '../../../src/core/types';

const session: Record<string, unknown> = {};
const limit = { bytes: 0 };
const writes = { refused: 0, bytes: 0 };

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      session: {
        get: async (key: string | string[] | null) =>
          key === null
            ? { ...session }
            : Object.fromEntries((Array.isArray(key) ? key : [key]).map((k) => [k, session[k]])),
        set: async (items: Record<string, unknown>) => {
          writes.bytes += JSON.stringify(items).length;
          const next = { ...session, ...structuredClone(items) };
          if (JSON.stringify(next).length > limit.bytes) {
            writes.refused++;
            throw new Error('Session storage quota bytes exceeded');
          }
          Object.assign(session, next);
        },
        remove: async (keys: string | string[]) => {
          for (const key of Array.isArray(keys) ? keys : [keys]) delete session[key];
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

const frameKeys = () => Object.keys(session).filter((k) => k.startsWith(`tab:${TAB}:frame:`));
const storedFrames = () => frameKeys().map((k) => session[k] as { scan?: unknown; scanDropped?: boolean });

describe('a tab too big for storage.session', () => {
  it('is kept whole in memory; storage keeps every frame, those that did not fit without their scans', async () => {
    limit.bytes = 100_000; // far less than 30 frames of scans, more than their list
    const tabState = await freshWorker();
    await expect(loadThirtyFrames(tabState)).resolves.toBeUndefined();
    const state = await tabState.getTab(TAB);
    expect(Object.keys(state!.frames)).toHaveLength(30);
    expect(Object.values(state!.frames).every((f) => f.scan?.fields.length === 200)).toBe(true);
    expect((session[`tab:${TAB}`] as { frameIds: string[] }).frameIds).toHaveLength(30);
    expect(frameKeys()).toHaveLength(30);
    expect(storedFrames().filter((f) => f.scanDropped)).not.toHaveLength(0);
    expect(storedFrames().every((f) => (f.scanDropped ? f.scan === undefined : f.scan !== undefined))).toBe(true);
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
    expect(Object.keys(state!.frames)).toHaveLength(30);
  });

  it("a frame's report writes that frame (and the list of frames), not the whole tab again", async () => {
    limit.bytes = 10_000_000;
    writes.bytes = 0;
    await loadThirtyFrames(await freshWorker());
    const oneFrame = JSON.stringify(bigScan(29)).length;
    // Rewriting the whole tab on every report wrote 1 + 2 + … + 30 = 465 frames' worth.
    expect(writes.bytes).toBeLessThan(oneFrame * 40);
  });

  it('a state that fits is stored whole, and read back whole by a restarted worker', async () => {
    limit.bytes = 10_000_000;
    await loadThirtyFrames(await freshWorker());
    expect(storedFrames().every((f) => f.scan && !f.scanDropped)).toBe(true);
    const restarted = await freshWorker();
    const state = await restarted.getTab(TAB);
    expect(Object.values(state!.frames).every((f) => f.scan?.fields.length === 200)).toBe(true);
  });

  it('a report that does not fit is kept in memory, and the stored one goes', async () => {
    limit.bytes = 10_000_000;
    const tabState = await freshWorker();
    await loadThirtyFrames(tabState);
    await tabState.setReport(TAB, { fields: [] } as never, 'small');
    expect(session[`tab:${TAB}:report`]).toBeDefined();
    limit.bytes = JSON.stringify(session).length + 100;
    const big = { fields: Array.from({ length: 2000 }, (_, i) => ({ selector: `#f${i}`.repeat(20) })) };
    await tabState.setReport(TAB, big as never, 'big');
    expect(session[`tab:${TAB}:report`]).toBeUndefined();
    expect((await tabState.getTab(TAB))!.formFingerprint).toBe('big');
  });

  it('navigating to another page removes every key of the old one; closing the tab removes the rest', async () => {
    limit.bytes = 10_000_000;
    const tabState = await freshWorker();
    await loadThirtyFrames(tabState);
    await tabState.updateFrame({
      tabId: TAB,
      frameId: 0,
      documentId: 'next',
      frameUrl: `${PAGE}/next`,
      pageUrl: `${PAGE}/next`,
    });
    expect(frameKeys()).toEqual([`tab:${TAB}:frame:0`]);
    await tabState.clearTab(TAB);
    expect(Object.keys(session)).toEqual([]);
  });

  it('when not even a frame without its scan fits, the error stands', async () => {
    limit.bytes = 10;
    const tabState = await freshWorker();
    await expect(loadThirtyFrames(tabState)).rejects.toThrow(/quota/);
  });
});
