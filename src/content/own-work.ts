// Test builds only: when this script held the page's main thread. The hostile-page bench and test
// add up how much of it fell inside the page's long tasks — a figure that does not move with the
// page's own loading, whose blocking time varies by hundreds of milliseconds from run to run. In
// the production build `__FW_TEST__` is false and `own(fn)` is `fn`.

/** [start (ms since the epoch, as long-task entries are read), duration ms]; the first 5,000. */
const spans: [number, number][] = [];

/**
 * `work`, timed each time it runs (test builds). In production it is `work` itself: the minifier
 * removes the call, and nothing of the timing ships.
 */
export function own<A extends unknown[], R>(work: (...args: A) => R): (...args: A) => R {
  if (!__FW_TEST__) return work;
  return (...args) => {
    const start = performance.now();
    try {
      return work(...args);
    } finally {
      if (spans.length < 5000) spans.push([performance.timeOrigin + start, performance.now() - start]);
    }
  };
}

export const ownSpans = (): [number, number][] => spans;
