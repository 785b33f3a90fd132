// Idle slices (scheduler.ts): what follows a pass runs in the last slice's task only when that
// slice left room for it; after a long last slice it waits for an idle period of its own.
import { beforeAll, describe, expect, it } from 'vitest';
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

/** `count` units of `msEach` of work, with a pause between units (none after the last). */
function* busySteps(count: number, msEach: number): Steps<string> {
  for (let i = 0; i < count; i++) {
    if (i > 0) yield;
    const until = performance.now() + msEach;
    while (performance.now() < until);
  }
  return 'result';
}

describe('runSteps', () => {
  it('a pass whose last slice held the thread long hands its result over in another idle period', () => {
    const done: [string, boolean][] = [];
    runSteps(busySteps(3, 3), {
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
