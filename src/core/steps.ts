// Work that can pause. A long pass over a page (every element of a 50,000-node document) is written
// once as a generator that yields between small units of work; the content script runs it in idle
// slices so the page's main thread is never held for long, and the CLI, the preview and the tests
// run the same generator to the end in one go. A paused pass keeps going on a static list of the
// elements it started with: a live TreeWalker would lose its place when the page removes the node
// it stopped on.
export type Steps<T> = Generator<void, T, void>;

/**
 * Work done inside one item (nodes visited, references followed), counted by the readers of an
 * item so that a pass pauses after as much work as it did, not after as many items: one element
 * built to be expensive then costs its own pause.
 */
export interface Meter {
  units: number;
}

/** Says when a pass has done enough units of work since its last pause. */
export class Pacer {
  #done = 0;
  /** `meter`: work counted by the item's readers, added to the item's own units (and taken from the meter). */
  readonly #unitsPerStep: number;
  readonly #meter: Meter | undefined;
  constructor(unitsPerStep = 256, meter?: Meter) {
    this.#unitsPerStep = unitsPerStep;
    this.#meter = meter;
  }

  /** Count `units` of work (one element by default); true when it is time to yield. */
  due(units = 1): boolean {
    if (this.#meter) {
      units += this.#meter.units;
      this.#meter.units = 0;
    }
    if ((this.#done += units) < this.#unitsPerStep) return false;
    this.#done = 0;
    return true;
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
