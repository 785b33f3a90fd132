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

async function load(tabId: number): Promise<TabState | undefined> {
  const cached = cache.get(tabId);
  if (cached) return cached;
  const stored = (await browser.storage.session.get(keyOf(tabId)))[keyOf(tabId)] as TabState | undefined;
  if (stored) cache.set(tabId, stored);
  return stored;
}

async function save(tabId: number, state: TabState): Promise<void> {
  cache.set(tabId, state);
  await browser.storage.session.set({ [keyOf(tabId)]: state });
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
    await browser.storage.session.remove(keyOf(tabId));
  });
}

export async function knownTabIds(): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  return Object.keys(all)
    .filter((k) => k.startsWith(PREFIX))
    .map((k) => Number(k.slice(PREFIX.length)));
}
