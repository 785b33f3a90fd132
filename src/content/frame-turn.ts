// When a sub-frame scans. Same-origin frames share the tab's main thread with the page and with each
// other: thirty frames scanning at load each pay their own start-up and scan at once. A frame in
// sight scans at once (as the top frame does); a frame out of sight — below the fold, display:none —
// waits, then scans at idle time when its turn comes, one such frame at a time across the tab, so
// it is scanned late but never skipped (a page must not hide a question in a frame). A submission in
// a frame that has not scanned yet starts its scan at once (submit-guard.ts holds it meanwhile).
import { idle } from './scheduler';

/** Out of sight, a frame first lets the page and the frames in sight go first. */
const WAIT_OUT_OF_SIGHT_MS = 2000;
/** The longest a frame holds the tab's turn (a frame removed mid-scan never gives it back). */
const TURN_MS = 5000;
/** A global of this extension's isolated world on the top window: same-origin frames see it, the page does not. */
const SHARED = 'formwardenTurn';

/**
 * Calls `start` once, when this frame should scan. Returns `now` (start at once) and `done` (this
 * frame's first scan is in: the next frame out of sight may go).
 */
export function scanTurn(start: () => void): { now: () => void; done: () => void } {
  let started = false;
  let mine = 0;
  // The turn is a time stamp on a shared object, not a promise: a frame's callbacks must not depend on
  // another frame's realm, which goes when that frame is removed.
  let lane: { until: number };
  try {
    lane = (top as unknown as Record<string, { until: number }>)[SHARED] ??= { until: 0 };
  } catch {
    lane = { until: 0 }; // a parent of another origin: no sharing
  }
  const now = () => {
    if (started) return;
    started = true;
    sight?.disconnect();
    start();
  };
  const sight = window === top ? null : new IntersectionObserver((e) => e.some((x) => x.isIntersecting) && now());
  if (!sight) now();
  else {
    sight.observe(document.documentElement);
    const tryTurn = (): void =>
      idle(() => {
        if (started) return;
        if (lane.until > Date.now()) return void setTimeout(tryTurn, 250);
        lane.until = mine = Date.now() + TURN_MS;
        now();
      }, 10_000);
    setTimeout(tryTurn, WAIT_OUT_OF_SIGHT_MS);
  }
  return {
    now,
    done: () => {
      if (mine && lane.until === mine) lane.until = 0;
      mine = 0;
    },
  };
}
