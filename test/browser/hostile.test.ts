// Budgets in a real browser: a hostile page (50,000 nodes built by the page, then a 5 s mutation
// storm) must not stall the tab because of us. Scans run in idle slices of about 8 ms; the test
// asks that nearly all of them fit in a frame (16 ms) and that none is a freeze (100 ms): a garbage
// collection or a slow CI machine may stretch a slice or two, never the scans. (Before slicing, one
// full scan of this page was a single 25–70 ms task.) And the content
// script must stay small (≤ 30 KB gzip, no Preact, no Dexie). Figures are printed for the report.
// Then each hostile page kind (hostile-pages.ts) is measured with vs without the extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentBundleFigures } from '../../scripts/bench-extension';
import {
  contentStatsAllFrames,
  formatHostile,
  formatTraced,
  measureHostilePage,
  openHostileBrowsers,
  traceLoad,
  type HostileBrowsers,
} from '../../scripts/bench-hostile';
import {
  contentStats,
  poll,
  reportFor,
  tabIdOf,
  waitForBadge,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';
import { HOSTILE_PAGES } from './hostile-pages';

let browsers: HostileBrowsers;
let browser: ExtensionBrowser;
let site: StaticServer;

beforeAll(async () => {
  // The extension's browser, a second one without it (the same Chromium), and the pages.
  browsers = await openHostileBrowsers();
  browser = browsers.ext;
  site = browsers.site;
});

afterAll(async () => {
  await browsers?.close();
});

interface Figures {
  longTasks: { start: number; duration: number }[];
  loafScripts: { url: string; invoker: string; duration: number; start: number }[];
}

describe('hostile page', () => {
  it('50,000 nodes and a 5 s mutation storm: scans run in slices that fit a frame, none freezes the tab', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url('/hostile.html'), { waitUntil: 'load' });
    await poll(
      () => page.evaluate(() => (window as unknown as { __built?: boolean }).__built === true),
      '50,000 nodes built',
      30_000,
    );
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    const tabId = await tabIdOf(browser.worker, page.url());
    await poll(() => reportFor(page, browser.extensionId, tabId), 'first report');
    await page.evaluate(() => (window as unknown as { startStorm: () => void }).startStorm());
    await poll(
      () => page.evaluate(() => (window as unknown as { __stormDone?: boolean }).__stormDone === true),
      'storm over',
      20_000,
    );
    // Let the debounced passes after the storm run, then read the figures.
    await poll(
      async () => ((await contentStats(page)) as { idle?: boolean } | null)?.idle === true,
      'scanning settled',
      20_000,
      250,
    );
    const stats = (await contentStats(page))!;
    const figures = await page.evaluate(() => ({
      longTasks: (window as unknown as Figures & { __longTasks: Figures['longTasks'] }).__longTasks,
      loafScripts: (window as unknown as { __loafScripts: Figures['loafScripts'] }).__loafScripts,
    }));
    const ours = figures.loafScripts.filter((s) => s.url.startsWith('chrome-extension://'));
    const maxOurs = Math.max(0, ...ours.map((s) => s.duration));
    const maxLongTask = Math.max(0, ...figures.longTasks.map((t) => t.duration));
    console.log(
      `[hostile] ${nodes} elements; long tasks: ${figures.longTasks.length}, longest ${maxLongTask.toFixed(0)} ms; ` +
        `extension scripts in long animation frames: ${ours.length}, longest ${maxOurs.toFixed(0)} ms; ` +
        `content script: ${stats.fullScans} full + ${stats.partialScans} partial scans in ${stats.slices} slices (${stats.slicesOverFrame} over 16 ms), longest slice ${stats.longestSliceMs.toFixed(1)} ms, longest mutation callback ${stats.longestObserverMs.toFixed(1)} ms, total ${stats.totalScanMs.toFixed(0)} ms`,
    );
    expect(nodes).toBeGreaterThan(50_000);
    // Long-animation-frame entries do not attribute isolated-world (content script) work in
    // Chromium, so what is ours is measured by the content script itself around every core call.
    expect(stats.slicesOverFrame).toBeLessThanOrEqual(Math.max(2, Math.floor(stats.slices * 0.1)));
    expect(stats.longestSliceMs).toBeLessThan(100);
    expect(stats.longestObserverMs).toBeLessThan(50);
    expect(stats.failedPasses).toBe(0);
    const reply = await reportFor(page, browser.extensionId, tabId);
    expect(reply!.report.fields.some((f) => f.selector.includes('idnum'))).toBe(true);
    // The notice sits after the 50,000 rows: the sliced notice pass still reaches it.
    expect(reply!.report.notice.found).toBe(true);
    expect(reply!.report.notice.links.some((href) => href.endsWith('/privacy.html'))).toBe(true);
    await page.close();
  });
});

// What the extension adds, as a user feels it: each page loaded with and without the extension in
// this run (median of RUNS), the longest long task and the total blocking time (Σ duration − 50 ms)
// after the first frame's load, in every frame. Looser than the bench's targets (16 ms, 50 ms) so that a
// slow or shared machine stays green; the badge must be set on every page (each holds personal
// fields). Our own work inside long tasks is read directly too, on every page: on a page whose own
// loading varies more than the limits from run to run (`noisyLoad`), that is the figure held.
const RUNS = 5;
const ADDED_STALL_MS = 50;
const ADDED_BLOCKING_MS = 150;
// Own work is held to the same looser limit as the difference (the bench prints it against 50 ms).
const OWN_BLOCKING_MS = ADDED_BLOCKING_MS;

describe('hostile page kinds, with vs without the extension', () => {
  for (const kind of HOSTILE_PAGES.filter((k) => k.path.startsWith('/hostile-gen/')))
    (kind.knownOpen ? it.skip : it)(
      kind.noisyLoad
        ? `${kind.name}: own work in long tasks ≤ ${OWN_BLOCKING_MS} ms, badge set`
        : `${kind.name}: added stall ≤ ${ADDED_STALL_MS} ms, added blocking ≤ ${ADDED_BLOCKING_MS} ms, own work in long tasks ≤ ${OWN_BLOCKING_MS} ms, badge set`,
      {
        timeout: 600_000,
      },
      async () => {
        const f = await measureHostilePage(browsers, kind, RUNS);
        console.log(`[hostile]${formatHostile(f)}`);
        const traced = await traceLoad(browsers, kind);
        console.log(`[hostile]${formatTraced(traced)}`);
        // In CPU time, which a busy machine does not stretch: our work in any one task stays short,
        // and is one frame's (start-up and scanning are each frame's own tasks; the browser runs
        // some callbacks of every same-origin frame in one task, animation frames for one, and our
        // work there would add up frame by frame). Two: a frame's load event fires in the task that
        // ends its parent's load too, and we note it in both.
        expect(traced.longestOwnMs).toBeLessThanOrEqual(ADDED_STALL_MS);
        expect(traced.ownBlockingMs).toBeLessThanOrEqual(OWN_BLOCKING_MS);
        expect(traced.framesInOneTask).toBeLessThanOrEqual(2);
        if (!kind.noisyLoad) {
          expect(f.addedStallMs).toBeLessThanOrEqual(ADDED_STALL_MS);
          expect(f.addedTbtMs).toBeLessThanOrEqual(ADDED_BLOCKING_MS);
        }
        expect(f.ownBlockingMs).toBeLessThanOrEqual(OWN_BLOCKING_MS);
        expect(f.badge).toBe(true);
      },
    );
});

describe('frames share the cost', () => {
  it("a same-origin frame scans with the top frame's core: no warm-up of its own, its form still counts", async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url('/iframe.html'), { waitUntil: 'load' });
    const { tabId } = await waitForBadge(browser.worker, page);
    const frames = await poll(async () => {
      const all = await contentStatsAllFrames(page);
      return all.length === 2 && all.every((s) => s.fullScans > 0 && s.idle) ? all : null;
    }, 'both frames scanned');
    // The top frame warms its core up once; the sub-frame runs that core (shared-core.ts).
    expect(frames.filter((s) => s.warmUpMs > 0)).toHaveLength(1);
    expect(frames.filter((s) => s.warmUpMs === 0)).toHaveLength(1);
    const reply = await reportFor(page, browser.extensionId, tabId);
    expect(reply!.report.fields.some((f) => f.selector.includes('vid') && f.category !== null)).toBe(true);
    await page.close();
  });
});

describe('frames out of view wait until wanted', () => {
  const FRAME = '/iframe-inner.html';
  /**
   * Opens the page whose visitor form's frame starts 4,000 px down. Right after the load: the frame
   * waits at most 3 s (FRAME_WAIT_MS) before it is scanned anyway.
   */
  async function openBelowFold() {
    const page = await browser.context.newPage();
    await page.goto(site.url('/frame-below-fold.html'), { waitUntil: 'load' });
    const frameStats = async () => (await contentStatsAllFrames(page)).find((s) => s.path === FRAME) ?? null;
    expect(await frameStats()).toMatchObject({ waiting: true, fullScans: 0 });
    const tabId = await tabIdOf(browser.worker, page.url());
    return { page, tabId, frameStats };
  }

  it('a frame below the fold is scanned when it comes into view, and its questions are marked', async () => {
    const { page, frameStats } = await openBelowFold();
    await page.evaluate(() => document.getElementById('frame')!.scrollIntoView());
    const scanned = await poll(async () => {
      const s = await frameStats();
      return s && s.fullScans > 0 && s.marks > 0 ? s : null;
    }, 'the frame scanned and marked once in view');
    expect(scanned.waiting).toBe(false);
    await page.close();
  });

  it('the report the popup asks for holds the questions of frames out of view', async () => {
    const { page, tabId } = await openBelowFold();
    const reply = await poll(async () => {
      const r = await reportFor(page, browser.extensionId, tabId);
      return r?.report.fields.some((f) => f.selector.includes('vid') && f.category !== null) ? r : null;
    }, 'the out-of-view frame’s ID number in the report');
    expect(reply.report.fields.some((f) => f.selector.includes('dept'))).toBe(true);
    // The page was not scrolled: the report woke the frame, not the view.
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.close();
  });

  it('the popup, opened with the frame still out of view, follows the report until the frame’s questions are in', async () => {
    const { page, tabId } = await openBelowFold();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/src/ui/popup/popup.html?tab=${tabId}`);
    await popup.waitForFunction(() => document.body.textContent?.includes('身份证号'), undefined, { timeout: 15_000 });
    await popup.close();
    await page.close();
  });

  it('a frame out of view that nothing asks for is scanned a few seconds after the load all the same', async () => {
    // A page that keeps a frame from ever seeming in view gains those seconds, no more.
    const { page, tabId, frameStats } = await openBelowFold();
    await poll(async () => ((await frameStats())?.fullScans ?? 0) > 0, 'the frame scanned after the deadline', 15_000);
    await poll(async () => {
      const r = await reportFor(page, browser.extensionId, tabId);
      return r?.report.fields.some((f) => f.selector.includes('vid')) ?? false;
    }, 'its ID number in the report');
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.close();
  });

  it('focusing a field in a frame out of view (a page script or the keyboard) starts its scan', async () => {
    const { page, frameStats } = await openBelowFold();
    const frame = page.frames().find((f) => f.url().endsWith(FRAME))!;
    await frame.evaluate(() => document.getElementById('vname')!.focus({ preventScroll: true }));
    const stats = await poll(async () => {
      const s = await frameStats();
      return s && s.fullScans > 0 ? s : null;
    }, 'the frame scanned after a focus in it');
    expect(stats.wokenBy).toBe('focusin');
    await page.close();
  });
});

describe('content-script bundle', () => {
  it('is at most 30 KB gzip and carries neither Preact nor Dexie', () => {
    const b = contentBundleFigures();
    console.log(
      `[bundle] content script ${(b.bytes / 1024).toFixed(1)} KB, ${(b.gzipBytes / 1024).toFixed(1)} KB gzip; main-world ${(b.mainWorld.gzipBytes / 1024).toFixed(1)} KB gzip`,
    );
    expect(b.forbidden).toEqual({ preact: false, dexie: false });
    expect(b.gzipBytes).toBeLessThanOrEqual(30 * 1024);
  });
});
