// Per-tab, per-frame scans and live facts. Kept in storage.session (memory-only, cleared when the
// browser closes) so a restarted service worker still knows every open tab; an in-memory cache
// avoids re-reading it on every message. Nothing about a page is kept after its tab closes or its
// top document changes.
import browser from 'webextension-polyfill';
import type { LiveFacts, Report, ScanResult } from '../core/types';

export interface FrameState {
  frameUrl: string;
  documentId: string | null;
  scan?: ScanResult;
  live?: LiveFacts;
}
export interface TabState {
  pageUrl: string;
  topDocumentId: string | null;
  frames: Record<string, FrameState>;
  report?: Report;
  formFingerprint?: string;
}

// storage.session layout, one key per part so that a frame's report writes only that frame:
//   tab:<tabId>                  the page and its list of frames (StoredTab)
//   tab:<tabId>:frame:<frameId>  one frame's scan and live facts (StoredFrame)
//   tab:<tabId>:report           the last report and form fingerprint
// A single key per tab was rewritten whole on every frame's report: thirty frames of two hundred
// fields made each write megabytes and the thirtieth frame waited a minute for its turn.
const PREFIX = 'tab:';
const tabKey = (tabId: number) => `${PREFIX}${tabId}`;
const frameKey = (tabId: number, frameId: string) => `${PREFIX}${tabId}:frame:${frameId}`;
const reportKey = (tabId: number) => `${PREFIX}${tabId}:report`;

interface StoredTab {
  pageUrl: string;
  topDocumentId: string | null;
  frameIds: string[];
}
/** `scanDropped`: the scan did not fit in storage.session; only the worker that stored it has it. */
interface StoredFrame extends FrameState {
  scanDropped?: true;
}
interface StoredReport {
  report: Report;
  formFingerprint: string;
}

const cache = new Map<number, TabState>();
const queues = new Map<number, Promise<unknown>>();

let onScansDropped: (tabId: number) => void = () => undefined;

/**
 * Called when a restarted worker finds a tab whose scans could not be kept (too big for
 * storage.session): the caller asks the tab's frames to scan again, so no question stays unseen.
 */
export function whenScansMustBeRedone(listener: (tabId: number) => void): void {
  onScansDropped = listener;
}

async function load(tabId: number): Promise<TabState | undefined> {
  const cached = cache.get(tabId);
  if (cached) return cached;
  const tab = (await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)] as StoredTab | undefined;
  if (!tab) return undefined;
  const stored = await browser.storage.session.get([
    ...tab.frameIds.map((id) => frameKey(tabId, id)),
    reportKey(tabId),
  ]);
  const frames: Record<string, FrameState> = {};
  let dropped = false;
  for (const id of tab.frameIds) {
    const frame = stored[frameKey(tabId, id)] as StoredFrame | undefined;
    if (!frame) {
      dropped = true;
      continue;
    }
    const { scanDropped, ...kept } = frame;
    dropped ||= scanDropped === true;
    frames[id] = kept;
  }
  const report = stored[reportKey(tabId)] as StoredReport | undefined;
  const state: TabState = { pageUrl: tab.pageUrl, topDocumentId: tab.topDocumentId, frames, ...report };
  cache.set(tabId, state);
  // A report that did not fit is made again from fresh scans, like scans that did not fit.
  if (dropped || (!report && tab.frameIds.length > 0)) onScansDropped(tabId);
  return state;
}

const isQuotaError = (error: unknown) => /quota/i.test(String(error));

/**
 * Stores one frame (and the tab's list of frames when it changed). storage.session's quota (10 MB
 * in Chromium) is shared by every tab, and a page decides how many questions it has: a frame whose
 * scan does not fit is kept whole in memory and stored without its scan, so a restarted worker asks
 * the tab to scan again instead of evaluating half a page. When not even that fits, the error
 * stands (the badge shows it).
 */
async function saveFrame(tabId: number, state: TabState, frameId: string, listChanged: boolean): Promise<void> {
  const frame = state.frames[frameId]!;
  const tab: Record<string, StoredTab> = listChanged
    ? {
        [tabKey(tabId)]: {
          pageUrl: state.pageUrl,
          topDocumentId: state.topDocumentId,
          frameIds: Object.keys(state.frames),
        },
      }
    : {};
  try {
    await browser.storage.session.set({ ...tab, [frameKey(tabId, frameId)]: frame });
  } catch (error) {
    if (!isQuotaError(error) || !frame.scan) throw error;
    const { scan: _, ...withoutScan } = frame;
    // Throws when not even this fits: the tab then stays as it was stored, and the failure is shown.
    await browser.storage.session.set({
      ...tab,
      [frameKey(tabId, frameId)]: { ...withoutScan, scanDropped: true } satisfies StoredFrame,
    });
  }
  cache.set(tabId, state);
}

/** Updates to one tab run one after another: frames report concurrently. */
function serial<T>(tabId: number, job: () => Promise<T>): Promise<T> {
  const prev = queues.get(tabId) ?? Promise.resolve();
  const next = prev.then(job, job);
  queues.set(
    tabId,
    next.catch(() => undefined),
  );
  return next;
}

/** Every key a tab's state is stored under. */
function keysOf(tabId: number, frameIds: string[]): string[] {
  return [tabKey(tabId), reportKey(tabId), ...frameIds.map((id) => frameKey(tabId, id))];
}

export interface FrameUpdate {
  tabId: number;
  frameId: number;
  documentId: string | null;
  frameUrl: string;
  pageUrl?: string;
  scan?: ScanResult;
  live?: LiveFacts;
}

/**
 * `navigated`: a new top document replaced the old page's state. A sub-frame of the new page may
 * have reported before the top (a child's load fires first) and been dropped with the old page:
 * the caller asks every frame to report again.
 */
export function updateFrame(u: FrameUpdate): Promise<{ state: TabState; navigated: boolean }> {
  return serial(u.tabId, async () => {
    let state = await load(u.tabId);
    const isTop = u.frameId === 0;
    // A new top document means a navigation: everything known about the old page goes.
    const navigated =
      !!state && isTop && u.documentId !== null && state.topDocumentId !== null && u.documentId !== state.topDocumentId;
    let listChanged = false;
    if (!state || navigated) {
      if (state) {
        cache.delete(u.tabId);
        await browser.storage.session.remove(keysOf(u.tabId, Object.keys(state.frames)));
      }
      state = { pageUrl: u.pageUrl ?? u.frameUrl, topDocumentId: isTop ? u.documentId : null, frames: {} };
      listChanged = true;
    }
    if (isTop && (state.topDocumentId !== u.documentId || state.pageUrl !== (u.pageUrl ?? u.frameUrl))) {
      state = { ...state, topDocumentId: u.documentId, pageUrl: u.pageUrl ?? u.frameUrl };
      listChanged = true;
    }
    const key = String(u.frameId);
    const prev = state.frames[key];
    listChanged ||= !prev;
    const sameDocument = prev && prev.documentId === u.documentId;
    const frame: FrameState = sameDocument ? { ...prev } : { frameUrl: u.frameUrl, documentId: u.documentId };
    frame.frameUrl = u.frameUrl;
    if (u.scan) frame.scan = u.scan;
    if (u.live) frame.live = u.live;
    state = { ...state, frames: { ...state.frames, [key]: frame } };
    await saveFrame(u.tabId, state, key, listChanged);
    return { state, navigated };
  });
}

/**
 * The report the ledger and the submit guard act on. One that does not fit in storage.session is
 * kept in memory only, and the stored one is removed (a restarted worker evaluates the tab again
 * rather than act on an older report).
 */
export function setReport(tabId: number, report: Report, formFingerprint: string): Promise<void> {
  return serial(tabId, async () => {
    const state = await load(tabId);
    if (!state) return;
    cache.set(tabId, { ...state, report, formFingerprint });
    try {
      await browser.storage.session.set({ [reportKey(tabId)]: { report, formFingerprint } satisfies StoredReport });
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      await browser.storage.session.remove(reportKey(tabId));
    }
  });
}

export function getTab(tabId: number): Promise<TabState | undefined> {
  return serial(tabId, () => load(tabId));
}

export function clearTab(tabId: number): Promise<void> {
  return serial(tabId, async () => {
    const cached = cache.get(tabId);
    cache.delete(tabId);
    const frameIds = cached
      ? Object.keys(cached.frames)
      : (((await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)] as StoredTab | undefined)?.frameIds ?? []);
    await browser.storage.session.remove(keysOf(tabId, frameIds));
  });
}

export async function knownTabIds(): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  return Object.keys(all)
    .filter((k) => /^tab:\d+$/.test(k))
    .map((k) => Number(k.slice(PREFIX.length)));
}
