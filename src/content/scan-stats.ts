// The scanner's figures for the bench and the hostile-page tests, and the one place that times our
// work on the page's main thread: every pass of the core runs through `runPass` here, in idle
// slices (scheduler.ts), so every slice is counted. The figures are kept in test builds only
// (`__FW_TEST__`): only the test hook reads them, and the content script's size is budgeted.
import type { Steps } from '../core/steps';
import { runSteps } from './scheduler';

/** One frame at 60 Hz: the most a slice of ours should hold the main thread. */
export const FRAME_MS = 16;

export function createScanStats() {
  /**
   * A scan runs in slices: `longestSliceMs` is the longest the main thread was held by us at once
   * (a pass's last slice counted with the merging and sending that follow it in the same task).
   */
  const figures = {
    warmUpMs: 0,
    fullScans: 0,
    partialScans: 0,
    slices: 0,
    slicesOverFrame: 0,
    failedPasses: 0,
    longestSliceMs: 0,
    longestObserverMs: 0,
    totalScanMs: 0,
    droppedRoots: 0,
  };

  const countSlice = (ms: number): void => {
    if (!__FW_TEST__) return;
    figures.slices++;
    if (ms > FRAME_MS) figures.slicesOverFrame++;
    figures.longestSliceMs = Math.max(figures.longestSliceMs, ms);
  };

  return {
    figures,

    /** The warm-up runs whole: it is a few elements. */
    timedWarmUp<T>(this: void, work: () => T): T {
      if (!__FW_TEST__) return work();
      const start = performance.now();
      const result = work();
      const ms = performance.now() - start;
      figures.warmUpMs = Math.max(figures.warmUpMs, ms);
      countSlice(ms);
      return result;
    },

    /**
     * Runs one pass of the core in idle slices, keeping the figures; `done` gets its result and total
     * time. When `done` runs in the same task as the last slice, its time counts towards that slice;
     * after a long last slice it runs in an idle period of its own (scheduler.ts) and counts alone.
     * `failed`: the page tripped the core and the pass is over.
     */
    runPass<T>(steps: Steps<T>, done: (result: T, totalMs: number) => void, failed: () => void): void {
      let total = 0;
      let lastSlice = 0;
      runSteps(steps, {
        done: (result, afterSlice) => {
          if (!__FW_TEST__) return done(result, total);
          const glueStarted = performance.now();
          done(result, total);
          const glue = performance.now() - glueStarted;
          // The last slice is counted again with the glue that ran in its task.
          const held = afterSlice ? lastSlice + glue : glue;
          figures.longestSliceMs = Math.max(figures.longestSliceMs, held);
          if ((afterSlice ? lastSlice : 0) <= FRAME_MS && held > FRAME_MS) figures.slicesOverFrame++;
        },
        failed: () => {
          if (__FW_TEST__) figures.failedPasses++;
          failed();
        },
        slice: (ms) => {
          total += ms;
          if (!__FW_TEST__) return;
          lastSlice = ms;
          figures.totalScanMs += ms;
          countSlice(ms);
        },
      });
    },

    /** Times a mutation callback (it runs inside the page's own task). */
    observed(startedAt: number): void {
      if (__FW_TEST__) figures.longestObserverMs = Math.max(figures.longestObserverMs, performance.now() - startedAt);
    },
  };
}
