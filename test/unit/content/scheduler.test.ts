// Idle slices (scheduler.ts): what follows a pass runs in the last slice's task only when that
// slice left room for it; after a long last slice it waits for an idle period of its own. Time is a
// clock of the tests' own (`performance.now` stubbed): under CPU load a busy wait of 0 ms was once
// measured over 4 ms, and the test failed.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Steps } from '../../../src/core/steps';

type IdleCallback = (deadline: { timeRemaining(): number; didTimeout: boolean }) => void;
const idleQueue: IdleCallback[] = [];
let runSteps: typeof import('../../../src/content/scheduler').runSteps;

beforeAll(async () => {
  (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback = (cb: IdleCallback) => idleQueue.push(cb);
  ({ runSteps } = await import('../../../src/content/scheduler'));
});

/** Runs the next idle callback with a full idle period. */
const nextIdle = () => idleQueue.shift()!({ timeRemaining: () => 50, didTimeout: false });

let clock = 0;
beforeEach(() => {
  clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** `count` units of `msEach` ms of the clock, with a pause between units (none after the last). */
function* busySteps(count: number, msEach: number): Steps<string> {
  for (let i = 0; i < count; i++) {
    if (i > 0) yield;
    clock += msEach;
  }
  return 'result';
}

describe('runSteps', () => {
  it('a pass whose last slice held the thread long hands its result over in another idle period', () => {
    const done: [string, boolean][] = [];
    runSteps(busySteps(1, 5), {
      done: (r, afterSlice) => done.push([r, afterSlice]),
      failed: () => {},
      slice: () => {},
    });
    nextIdle();
    expect(done).toEqual([]);
    expect(idleQueue).toHaveLength(1);
    nextIdle();
    expect(done).toEqual([['result', false]]);
  });

  it("does not start a step when the slice's longest step would not fit in it", () => {
    // Each step takes 3 ms. The first two fit in an 8 ms slice, a third would end at 9 ms. Before,
    // the slice ran on while under 8 ms and a step begun at 7.9 ms doubled it.
    const stepsPerSlice: number[] = [];
    let steps = 0;
    function* counted(): Steps<string> {
      for (let i = 0; i < 6; i++) {
        steps++;
        clock += 3;
        yield;
      }
      return 'result';
    }
    let before = 0;
    runSteps(counted(), {
      done: () => {},
      failed: () => {},
      slice: () => {
        stepsPerSlice.push(steps - before);
        before = steps;
      },
    });
    while (idleQueue.length) nextIdle();
    expect(stepsPerSlice).toEqual([2, 2, 2, 0]);
  });

  it('a short pass hands its result over in the same task', () => {
    const done: [string, boolean][] = [];
    runSteps(busySteps(2, 0), {
      done: (r, afterSlice) => done.push([r, afterSlice]),
      failed: () => {},
      slice: () => {},
    });
    nextIdle();
    expect(done).toEqual([['result', true]]);
    expect(idleQueue).toHaveLength(0);
  });
});
