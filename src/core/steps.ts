// Work that can pause. A long pass over a page (every element of a 50,000-node document) is written
// once as a generator that yields between small units of work; the content script runs it in idle
// slices so the page's main thread is never held for long, and the CLI, the preview and the tests
// run the same generator to the end in one go. A paused pass keeps going on a static list of the
// elements it started with: a live TreeWalker would lose its place when the page removes the node
// it stopped on.
export type Steps<T> = Generator<void, T, void>;

/** Says when a pass has done enough units of work since its last pause. */
export class Pacer {
  private done = 0;
  constructor(private readonly unitsPerStep = 256) {}

  /** Count one unit; true when it is time to yield. */
  due(): boolean {
    return ++this.done % this.unitsPerStep === 0;
  }
}

/** A pacer that never asks for a pause (a pass needed at once, in the middle of another). */
export function neverPause(): Pacer {
  return new Pacer(Number.POSITIVE_INFINITY);
}

/** Runs a pass to its end without pausing (Node, preview, tests). */
export function runToEnd<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
