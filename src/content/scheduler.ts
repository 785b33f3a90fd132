// Cooperative time slicing: work runs in idle periods, in slices of at most SLICE_MS, so the page's
// main thread is never held for more than one frame by FormWarden.
import type { Steps } from '../core/steps';
import { own } from './own-work';

export const SLICE_MS = 8;

type Idle = (
  cb: (deadline: { timeRemaining(): number; didTimeout: boolean }) => void,
  opts?: { timeout: number },
) => number;
const requestIdle: Idle =
  (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback?.bind(globalThis) ??
  ((cb) => setTimeout(() => cb({ timeRemaining: () => SLICE_MS, didTimeout: true }), 1) as unknown as number);

export interface StepsHandlers<T> {
  /** `afterSlice`: in the same task as the pass's last slice (else in an idle period of its own). */
  done: (result: T, afterSlice: boolean) => void;
  /** The pass threw: it is over, and the caller must not wait for `done`. */
  failed: (error: unknown) => void;
  /** How long each slice held the main thread. */
  slice: (ms: number) => void;
}

/**
 * Runs a pausing pass of the core (see core/steps.ts) in idle slices of at most SLICE_MS, then
 * hands its result to `done` (or the error to `failed`: a page the core trips on must not leave
 * the scanner waiting for ever).
 */
export function runSteps<T>(steps: Steps<T>, on: StepsHandlers<T>, timeoutMs = 1000): void {
  requestIdle(own(slice), { timeout: timeoutMs });
  function slice(deadline: { timeRemaining(): number; didTimeout: boolean }): void {
    const start = performance.now();
    let step: IteratorResult<void, T>;
    // A step is not started when the longest one of this slice would not fit in what is left: a
    // step that lists a root or reads a megabyte-long value costs several ms, and one begun at the
    // end of a slice made it twice as long (measured: 14–16 ms slices on the huge-option page).
    let longestStep = 0;
    try {
      let before = start;
      for (;;) {
        step = steps.next();
        const now = performance.now();
        longestStep = Math.max(longestStep, now - before);
        before = now;
        if (
          step.done ||
          now - start + longestStep >= SLICE_MS ||
          (!deadline.didTimeout && deadline.timeRemaining() <= 1)
        )
          break;
      }
    } catch (error) {
      on.slice(performance.now() - start);
      on.failed(error);
      return;
    }
    const held = performance.now() - start;
    on.slice(held);
    if (!step.done) return runSteps(steps, on, timeoutMs);
    // What follows a pass (merging it, sending it) costs a few ms on a large page: after a slice
    // that used most of its time, it gets an idle period of its own (measured: a 11 ms last slice
    // and a 6.6 ms merge made one 18 ms task on 300 nested shadow roots).
    const result = step.value;
    if (held < SLICE_MS / 2) on.done(result, true);
    else
      requestIdle(
        own(() => on.done(result, false)),
        { timeout: timeoutMs },
      );
  }
}

export function idle(cb: () => void, timeoutMs = 1000): void {
  requestIdle(own(cb), { timeout: timeoutMs });
}
