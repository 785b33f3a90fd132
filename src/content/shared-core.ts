// One core for the tab's same-origin frames. Each frame's content script is its own realm: run alone,
// every frame would compile the core's vocabularies again and run its code cold (V8 optimises per
// realm), which made thirty frames cost thirty start-ups. Same-origin frames share this extension's
// isolated world through their windows (as typing.ts does), so a sub-frame runs the top frame's
// core, warmed up and hot, on its own document. The core reaches the DOM only through the root it
// is given (no globals, no instanceof: src/core is realm-free). The page cannot see this global.
import { collectFieldsAndElementsSteps } from '../core/collect';
import { collectNoticeSteps } from '../core/notice/facts';

const OWN = { collectFieldsAndElementsSteps, collectNoticeSteps };
export type ScanCore = typeof OWN;
const SHARED = 'formwardenCore';

/** The core this frame scans with, and whether it is the top frame's (already warmed up there). */
export function scanCore(): { core: ScanCore; shared: boolean } {
  try {
    const theirs = window !== top && (top as unknown as Record<string, ScanCore | undefined>)[SHARED];
    if (theirs) return { core: theirs, shared: true };
  } catch {
    // a top of another origin: this frame runs its own
  }
  (globalThis as Record<string, unknown>)[SHARED] = OWN;
  return { core: OWN, shared: false };
}
