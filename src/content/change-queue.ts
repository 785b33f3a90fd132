// What changed on the page since the last pass: the added subtrees to scan (a bounded queue), whether
// anything was removed, and how fast mutations come (a storm lengthens the quiet period the next
// pass waits for). Kept minimal: `record` runs synchronously inside the page's own task.
import type { Steps } from '../core/steps';

export const CONTROL_SELECTOR =
  'input,select,textarea,[contenteditable=""],[contenteditable=true],[role=textbox],[role=combobox],[role=radio],[role=checkbox],[role=switch],[role=listbox],[role=spinbutton]';
/** Cheap pre-filter: a subtree without any of these adds no question and no notice link. */
const RELEVANT_SELECTOR = `${CONTROL_SELECTOR},a[href]`;
const MAX_QUEUED_ROOTS = 4000;
/**
 * Attributes a question is read from (extract/, dom-accessibility-api's names): set later, by an
 * app whose words arrive after it rendered, they are read again.
 */
export const QUESTION_ATTRIBUTES =
  'aria-label aria-labelledby aria-describedby aria-placeholder data-placeholder placeholder title label name id for type role autocomplete contenteditable hidden'.split(
    ' ',
  );
/** Text in these is no question's (CSS-in-JS writes its rules as text). */
const NOT_WORDS = /^(STYLE|SCRIPT|TITLE)$/;
/** Containers of the form or the page, not of one question. */
const PAGE_LEVEL = /^(FORM|BODY|HTML)$/;
/** How far up from changed words the question they belong to is looked for. */
const WORDS_TO_QUESTION_LEVELS = 6;
/** Of one control's aria-labelledby and aria-describedby, the ids read (the extractor reads 32 elements). */
const MAX_REF_CHARS = 2000;

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
  /**
   * Elements whose words changed (text, or an attribute a question is read from): the questions
   * near them are found and queued by the next pass (`findReworded`), not inside the page's task.
   */
  const reworded = new Set<Element>();
  /**
   * Word changes counted: seen, taken by the running pass (or a full scan), followed by a finished
   * one. A submission waits until every word change before it is followed — one pass, however
   * often a clock on the page ticks (see `wordsFollowed`).
   */
  let wordsSeen = 0;
  let wordsTaken = 0;
  let wordsFollowed = 0;
  /** Subtrees the running pass took (takeRelevant): not scanned until it is over. */
  let inPass: Element[] = [];
  let recordsThisSecond = 0;
  let secondStartedAt = 0;
  let quietMs = 150;

  /** More than the queue holds: only a full scan covers the page now. */
  const markOverflow = (): void => {
    overflow = true;
    dropped();
  };

  const enqueue = (el: Element): void => {
    if (queued.has(el)) return;
    if (queue.length >= MAX_QUEUED_ROOTS) {
      markOverflow();
      return;
    }
    queued.add(el);
    queue.push(el);
  };

  /** The words of `node` (a text node or an element) changed. */
  const reword = (node: Node): void => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el || NOT_WORDS.test(el.tagName) || ignore(el)) return;
    wordsSeen++;
    if (reworded.has(el)) return;
    if (reworded.size >= MAX_QUEUED_ROOTS) {
      markOverflow();
      return;
    }
    reworded.add(el);
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
    pending: () => queue.length > 0 || trees.size > 0 || reworded.size > 0,
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
    /**
     * Queues the questions whose words changed (see `reword`), one changed element per step: the
     * control itself; controls that name an element around the words in aria-labelledby or
     * aria-describedby, or that such an element's `for` names (found through one index per root and
     * pass, not a query per element); and the nearest ancestor, a few levels up and below the form,
     * that holds a control (the question container the extractor reads words from). Words of the
     * form or the page (a heading, a clock) rescan no question.
     */
    *findReworded(): Steps<void> {
      // What changes during this pass's pauses waits for the next (a clock cannot keep it going).
      const batch = [...reworded];
      reworded.clear();
      wordsTaken = wordsSeen;
      /** `holds` per ancestor, once per pass: many changed words under one big container ask once. */
      const holdsControl = new Map<Element, boolean>();
      // Per root, once per pass: the controls each id names — the controls naming it in
      // aria-labelledby/aria-describedby, and under "#id" the controls with that id (a label's or
      // a div's `for` points there; label.control would find only the first, and no ARIA control).
      const indexes = new Map<Node, Map<string, Element[]>>();
      const controlsNamedBy = (root: ParentNode, key: string): Element[] => {
        let index = indexes.get(root);
        if (!index) {
          const made = new Map<string, Element[]>();
          const add = (key: string, control: Element) => {
            const named = made.get(key);
            if (named) named.push(control);
            else made.set(key, [control]);
          };
          for (const control of root.querySelectorAll(`${CONTROL_SELECTOR},[aria-labelledby],[aria-describedby]`)) {
            const refs = `${control.getAttribute('aria-labelledby') ?? ''} ${control.getAttribute('aria-describedby') ?? ''}`;
            for (const ref of refs.slice(0, MAX_REF_CHARS).split(/\s+/)) if (ref) add(ref, control);
            if (control.id && control.matches(CONTROL_SELECTOR)) add(`#${control.id}`, control);
          }
          indexes.set(root, (index = made));
        }
        return index.get(key) ?? [];
      };
      for (const el of batch) {
        if (el.isConnected) {
          if (el.matches(CONTROL_SELECTOR)) enqueue(el);
          else {
            const root = el.getRootNode() as ParentNode;
            let container: Element | null = null;
            for (
              let near: Element | null = el, level = 0;
              near && level < WORDS_TO_QUESTION_LEVELS;
              near = near.parentElement, level++
            ) {
              if (near.id) controlsNamedBy(root, near.id).forEach(enqueue);
              const forId = near.getAttribute('for');
              if (forId) controlsNamedBy(root, `#${forId}`).forEach(enqueue);
              if (!container && !PAGE_LEVEL.test(near.tagName)) {
                let held = holdsControl.get(near);
                if (held === undefined) holdsControl.set(near, (held = holds(near, CONTROL_SELECTOR)));
                if (held) container = near;
              }
            }
            if (container) enqueue(container);
          }
        }
        yield;
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
      reworded.clear();
      wordsTaken = wordsSeen;
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
        if (overflow || (r.type === 'childList' && !r.addedNodes.length)) continue;
        // Inside a shadow root the host is rescanned: report selectors are pierced from the host.
        const root = r.target.getRootNode() as Node & { host?: Element };
        const host = root.nodeType === 11 ? root.host : undefined;
        if (r.type !== 'childList') {
          // Text or an attribute a question is read from: its question is read again.
          if (host) enqueue(host);
          else reword(r.target);
          continue;
        }
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
        else {
          let elements = false;
          for (const n of r.addedNodes)
            if (n.nodeType === 1) {
              elements = true;
              if (!ignore(n)) enqueue(n as Element);
            }
          // Only text was added (`label.textContent = …`): the words around it changed.
          if (!elements) reword(r.target);
        }
      }
    },

    /**
     * Takes the queued subtrees that can hold a question, one per step (at most
     * MAX_SUBTREES_PER_PASS: more, and a full scan reads them), still on the page; one without any is
     * words that changed (`reword`).
     */
    *takeRelevant(): Steps<Element[]> {
      const relevant: Element[] = [];
      // What is queued during this pass's pauses waits for the next.
      const batch = new Set(queue);
      // Until taken, the batch is the pass's (pendingIn looks there).
      inPass = queue;
      queue = [];
      queued.clear();
      for (const el of batch) {
        batch.delete(el);
        // Skip subtrees whose ancestor is also queued: the ancestor's scan covers them.
        let covered = false;
        for (let p = el.parentNode; p && !covered; p = p.parentNode) covered = batch.has(p as Element);
        if (!covered && el.isConnected) {
          if (!holds(el, RELEVANT_SELECTOR))
            reword(el); // words inserted (`label.replaceChildren(span)`)
          else if (relevant.length < MAX_SUBTREES_PER_PASS) relevant.push(el);
          else overflow = true; // more than a pass takes: a full scan reads them
        }
        yield;
      }
      inPass = relevant.filter((el) => el.isConnected);
      return inPass;
    },

    /** The pass (or full scan) that took the subtrees and changed words is over: they are scanned. */
    passDone(): void {
      inPass = [];
      wordsFollowed = wordsTaken;
    },
    /** Word changes seen so far, and those a finished pass followed: a submission waits for the first to be followed. */
    wordsSeen: () => wordsSeen,
    wordsFollowed: () => wordsFollowed,
  };
}
