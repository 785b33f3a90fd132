// The bench's reading of a Chromium trace (scripts/bench-trace.ts): our CPU time per task, the
// frames in one task, what falls inside the page's long tasks.
import { describe, expect, it } from 'vitest';
import { tracedFigures, type TraceEvent } from '../../scripts/bench-trace';

const OURS = 'chrome-extension://id/src/content/index.js';
const MAIN_WORLD = 'chrome-extension://id/src/content/main-world.js';
const thread = { pid: 1, tid: 7 };
const meta: TraceEvent = { name: 'thread_name', ph: 'M', ...thread, ts: 0, args: { name: 'CrRendererMain' } };
/** ts and durations in ms (the trace's are µs); CPU time is `cpu`, wall time `wall`. */
const event = (name: string, ts: number, wall: number, cpu: number, data: object = {}): TraceEvent => ({
  name,
  ph: 'X',
  ...thread,
  ts: ts * 1000,
  dur: wall * 1000,
  tdur: cpu * 1000,
  args: { data },
});
const task = (ts: number, wall: number, cpu = wall) => event('ThreadControllerImpl::RunTask', ts, wall, cpu);
const call = (ts: number, cpu: number, frame = 'A', url = OURS) => event('FunctionCall', ts, cpu, cpu, { url, frame });

describe('tracedFigures', () => {
  it('counts our calls in CPU time, not in the wall time a busy machine stretches them to', () => {
    const f = tracedFigures([meta, task(0, 60, 4), event('FunctionCall', 1, 55, 3, { url: OURS, frame: 'A' })]);
    expect(f.longestOwnMs).toBe(3);
    expect(f.ownBlockingMs).toBe(0);
  });

  it('adds up the calls of every frame that the browser ran in one task', () => {
    const f = tracedFigures([meta, task(0, 40), ...['A', 'B', 'C', 'D'].map((frame, i) => call(1 + i * 5, 4, frame))]);
    expect(f.longestOwnMs).toBe(16);
    expect(f.framesInOneTask).toBe(4);
  });

  it('counts a listener called from our own call once, and ignores calls of page scripts', () => {
    const f = tracedFigures([meta, task(0, 30), call(1, 10), call(2, 5), call(15, 8, 'A', 'https://page/app.js')]);
    expect(f.longestOwnMs).toBe(10);
  });

  it('counts what our work adds to a long task of the page, at most the task’s part over 50 ms', () => {
    const f = tracedFigures([meta, task(0, 70), call(10, 12), task(100, 200), call(110, 30)]);
    expect(f.ownBlockingMs).toBe(12 + 30);
    const short = tracedFigures([meta, task(0, 56), call(10, 12)]);
    expect(short.ownBlockingMs).toBe(6);
  });

  it('reads each frame’s start-up: both scripts’ evaluation, per frame', () => {
    const f = tracedFigures([
      meta,
      task(0, 100),
      event('EvaluateScript', 1, 3, 3, { url: OURS, frame: 'A' }),
      event('EvaluateScript', 5, 1, 1, { url: MAIN_WORLD, frame: 'A' }),
      event('EvaluateScript', 10, 5, 5, { url: OURS, frame: 'B' }),
      event('EvaluateScript', 20, 3, 3, { url: MAIN_WORLD, frame: 'B' }),
    ]);
    expect(f).toMatchObject({ frames: 2, contentMs: 4, mainWorldMs: 2, framesInOneTask: 2 });
  });

  it('leaves out threads other than renderer main threads', () => {
    const worker = { ...call(1, 20), tid: 9 };
    expect(tracedFigures([meta, task(0, 30), worker]).longestOwnMs).toBe(0);
  });
});
