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
  done: (result: T) => void;
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
    try {
      step = steps.next();
      while (
        !step.done &&
        performance.now() - start < SLICE_MS &&
        (deadline.didTimeout || deadline.timeRemaining() > 1)
      )
        step = steps.next();
    } catch (error) {
      on.slice(performance.now() - start);
      on.failed(error);
      return;
    }
    on.slice(performance.now() - start);
    if (step.done) on.done(step.value);
    else runSteps(steps, on, timeoutMs);
  }
}

export function idle(cb: () => void, timeoutMs = 1000): void {
  requestIdle(own(cb), { timeout: timeoutMs });
}
