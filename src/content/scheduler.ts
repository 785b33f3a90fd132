// Cooperative time slicing: work runs in idle periods, in slices of at most SLICE_MS, so the page's
// main thread is never held for more than one frame by FormWarden.
import type { Steps } from '../core/steps';

export const SLICE_MS = 8;

type Idle = (cb: (deadline: { timeRemaining(): number; didTimeout: boolean }) => void, opts?: { timeout: number }) => number;
const requestIdle: Idle = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback?.bind(globalThis)
  ?? ((cb) => setTimeout(() => cb({ timeRemaining: () => SLICE_MS, didTimeout: true }), 1) as unknown as number);

/**
 * Runs `step` repeatedly in idle slices until it returns false (no work left). `step` must do a
 * small, bounded unit of work; the slice ends when its budget is spent.
 */
export function runSliced(step: () => boolean, done: () => void, timeoutMs = 1000): void {
  requestIdle((deadline) => {
    const start = performance.now();
    let more = true;
    while (more && performance.now() - start < SLICE_MS && (deadline.didTimeout || deadline.timeRemaining() > 1)) more = step();
    if (more) runSliced(step, done, timeoutMs);
    else done();
  }, { timeout: timeoutMs });
}

/**
 * Runs a pausing pass of the core (see core/steps.ts) in idle slices of at most SLICE_MS, then
 * hands its result to `done`. `onSlice` hears how long each slice held the main thread.
 */
export function runSteps<T>(steps: Steps<T>, done: (result: T) => void, onSlice: (ms: number) => void, timeoutMs = 1000): void {
  requestIdle((deadline) => {
    const start = performance.now();
    let step = steps.next();
    while (!step.done && performance.now() - start < SLICE_MS && (deadline.didTimeout || deadline.timeRemaining() > 1)) step = steps.next();
    onSlice(performance.now() - start);
    if (step.done) done(step.value);
    else runSteps(steps, done, onSlice, timeoutMs);
  }, { timeout: timeoutMs });
}

export function idle(cb: () => void, timeoutMs = 1000): void {
  requestIdle(() => cb(), { timeout: timeoutMs });
}
