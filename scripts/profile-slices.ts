// Which of our functions fill the content script's longest slices on a page: a sampling CPU
// profile (DevTools protocol, 0.1 ms) of loads of one page with the extension, split into runs of
// our samples, the three longest printed with self and inclusive time per function.
//
//   FORMWARDEN_KEEP_NAMES=1 npm run build:test   # function names kept in the content script
//   npx tsx scripts/profile-slices.ts /hostile-gen/huge.html 3
//
// Paths are served from test/browser/pages and the generated hostile pages (test/browser/hostile-pages.ts).
// A tool for finding what to bound, not a measurement: `npm run bench` measures.
import { join } from 'node:path';
import { contentStats, launchWithExtension, poll, ROOT, serveStatic, waitForBadge } from '../test/browser/harness';
import { hostilePagesRoute } from '../test/browser/hostile-pages';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
interface Sample {
  at: number;
  node: number;
  us: number;
}

const CONTENT_SCRIPT = '/src/content/index.js';
/** A gap of the page's own work longer than this ends a run of our samples (µs). */
const GAP_US = 1000;

const path = process.argv[2] ?? '/hostile-gen/huge.html';
const loads = Number(process.argv[3] ?? 3);

function report(profile: Profile): void {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stack = (id: number): number[] => {
    const out: number[] = [];
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) out.push(x);
    return out;
  };
  const name = (id: number): string => {
    const f = nodes.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'}${f.url.endsWith(CONTENT_SCRIPT) ? `@${f.columnNumber}` : ''}`;
  };
  const ours = (id: number) => stack(id).some((x) => nodes.get(x)!.callFrame.url.endsWith(CONTENT_SCRIPT));

  const samples: Sample[] = [];
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i]!;
    samples.push({ at, node: profile.samples[i]!, us: profile.timeDeltas[i + 1] ?? 0 });
  }
  // Runs: our samples, with the collections in between (ours to pay); idle time ends a run.
  const runs: Sample[][] = [];
  let run: Sample[] | null = null;
  for (const s of samples) {
    const fn = nodes.get(s.node)!.callFrame.functionName;
    if (ours(s.node) || (run && fn === '(garbage collector)')) {
      if (!run) runs.push((run = []));
      run.push(s);
    } else if (fn !== '(program)' || s.us > GAP_US) run = null;
  }
  const span = (r: Sample[]) => r[r.length - 1]!.at + r[r.length - 1]!.us - r[0]!.at;
  for (const r of runs.sort((p, q) => span(q) - span(p)).slice(0, 3)) {
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    for (const s of r) {
      self.set(name(s.node), (self.get(name(s.node)) ?? 0) + s.us);
      for (const fn of new Set(stack(s.node).map(name))) inclusive.set(fn, (inclusive.get(fn) ?? 0) + s.us);
    }
    const top = (m: Map<string, number>, n: number) =>
      [...m]
        .sort((p, q) => q[1] - p[1])
        .slice(0, n)
        .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`)
        .join(', ');
    console.log(`  run of ${(span(r) / 1000).toFixed(1)} ms`);
    console.log(`    self: ${top(self, 10)}`);
    console.log(`    inclusive: ${top(inclusive, 16)}`);
  }
}

const site = await serveStatic([join(ROOT, 'test/browser/pages')], '127.0.0.1', [hostilePagesRoute]);
const browser = await launchWithExtension({ headless: true });
try {
  for (let i = 0; i < loads; i++) {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(site.url(path), { timeout: 60_000 });
    await waitForBadge(browser.worker, page, 1, 60_000);
    await poll(async () => (await contentStats(page))?.idle, 'the content script idle', 60_000);
    const stats = await contentStats(page);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    console.log(`load ${i + 1}: ${stats?.slices} slices, longest ${stats?.longestSliceMs.toFixed(1)} ms (own figures)`);
    report(profile);
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
