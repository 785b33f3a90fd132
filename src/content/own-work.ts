// Test builds only: when this script held the page's main thread. The hostile-page bench and test
// add up how much of it fell inside the page's long tasks — a figure that does not move with the
// page's own loading, whose blocking time varies by hundreds of milliseconds from run to run. In
// the production build `__FW_TEST__` is false and `ownWork(fn)` is `fn()`.

/** [start (ms since the epoch, as long-task entries are read), duration ms]; the first 5,000. */
const spans: [number, number][] = [];

export function ownWork<A extends unknown[], R>(work: (...args: A) => R, ...args: A): R {
  if (!__FW_TEST__) return work(...args);
  const start = performance.now();
  try {
    return work(...args);
  } finally {
    if (spans.length < 5000) spans.push([performance.timeOrigin + start, performance.now() - start]);
  }
}

export const ownSpans = (): [number, number][] => spans;
