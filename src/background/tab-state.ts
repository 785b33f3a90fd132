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

const PREFIX = 'tab:';
const cache = new Map<number, TabState>();
const queues = new Map<number, Promise<unknown>>();

const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

/** What storage.session holds when a tab's whole state did not fit: which frames exist, not their scans. */
interface StoredWithoutScans extends TabState {
  scansDropped: true;
}

let onScansDropped: (tabId: number) => void = () => undefined;

/**
 * The page (top document) of each tab whose state outgrew storage.session: its later saves store the
 * list of frames straight away instead of cloning megabytes once more only to be refused.
 */
const outgrown = new Map<number, string>();
const pageOf = (state: TabState): string => state.topDocumentId ?? state.pageUrl;

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
  const stored = (await browser.storage.session.get(keyOf(tabId)))[keyOf(tabId)] as
    TabState | StoredWithoutScans | undefined;
  if (!stored) return undefined;
  if ('scansDropped' in stored) {
    const { scansDropped: _, ...state } = stored;
    cache.set(tabId, state);
    outgrown.set(tabId, pageOf(state));
    onScansDropped(tabId);
    return state;
  }
  cache.set(tabId, stored);
  return stored;
}

/**
 * storage.session's quota (10 MB in Chromium) is shared by every tab, and a page decides how many
 * questions it has: thirty frames of two hundred fields outgrow it. The worker then keeps the whole
 * state in memory and stores only which frames exist, so a restart asks them to scan again instead
 * of evaluating half a page. When not even that fits, the error stands (the badge shows it).
 */
async function save(tabId: number, state: TabState): Promise<void> {
  cache.set(tabId, state);
  if (outgrown.get(tabId) !== pageOf(state)) {
    try {
      await browser.storage.session.set({ [keyOf(tabId)]: state });
      return;
    } catch (error) {
      if (!/quota/i.test(String(error))) throw error;
      outgrown.set(tabId, pageOf(state));
    }
  }
  await browser.storage.session.set({ [keyOf(tabId)]: withoutScans(state) });
}

function withoutScans(state: TabState): StoredWithoutScans {
  const frames: Record<string, FrameState> = {};
  for (const [key, f] of Object.entries(state.frames))
    frames[key] = { frameUrl: f.frameUrl, documentId: f.documentId, ...(f.live ? { live: f.live } : {}) };
  return { pageUrl: state.pageUrl, topDocumentId: state.topDocumentId, frames, scansDropped: true };
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
    if (!state || navigated) {
      state = { pageUrl: u.pageUrl ?? u.frameUrl, topDocumentId: isTop ? u.documentId : null, frames: {} };
    }
    if (isTop) {
      state.topDocumentId = u.documentId;
      state.pageUrl = u.pageUrl ?? u.frameUrl;
    }
    const key = String(u.frameId);
    const prev = state.frames[key];
    const sameDocument = prev && prev.documentId === u.documentId;
    const frame: FrameState = sameDocument ? { ...prev } : { frameUrl: u.frameUrl, documentId: u.documentId };
    frame.frameUrl = u.frameUrl;
    if (u.scan) frame.scan = u.scan;
    if (u.live) frame.live = u.live;
    state.frames = { ...state.frames, [key]: frame };
    await save(u.tabId, state);
    return { state, navigated };
  });
}

export function setReport(tabId: number, report: Report, formFingerprint: string): Promise<void> {
  return serial(tabId, async () => {
    const state = await load(tabId);
    if (!state) return;
    await save(tabId, { ...state, report, formFingerprint });
  });
}

export function getTab(tabId: number): Promise<TabState | undefined> {
  return serial(tabId, () => load(tabId));
}

export function clearTab(tabId: number): Promise<void> {
  return serial(tabId, async () => {
    cache.delete(tabId);
    outgrown.delete(tabId);
    await browser.storage.session.remove(keyOf(tabId));
  });
}

export async function knownTabIds(): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  return Object.keys(all)
    .filter((k) => k.startsWith(PREFIX))
    .map((k) => Number(k.slice(PREFIX.length)));
}
