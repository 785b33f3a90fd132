// Keeps this frame's scan current as the page changes: when passes run. The first scan covers the
// document; after that only subtrees that were added (and open shadow roots as they appear) are
// scanned, in idle slices, and merged in. Hostile pages are capped: a bounded queue, a bounded
// number of subtrees per pass, and a growing quiet period while mutations keep storming.
// The content script only collects (the DOM half of the core's scan); the background classifies.
// Jobs: what changed (change-queue.ts), the questions so far (field-table.ts), timing and figures
// (scan-stats.ts), the warm-up (warm-up.ts); this file schedules the passes.
import type { CollectedFields, CollectedScan } from '../core/collect';
import type { Steps } from '../core/steps';
import { tagOf } from '../core/dom/attributes';
import { controlKind } from '../core/extract/controls';
import { CONTROL_SELECTOR, QUESTION_ATTRIBUTES, createChangeQueue } from './change-queue';
import { createFieldTable } from './field-table';
import { createScanStats } from './scan-stats';
import { scanCore } from './shared-core';
import { own } from './own-work';
import { idle } from './scheduler';
import { warmUp } from './warm-up';

/**
 * Elements the notice analysis walks at most (document order): ~2 µs each in Chromium, so at most
 * ~200 ms of work, spread over idle slices. Beyond that a page is not a form people fill in.
 */
const MAX_NOTICE_ELEMENTS = 100_000;
const MAX_WAIT_MS = 3000;
/** A full rescan (which refreshes notice and page facts) is repeated only while its slices add up to this little. */
const CHEAP_FULL_SCAN_MS = 16;
/** Controls of one container the submit guard checks at most, one by one (see `holdsUnread`). */
const MAX_CONTROLS_CHECKED = 5000;

export interface ScannerOptions {
  pageUrl: () => string;
  /** Our own overlay host: its mutations are not the page's. */
  ignore: (node: Node) => boolean;
  onChange: (scan: CollectedScan) => void;
}

export type FrameScanner = ReturnType<typeof createFrameScanner>;

// A closure, not a class: the minifier shortens its private names (the script's size is budgeted).
export function createFrameScanner(opts: ScannerOptions) {
  const { core, shared } = scanCore();
  const timing = createScanStats();
  /** Timing figures for the bench and the hostile-page test (scan-stats.ts). */
  const stats = timing.figures;
  const table = createFieldTable();
  const changes = createChangeQueue(opts.ignore, () => {
    if (__FW_TEST__) stats.droppedRoots++;
  });
  /** A pass (full or partial) is running, in slices: another waits for it. */
  let busy = false;
  /** A full scan was asked for while another pass ran: it runs when that pass ends. */
  let fullScanWanted = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** When the oldest change not yet scanned was seen. */
  let firstPendingAt = 0;
  let lastPassMs = 0;
  let lastFullScanMs = 0;
  /** A submission waits for the next pass (scanNow): no quiet period for it. */
  let urgent = false;
  /** A full scan is running: everything queued before it is in it, and not scanned until it is over. */
  let fullRunning = false;
  /** Every control a finished pass has read (in the table's questions, or not a question). */
  const read = new WeakSet<Element>();

  const OBSERVED: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributeFilter: QUESTION_ATTRIBUTES,
  };
  let started = false;
  const observer = new MutationObserver(
    own((records: MutationRecord[]) => {
      const now = performance.now();
      changes.record(records);
      schedule();
      timing.observed(now);
    }),
  );

  const runPass = <T>(steps: Steps<T>, done: (result: T, totalMs: number) => void): void =>
    timing.runPass(steps, done, () => {
      // The page tripped the core: give up this pass, not scanning. Later changes scan again.
      busy = false;
      fullRunning = false;
      changes.passDone();
      if (!runWantedFullScan() && (changes.pending() || changes.hasRemovals())) schedule();
    });

  const runWantedFullScan = (): boolean => {
    if (!fullScanWanted) return false;
    fullScan();
    return true;
  };

  /** A full scan: the questions, then the notice facts, each a pass in idle slices. One pass at a time. */
  function fullScan(): void {
    if (busy) {
      fullScanWanted = true;
      return;
    }
    fullScanWanted = false;
    const pageUrl = opts.pageUrl();
    busy = true;
    fullRunning = true;
    // What was queued so far is in the page this scan lists; what comes later is queued anew.
    changes.clear();
    runPass(
      core.collectFieldsAndElementsSteps(document, { pageUrl, maxFields: table.maxFields }),
      ({ fields, elements, controls }, fieldsMs) => {
        runPass(core.collectNoticeSteps(document, pageUrl, {}, MAX_NOTICE_ELEMENTS), (notice, noticeMs) => {
          busy = false;
          fullRunning = false;
          lastFullScanMs = fieldsMs + noticeMs;
          if (__FW_TEST__) stats.fullScans++;
          table.replace({ ...fields, notice }, elements);
          changes.passDone();
          controls.forEach((c) => read.add(c));
          // Fields removed while the scan ran in slices are not reported even once.
          table.prune();
          opts.onChange(table.snapshot());
          if (runWantedFullScan()) return;
          if (changes.pending() || changes.hasRemovals()) schedule();
        });
      },
    );
  }

  function schedule(): void {
    // Debounced: a storm keeps pushing the pass back by the quiet period, but never more than
    // MAX_WAIT_MS after the first unscanned change (a page that never stops ticking still gets scanned).
    const now = performance.now();
    if (!timer) firstPendingAt = now;
    else clearTimeout(timer);
    // A pass that cost more than a frame (the core indexes the whole page per call) spaces the
    // next ones out: up to 10× the usual maximum wait on huge pages.
    const maxWait = MAX_WAIT_MS * Math.min(10, Math.max(1, lastPassMs / 16));
    const wait = urgent ? 0 : Math.max(0, Math.min(changes.quietMs(), firstPendingAt + maxWait - now));
    timer = setTimeout(
      own(() => {
        timer = null;
        if (!busy) pass();
        else schedule();
      }),
      wait,
    );
  }

  function pass(): void {
    busy = true;
    urgent = false;
    runPass(partialSteps(), (result, ms) => {
      let changed = false;
      if (result) {
        lastPassMs = ms;
        if (__FW_TEST__) stats.partialScans++;
        // Questions read again as they were (words that changed elsewhere in a container, a clock
        // ticking beside a form) are no change: nothing to send.
        changed = table.merge(result.fields, result.elements);
        result.controls.forEach((c) => read.add(c));
      }
      finishPass(changed);
    });
  }

  /**
   * Picks the queued subtrees that can hold a question, then scans them together in one pass: the
   * extractor indexes the whole root once per pass (unique ids and names for selectors).
   */
  function* partialSteps(): Steps<{ fields: CollectedFields; elements: Element[]; controls: Element[] } | null> {
    yield* changes.watchRootsInTrees((root) => observer.observe(root, OBSERVED));
    yield* changes.findReworded();
    const within = yield* changes.takeRelevant();
    return within.length
      ? yield* core.collectFieldsAndElementsSteps(document, {
          pageUrl: opts.pageUrl(),
          within,
          maxFields: table.maxFields,
        })
      : null;
  }

  function finishPass(added: boolean): void {
    busy = false;
    changes.passDone();
    if (runWantedFullScan()) return;
    let changed = added;
    if (changes.takeRemovals()) changed = table.prune() || changed;
    if (changes.overflowed()) {
      // More was added than we queue (a hostile or huge page): scan it all again, in slices.
      fullScan();
      return;
    }
    if (changed && lastFullScanMs <= CHEAP_FULL_SCAN_MS && !changes.pending()) {
      // Small page: a new step may also have brought a notice or consent box; rescan it all.
      fullScan();
      return;
    }
    // Until the first full scan is in, there is no page (notice) half to send with the questions.
    if (changed && table.hasBase()) opts.onChange(table.snapshot());
    if (changes.pending()) schedule();
  }

  /**
   * `container` holds a control no finished pass has read. Controls in shadow roots inside it are
   * not looked at (a form's own controls are not in them either); so many controls that checking
   * each would stall the page count as unread.
   */
  function holdsUnread(container: Node): boolean {
    const controls = [...(container as ParentNode).querySelectorAll(CONTROL_SELECTOR)];
    // (controlKind: what the core counts as a control; a submit button is not one, nor read.)
    return controls.length > MAX_CONTROLS_CHECKED || controls.some((el) => !read.has(el) && controlKind(el, tagOf(el)));
  }

  return {
    stats,
    /**
     * Called once the page has loaded (index.ts): before the first layout, the notice analysis
     * (computed styles) would force it, and that cost would land on us. Waits for an idle moment.
     */
    start(): void {
      started = true;
      observer.observe(document, OBSERVED);
      // A sub-frame running the top frame's core has nothing to warm up.
      if (shared) idle(fullScan, 2000);
      else warmUp(opts.pageUrl(), timing.timedWarmUp, fullScan);
    },

    /**
     * A new open shadow root, announced by the main-world watch after the page's task that attached
     * it (what the page put in it meanwhile was not observed): watch it and scan its host. `tree`:
     * roots attached inside it in the same task were not announced; the next pass finds them.
     */
    watchShadowRoot(host: Element, tree: boolean): void {
      const root = host.shadowRoot;
      if (root) observer.observe(root, OBSERVED);
      if (tree) changes.watchTree(host);
      changes.enqueue(host);
      // Before the first full scan there is nothing to add to: that scan reads the page as it is then.
      if (started) schedule();
    },

    snapshot: table.snapshot,

    /**
     * Controls added inside `container` are not in a finished pass yet (the submit guard waits for
     * them): queued or in the running pass, or — while a full scan runs or is due, when the queue
     * cannot tell (it overflowed, or a full scan took it over) — not read by any pass.
     */
    pendingIn: (container: Node): boolean =>
      started && (changes.pendingIn(container) || ((fullRunning || changes.overflowed()) && holdsUnread(container))),

    /** Counts the changes to this frame's questions (the submit guard waits for instructions that know the latest). */
    version: table.version,

    /** Words changed on the page (text, or an attribute a question is read from), and those a finished pass read again. */
    wordsSeen: changes.wordsSeen,
    wordsFollowed: changes.wordsFollowed,

    /** The submit guard is holding a submission: scan what is queued now, not after the page is quiet. */
    scanNow(this: void): void {
      if (!started) return;
      urgent = true;
      if (busy) return; // the pass that ends schedules the next at once
      if (timer) clearTimeout(timer);
      timer = null;
      if (changes.pending() || changes.hasRemovals()) pass();
    },

    /** Nothing queued, scheduled or running (for tests and the bench). */
    isIdle: (): boolean => !timer && !busy && !changes.pending(),

    /** Each question's first control with its selector (the live watch attributes listeners with it). */
    fieldElements: table.fieldElements,
  };
}
