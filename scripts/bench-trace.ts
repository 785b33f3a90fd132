// Our part of a Chromium trace, in CPU time (the events' thread durations): what FormWarden's
// content scripts ran on the renderer main threads of every frame, and in which task — their
// evaluation at document_start and every callback (idle slices, timers, listeners, observers,
// messages). Used by the hostile-page bench and its browser test (scripts/bench-hostile.ts).

/** A long task, as Lighthouse counts blocking time. */
const LONG_TASK_MS = 50;

export interface TracedFigures {
  frames: number;
  /** Mean per frame, CPU ms: evaluating the ISOLATED content script and the MAIN-world watch at document_start. */
  contentMs: number;
  mainWorldMs: number;
  /** The most CPU time our scripts took inside any one task of a page's main thread (ours alone, or inside the page's own). */
  longestOwnMs: number;
  /** Σ over tasks of over 50 ms CPU of min(our CPU inside, task CPU − 50): what our work adds to blocking time. */
  ownBlockingMs: number;
  /**
   * The most frames whose scripts of ours ran in one task. Same-origin frames share a main thread,
   * and the browser runs some callbacks of all of them in one task (animation frames, for one):
   * work started there in every frame adds up.
   */
  framesInOneTask: number;
}

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    name?: string;
    data?: { url?: string; scriptName?: string; frame?: string; lineNumber?: number; columnNumber?: number };
  };
}

const CONTENT_SCRIPT = '/src/content/index.js';
const MAIN_WORLD_SCRIPT = '/src/content/main-world.js';
const cpuMs = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;

/** Our part of a Chromium trace of one page load (scripts/bench-hostile.ts: traceLoad). */
export function tracedFigures(events: TraceEvent[]): TracedFigures {
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && e.dur !== undefined && mains.has(`${e.pid}:${e.tid}`));
  const url = (e: TraceEvent) => e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
  const evaluations = (file: string) => onMain.filter((e) => e.name === 'EvaluateScript' && url(e).endsWith(file));
  const ourCalls = onMain.filter(
    (e) =>
      (e.name === 'FunctionCall' || e.name === 'EvaluateScript') &&
      (url(e).endsWith(CONTENT_SCRIPT) || url(e).endsWith(MAIN_WORLD_SCRIPT)),
  );
  // Per thread, in time order, outermost events only (a listener of ours called from one of our own
  // calls is counted once); then each of our calls falls in the task that contains it.
  const outermost = (xs: TraceEvent[]) => {
    const out: TraceEvent[] = [];
    const ends = new Map<string, number>();
    for (const e of [...xs].sort((p, q) => p.ts - q.ts)) {
      const thread = `${e.pid}:${e.tid}`;
      if (e.ts < (ends.get(thread) ?? -Infinity)) continue;
      ends.set(thread, e.ts + (e.dur ?? 0));
      out.push(e);
    }
    return out;
  };
  const ours = outermost(ourCalls);
  const tasks = outermost(onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask'));
  const ourCpuByTask = new Map<TraceEvent, number>();
  const ourFramesByTask = new Map<TraceEvent, Set<string>>();
  const byThread = new Map<string, TraceEvent[]>();
  for (const t of tasks) {
    const thread = `${t.pid}:${t.tid}`;
    byThread.set(thread, byThread.get(thread) ?? []);
    byThread.get(thread)!.push(t);
  }
  for (const e of ours) {
    const threadTasks = byThread.get(`${e.pid}:${e.tid}`) ?? [];
    // The last task starting at or before the call (tasks of one thread do not overlap).
    let lo = 0;
    let hi = threadTasks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (threadTasks[mid]!.ts <= e.ts) lo = mid;
      else hi = mid - 1;
    }
    const task = threadTasks[lo];
    const contained = task && task.ts <= e.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0);
    // A call outside any traced task (none seen here) counts as a task of its own.
    const key = contained ? task : e;
    ourCpuByTask.set(key, (ourCpuByTask.get(key) ?? 0) + cpuMs(e));
    ourFramesByTask.set(key, (ourFramesByTask.get(key) ?? new Set()).add(e.args?.data?.frame ?? ''));
  }
  // FORMWARDEN_DEBUG_TRACE=1: the tasks with most of our work, and those with several frames' (with an
  // unminified build, the line and column name the function).
  if (process.env.FORMWARDEN_DEBUG_TRACE)
    for (const [task, ourCpu] of [...ourCpuByTask]
      .sort((p, q) => q[1] - p[1])
      .filter(([t], i) => i < 2 || ourFramesByTask.get(t)!.size > 1))
      console.log(
        `[trace] task cpu ${cpuMs(task).toFixed(1)} ours ${ourCpu.toFixed(1)}:`,
        ours
          .filter(
            (e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts <= task.ts + (task.dur ?? 0),
          )
          .map(
            (e) =>
              `${e.name} frame ${e.args?.data?.frame?.slice(0, 6)} ${e.args?.data?.lineNumber}:${e.args?.data?.columnNumber} ${cpuMs(e).toFixed(1)}`,
          )
          .join(' || '),
      );
  let longestOwnMs = 0;
  let ownBlockingMs = 0;
  for (const [task, ourCpu] of ourCpuByTask) {
    longestOwnMs = Math.max(longestOwnMs, ourCpu);
    ownBlockingMs += Math.min(ourCpu, Math.max(0, cpuMs(task) - LONG_TASK_MS));
  }
  const mean = (xs: TraceEvent[]) => xs.reduce((sum, e) => sum + cpuMs(e), 0) / Math.max(1, xs.length);
  const content = evaluations(CONTENT_SCRIPT);
  return {
    framesInOneTask: Math.max(0, ...[...ourFramesByTask.values()].map((f) => f.size)),
    frames: content.length,
    contentMs: mean(content),
    mainWorldMs: mean(evaluations(MAIN_WORLD_SCRIPT)),
    longestOwnMs,
    ownBlockingMs,
  };
}
