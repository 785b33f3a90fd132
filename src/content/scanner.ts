// Keeps this frame's scan current as the page changes. The first scan covers the document; after
// that only subtrees that were added (and open shadow roots as they appear) are scanned, in idle
// slices, and merged in. Hostile pages are capped: a bounded queue, a bounded number of subtrees
// per pass, and a growing quiet period while mutations keep storming.
// The content script only collects (the DOM half of the core's scan); the background classifies.
import {
  collectFields,
  collectFieldsAndElementsSteps,
  collectScan,
  type CollectedFields,
  type CollectedScan,
  type FieldForm,
} from '../core/collect';
import { collectNoticeSteps } from '../core/notice/facts';
import type { Steps } from '../core/steps';
import type { FieldDescriptor } from '../core/types';
import { idle, runSteps } from './scheduler';

const CONTROL_SELECTOR =
  'input,select,textarea,[contenteditable=""],[contenteditable=true],[role=textbox],[role=combobox],[role=radio],[role=checkbox],[role=switch],[role=listbox],[role=spinbutton]';
/** Cheap pre-filter: a subtree without any of these adds no question and no notice link. */
const RELEVANT_SELECTOR = `${CONTROL_SELECTOR},a[href]`;
const MAX_QUEUED_ROOTS = 4000;
const MAX_FIELDS = 2000;
/**
 * Elements the notice analysis walks at most (document order): ~2 µs each in Chromium, so at most
 * ~200 ms of work, spread over idle slices. Beyond that a page is not a form people fill in.
 */
const MAX_NOTICE_ELEMENTS = 100_000;
const MAX_SUBTREES_PER_PASS = 500;
const STORM_RECORDS_PER_SECOND = 2000;
const MAX_WAIT_MS = 3000;
/** One frame at 60 Hz: the most a slice of ours should hold the main thread. */
const FRAME_MS = 16;
/** A full rescan (which refreshes notice and page facts) is repeated only while its slices add up to this little. */
const CHEAP_FULL_SCAN_MS = 16;

const WARM_UP_HTML =
  '<form><label for="a">姓名 Name 姓名</label><input id="a"><label><input type="checkbox"> 我已阅读并同意《隐私政策》 I agree to the privacy policy</label><a href="/privacy">隱私權政策</a></form>';

function warmUpDocument(): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = WARM_UP_HTML;
  return doc;
}

export interface ScannerOptions {
  pageUrl: () => string;
  /** Our own overlay host: its mutations are not the page's. */
  ignore: (node: Node) => boolean;
  onChange: (scan: CollectedScan) => void;
}

export class FrameScanner {
  /** Questions by selector, with the form each belongs to and its first control (to see it leave). */
  private fields = new Map<string, { descriptor: FieldDescriptor; form: FieldForm | null; element: Element }>();
  private base: CollectedScan | null = null;
  private queue: Element[] = [];
  private queued = new Set<Node>();
  private overflow = false;
  /** A pass (full or partial) is running, in slices: another waits for it. */
  private busy = false;
  private recordsThisSecond = 0;
  private secondStartedAt = 0;
  private quietMs = 150;
  private observer: MutationObserver;
  /**
   * Timing figures for the bench and the hostile-page test. A scan runs in slices: `longestSliceMs`
   * is the longest the main thread was held by us at once (a pass's last slice counted with the
   * merging and sending that follow it in the same task).
   */
  readonly stats = {
    warmUpMs: 0,
    fullScans: 0,
    partialScans: 0,
    slices: 0,
    slicesOverFrame: 0,
    failedPasses: 0,
    longestSliceMs: 0,
    longestObserverMs: 0,
    totalScanMs: 0,
    droppedRoots: 0,
  };

  constructor(private readonly opts: ScannerOptions) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  /**
   * The first scan waits for the page's load and an idle moment: before the first layout, the
   * notice analysis (computed styles) would force it, and that cost would land on us.
   */
  start(): void {
    this.observer.observe(document, { childList: true, subtree: true });
    // The core's first call compiles its notice vocabularies; doing that on a tiny detached
    // document in its own idle task keeps it out of the first real scan's task.
    // Two warm-up tasks (questions, then notice vocabularies), then the first scan.
    const run = () =>
      idle(() => {
        const doc = warmUpDocument();
        this.timedWarmUp(() => collectFields(doc, { pageUrl: this.opts.pageUrl(), within: [doc.body], maxFields: 5 }));
        idle(() => {
          this.timedWarmUp(() => collectScan(warmUpDocument(), { pageUrl: this.opts.pageUrl(), maxFields: 5 }));
          idle(() => this.fullScan(), 2000);
        }, 2000);
      }, 2000);
    if (document.readyState === 'complete') run();
    else addEventListener('load', run, { once: true });
  }

  private lastFullScanMs = 0;

  /** A new open shadow root (announced by the main-world watch): watch it and scan its host. */
  watchShadowRoot(host: Element): void {
    const root = host.shadowRoot;
    if (!root) return;
    this.observer.observe(root, { childList: true, subtree: true });
    this.enqueue(host);
  }

  snapshot(): CollectedScan {
    const entries = [...this.fields.values()];
    return { ...this.base!, descriptors: entries.map((e) => e.descriptor), forms: entries.map((e) => e.form) };
  }

  /** Nothing queued, scheduled or running (for tests and the bench). */
  isIdle(): boolean {
    return !this.timer && !this.busy && this.queue.length === 0;
  }

  /** Each question's first control with its selector (the live watch attributes listeners with it). */
  fieldElements(): Map<Element, string> {
    const out = new Map<Element, string>();
    for (const [selector, { element }] of this.fields) out.set(element, selector);
    return out;
  }

  /** The warm-up runs whole: it is a few elements. */
  private timedWarmUp<T>(work: () => T): T {
    const start = performance.now();
    const result = work();
    const ms = performance.now() - start;
    this.stats.warmUpMs = Math.max(this.stats.warmUpMs, ms);
    this.countSlice(ms);
    return result;
  }

  /**
   * Runs one pass of the core in idle slices, keeping the figures; `done` gets its result and total
   * time. `done` runs in the same task as the last slice, so its time counts towards that slice.
   */
  private runPass<T>(steps: Steps<T>, done: (result: T, totalMs: number) => void): void {
    let total = 0;
    let lastSlice = 0;
    runSteps(steps, {
      done: (result) => {
        const glueStarted = performance.now();
        done(result, total);
        const glue = performance.now() - glueStarted;
        // The last slice is counted again with the glue that ran in its task.
        this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, lastSlice + glue);
        if (lastSlice <= FRAME_MS && lastSlice + glue > FRAME_MS) this.stats.slicesOverFrame++;
      },
      failed: () => {
        // The page tripped the core: give up this pass, not scanning. Later changes scan again.
        this.stats.failedPasses++;
        this.busy = false;
        if (!this.runWantedFullScan() && (this.queue.length || this.removals)) this.schedule();
      },
      slice: (ms) => {
        total += ms;
        lastSlice = ms;
        this.stats.totalScanMs += ms;
        this.countSlice(ms);
      },
    });
  }

  private countSlice(ms: number): void {
    this.stats.slices++;
    if (ms > FRAME_MS) this.stats.slicesOverFrame++;
    this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, ms);
  }

  /** A full scan was asked for while another pass ran: it runs when that pass ends. */
  private fullScanWanted = false;

  private runWantedFullScan(): boolean {
    if (!this.fullScanWanted) return false;
    this.fullScan();
    return true;
  }

  /** A full scan: the questions, then the notice facts, each a pass in idle slices. One pass at a time. */
  private fullScan(): void {
    if (this.busy) {
      this.fullScanWanted = true;
      return;
    }
    this.fullScanWanted = false;
    const pageUrl = this.opts.pageUrl();
    this.busy = true;
    // What was queued so far is in the page this scan lists; what comes later is queued anew.
    this.queue = [];
    this.queued.clear();
    this.overflow = false;
    this.runPass(
      collectFieldsAndElementsSteps(document, { pageUrl, maxFields: MAX_FIELDS }),
      ({ fields, elements }, fieldsMs) => {
        this.runPass(
          collectNoticeSteps(document, pageUrl, fields.descriptors, undefined, MAX_NOTICE_ELEMENTS),
          (notice, noticeMs) => {
            this.busy = false;
            this.lastFullScanMs = fieldsMs + noticeMs;
            this.stats.fullScans++;
            this.base = { ...fields, notice };
            this.fields.clear();
            this.mergeFields(fields, elements);
            // Fields removed while the scan ran in slices are not reported even once.
            this.prune();
            this.opts.onChange(this.snapshot());
            if (this.runWantedFullScan()) return;
            if (this.queue.length || this.removals) this.schedule();
          },
        );
      },
    );
  }

  /** The selector each control was last reported under. */
  private selectorOfElement = new WeakMap<Element, string>();

  private mergeFields(partial: CollectedFields, elements: Element[]): void {
    partial.descriptors.forEach((descriptor, i) => {
      const element = elements[i]!;
      // A control moved on the page comes back under a new path selector: drop its old entry.
      const previous = this.selectorOfElement.get(element);
      if (previous !== undefined && previous !== descriptor.selector && this.fields.get(previous)?.element === element)
        this.fields.delete(previous);
      if (this.fields.size < MAX_FIELDS || this.fields.has(descriptor.selector)) {
        this.fields.set(descriptor.selector, { descriptor, form: partial.forms[i] ?? null, element });
        this.selectorOfElement.set(element, descriptor.selector);
      }
    });
  }

  private enqueue(el: Element): void {
    if (this.queued.has(el)) return;
    if (this.queue.length >= MAX_QUEUED_ROOTS) {
      this.overflow = true;
      this.stats.droppedRoots++;
      return;
    }
    this.queued.add(el);
    this.queue.push(el);
  }

  private onMutations(records: MutationRecord[]): void {
    // Kept minimal: this runs synchronously inside the page's own task.
    const now = performance.now();
    if (now - this.secondStartedAt > 1000) {
      this.secondStartedAt = now;
      this.recordsThisSecond = 0;
    }
    this.recordsThisSecond += records.length;
    const storm = this.recordsThisSecond > STORM_RECORDS_PER_SECOND;
    this.quietMs = storm ? Math.min(this.quietMs * 2, 2000) : 150;
    for (const r of records) {
      if (r.removedNodes.length) this.removals = true;
      // Once the queue overflowed, a full scan is coming: nothing more to note.
      if (!r.addedNodes.length || this.overflow) continue;
      // Inside a shadow root the host is rescanned: report selectors are pierced from the host.
      const root = r.target.getRootNode() as Node & { host?: Element };
      if (root.nodeType === 11 && root.host) {
        this.enqueue(root.host);
        continue;
      }
      for (const n of r.addedNodes) if (n.nodeType === 1 && !this.opts.ignore(n)) this.enqueue(n as Element);
    }
    this.schedule();
    this.stats.longestObserverMs = Math.max(this.stats.longestObserverMs, performance.now() - now);
  }

  private removals = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  private firstPendingAt = 0;
  private lastPassMs = 0;

  private schedule(): void {
    // Debounced: a storm keeps pushing the pass back by the quiet period, but never more than
    // MAX_WAIT_MS after the first unscanned change (a page that never stops ticking still gets scanned).
    const now = performance.now();
    if (!this.timer) this.firstPendingAt = now;
    else clearTimeout(this.timer);
    // A pass that cost more than a frame (the core indexes the whole page per call) spaces the
    // next ones out: up to 10× the usual maximum wait on huge pages.
    const maxWait = MAX_WAIT_MS * Math.min(10, Math.max(1, this.lastPassMs / 16));
    const wait = Math.max(0, Math.min(this.quietMs, this.firstPendingAt + maxWait - now));
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.busy) this.pass();
      else this.schedule();
    }, wait);
  }

  private pass(): void {
    this.busy = true;
    this.runPass(this.partialSteps(), (result, ms) => {
      if (result) {
        this.lastPassMs = ms;
        this.stats.partialScans++;
        this.mergeFields(result.fields, result.elements);
      }
      this.finishPass(!!result && result.fields.descriptors.length > 0);
    });
  }

  /**
   * Picks the queued subtrees that can hold a question, one per step, then scans them together in
   * one pass: the extractor indexes the whole root once per pass (unique ids and names for selectors).
   */
  private *partialSteps(): Steps<{ fields: CollectedFields; elements: Element[] } | null> {
    const relevant: Element[] = [];
    for (let el = this.queue.shift(); el; el = this.queue.shift()) {
      this.queued.delete(el);
      // Skip subtrees whose ancestor is also queued: the ancestor's scan covers them.
      let covered = false;
      for (let p = el.parentNode; p && !covered; p = p.parentNode) covered = this.queued.has(p);
      if (
        !covered &&
        el.isConnected &&
        relevant.length < MAX_SUBTREES_PER_PASS &&
        (el.matches(RELEVANT_SELECTOR) || el.querySelector(RELEVANT_SELECTOR) !== null || el.shadowRoot !== null)
      )
        relevant.push(el);
      yield;
    }
    const stillThere = relevant.filter((el) => el.isConnected);
    return stillThere.length
      ? yield* collectFieldsAndElementsSteps(document, {
          pageUrl: this.opts.pageUrl(),
          within: stillThere,
          maxFields: MAX_FIELDS,
        })
      : null;
  }

  private finishPass(added: boolean): void {
    this.busy = false;
    if (this.runWantedFullScan()) return;
    let changed = added;
    if (this.removals) changed = this.prune() || changed;
    this.removals = false;
    if (this.overflow) {
      // More was added than we queue (a hostile or huge page): scan it all again, in slices.
      this.fullScan();
      return;
    }
    if (changed && this.lastFullScanMs <= CHEAP_FULL_SCAN_MS && !this.queue.length) {
      // Small page: a new step may also have brought a notice or consent box; rescan it all.
      this.fullScan();
      return;
    }
    // Until the first full scan is in, there is no page (notice) half to send with the questions.
    if (changed && this.base) this.opts.onChange(this.snapshot());
    if (this.queue.length) this.schedule();
  }

  /** Drops fields whose element left the page (an SPA step replaced). */
  private prune(): boolean {
    // The element itself, not its selector: re-resolving 2,000 selectors on a 50,000-node page is
    // a long task. A re-rendered field comes back through the pass that scans what was added.
    let removed = false;
    for (const [selector, { element }] of this.fields) {
      if (!element.isConnected) {
        this.fields.delete(selector);
        removed = true;
      }
    }
    return removed;
  }
}
