// What changed on the page since the last pass: the added subtrees to scan (a bounded queue), whether
// anything was removed, and how fast mutations come (a storm lengthens the quiet period the next
// pass waits for). Kept minimal: `record` runs synchronously inside the page's own task.
import type { Steps } from '../core/steps';

export const CONTROL_SELECTOR =
  'input,select,textarea,[contenteditable=""],[contenteditable=true],[role=textbox],[role=combobox],[role=radio],[role=checkbox],[role=switch],[role=listbox],[role=spinbutton]';
/** Cheap pre-filter: a subtree without any of these adds no question and no notice link. */
const RELEVANT_SELECTOR = `${CONTROL_SELECTOR},a[href]`;
const MAX_QUEUED_ROOTS = 4000;

/** `el` or what it holds matches `selector`, or it has a shadow root (whose content is scanned with it). */
const holds = (el: Element, selector: string): boolean =>
  el.matches(selector) || el.querySelector(selector) !== null || el.shadowRoot !== null;
const MAX_SUBTREES_PER_PASS = 500;
const STORM_RECORDS_PER_SECOND = 2000;
/** Elements walked per step when looking for shadow roots inside a new tree. */
const TREE_ELEMENTS_PER_STEP = 64;
/**
 * Elements walked at most per pass (a tree begun is finished up to this many more): a bigger tree
 * is a page built to be walked, and its inner roots are watched no further.
 */
const MAX_TREE_ELEMENTS = 200_000;

/** `ignore`: our own overlay host, whose mutations are not the page's. `dropped`: a root did not fit. */
export function createChangeQueue(ignore: (node: Node) => boolean, dropped: () => void) {
  let queue: Element[] = [];
  /**
   * Trees whose inner roots nobody announced (channel.ts SHADOW_TREE; insertions after a flood),
   * each once, with what to scan once walked: the tree itself, or for an insertion inside a shadow
   * root, that root's host (selectors are pierced from it). Scanned after the walk, so nothing put
   * in a found root between the scan and its watch is missed.
   */
  const trees = new Map<Element, Element>();
  const queued = new Set<Node>();
  /** More was added than we queue: only a full scan covers the page now. */
  let overflow = false;
  /**
   * The page attached more roots in one task than were announced (the MAIN world sent the whole
   * document as a tree): roots on hosts outside the document then were not seen, so from now on
   * every inserted subtree is walked for roots too.
   */
  let walkInsertions = false;
  let removals = false;
  /** Subtrees the running pass took (takeRelevant): not scanned until it is over. */
  let inPass: Element[] = [];
  let recordsThisSecond = 0;
  let secondStartedAt = 0;
  let quietMs = 150;

  const enqueue = (el: Element): void => {
    if (queued.has(el)) return;
    if (queue.length >= MAX_QUEUED_ROOTS) {
      overflow = true;
      dropped();
      return;
    }
    queued.add(el);
    queue.push(el);
  };

  /** `host` and what it holds (its shadow tree too) may hold open shadow roots nobody announced. */
  const watchTree = (host: Element, scanAs = host): void => {
    if (host === document.documentElement) walkInsertions = true;
    if (trees.size < MAX_QUEUED_ROOTS) trees.set(host, scanAs);
    else {
      // Too many to walk one by one: the whole document is walked (and scanned) instead.
      overflow = true;
      trees.set(document.documentElement, document.documentElement);
    }
  };

  return {
    enqueue,
    /** Subtrees wait to be scanned, or trees to be walked for their shadow roots. */
    pending: () => queue.length > 0 || trees.size > 0,
    watchTree,

    /**
     * Walks the trees handed to `watchTree`, shadow roots included, and hands every open shadow root
     * it meets to `found`, a few elements per step, and queues the tree to be scanned: run before
     * a pass's scan, so that the scan reads what the roots held before they were watched.
     */
    *watchRootsInTrees(found: (root: ShadowRoot) => void): Steps<void> {
      let walked = 0;
      // Trees handed over during this walk's pauses wait for the next pass once the budget is spent.
      for (const [host, scanAs] of trees) {
        if (walked >= MAX_TREE_ELEMENTS) break;
        trees.delete(host);
        const roots: Node[] = [host];
        const limit = walked + MAX_TREE_ELEMENTS;
        for (let root = roots.pop(); root && walked < limit; root = roots.pop()) {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
          for (let el: Node | null = walker.currentNode; el && walked < limit; el = walker.nextNode()) {
            const shadow = (el as Element).shadowRoot;
            if (shadow) {
              found(shadow);
              roots.push(shadow);
            }
            if (++walked % TREE_ELEMENTS_PER_STEP === 0) yield;
          }
        }
        // What the page put in those roots before they were watched is read by this pass's scan.
        enqueue(scanAs);
      }
    },
    overflowed: () => overflow,
    /**
     * Controls were added inside `container` and are queued, in the running pass or in a tree to
     * walk first (once the queue overflowed, only a full scan can tell: see `overflowed`). At most
     * the queue's length of checks.
     */
    pendingIn(container: Node): boolean {
      // A subtree that holds the container (a new step inserted whole; a host whose shadow root
      // changed) is scanned with it.
      return [...queue, ...inPass, ...trees.values()].some(
        (el) =>
          el.isConnected &&
          (el.contains(container) ||
            el.shadowRoot?.contains(container) ||
            (container.contains(el) && holds(el, CONTROL_SELECTOR))),
      );
    },
    /** Something was removed since the last call (and the flag is reset). */
    takeRemovals(): boolean {
      const was = removals;
      removals = false;
      return was;
    },
    hasRemovals: () => removals,
    /** How long the next pass waits for the page to be quiet. */
    quietMs: () => quietMs,

    /** A full scan lists the page as it is now: what was queued so far is in it (trees are still walked). */
    clear(): void {
      queue = [];
      queued.clear();
      overflow = false;
    },

    record(records: MutationRecord[]): void {
      const now = performance.now();
      if (now - secondStartedAt > 1000) {
        secondStartedAt = now;
        recordsThisSecond = 0;
      }
      recordsThisSecond += records.length;
      const storm = recordsThisSecond > STORM_RECORDS_PER_SECOND;
      quietMs = storm ? Math.min(quietMs * 2, 2000) : 150;
      for (const r of records) {
        if (r.removedNodes.length) removals = true;
        // Once the queue overflowed, a full scan is coming: nothing more to note.
        if (!r.addedNodes.length || overflow) continue;
        // Inside a shadow root the host is rescanned: report selectors are pierced from the host.
        const root = r.target.getRootNode() as Node & { host?: Element };
        const host = root.nodeType === 11 ? root.host : undefined;
        // After a flood of roots, an inserted subtree may hold roots nobody announced: walk it
        // (inside a shadow root, only what was inserted: that root itself is watched).
        if (walkInsertions) {
          let walking = false;
          for (const n of r.addedNodes)
            if (n.nodeType === 1 && !ignore(n)) {
              watchTree(n as Element, host ?? (n as Element));
              walking = true;
            }
          // Only text was added: nothing to walk, the host is scanned now.
          if (host && !walking) enqueue(host);
        } else if (host) enqueue(host);
        else for (const n of r.addedNodes) if (n.nodeType === 1 && !ignore(n)) enqueue(n as Element);
      }
    },

    /**
     * Takes the queued subtrees that can hold a question, one per step (at most
     * MAX_SUBTREES_PER_PASS; the rest of the queue is emptied as well), still on the page.
     */
    *takeRelevant(): Steps<Element[]> {
      const relevant: Element[] = [];
      for (let el = queue.shift(); el; el = queue.shift()) {
        queued.delete(el);
        // Skip subtrees whose ancestor is also queued: the ancestor's scan covers them.
        let covered = false;
        for (let p = el.parentNode; p && !covered; p = p.parentNode) covered = queued.has(p);
        if (!covered && el.isConnected && relevant.length < MAX_SUBTREES_PER_PASS && holds(el, RELEVANT_SELECTOR))
          relevant.push(el);
        yield;
      }
      inPass = relevant.filter((el) => el.isConnected);
      return inPass;
    },

    /** The pass that took the subtrees (takeRelevant) is over: they are scanned. */
    passDone(): void {
      inPass = [];
    },
  };
}
