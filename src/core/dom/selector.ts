// Unique, short CSS selectors: "#id" when the id is unique in its root, else `tag[name="…"]` when
// that is unique, else an nth-of-type path anchored at the nearest ancestor with a unique id (or
// at the root). Shadow roots are pierced with " >>> " (host selector >>> selector inside).
//
// Why not @medv/finder: it proves uniqueness by calling querySelectorAll on the whole root for
// every candidate of every element, which is O(n²) on a 10,000-control page (and very slow on
// linkedom). Here uniqueness comes from per-root id/name counts built once, and nth-of-type
// indices are computed once per parent, so building every selector of a page is linear.

import { cssEscape, cssString } from './css-escape';

export class SelectorBuilder {
  // Maps, not WeakMaps: a builder lives for one pass, and on a 10,000-control page the weak
  // entries (ephemerons) made every young-generation GC of the pass slower.
  readonly #nthOfType = new Map<Node, Map<Element, number>>();
  readonly #cache = new Map<Element, string>();
  readonly #prefix: string;
  readonly #isUniqueName: (tag: string, name: string) => boolean;

  /**
   * `prefix` is the host's selector plus " >>> " for a shadow root, '' for a document.
   * `isUniqueId` / `isUniqueName` answer from per-root counts built once by the caller.
   */
  constructor(
    prefix: string,
    readonly isUniqueId: (id: string) => boolean,
    isUniqueName: (tag: string, name: string) => boolean,
  ) {
    this.#prefix = prefix;
    this.#isUniqueName = isUniqueName;
  }

  /** The full selector of an element of this root (with the shadow prefix). */
  selectorOf(element: Element): string {
    return this.#prefix + this.#localSelector(element);
  }

  #localSelector(element: Element): string {
    const cached = this.#cache.get(element);
    if (cached !== undefined) return cached;
    const selector = this.#compute(element);
    this.#cache.set(element, selector);
    return selector;
  }

  #compute(element: Element): string {
    const id = element.getAttribute('id');
    if (id && this.isUniqueId(id)) return idSelector(id);
    const tag = element.tagName.toLowerCase();
    const name = element.getAttribute('name');
    if (name && this.#isUniqueName(tag, name)) return `${tag}[name=${cssString(name)}]`;
    return this.#path(element);
  }

  #path(element: Element): string {
    const steps: string[] = [];
    let current: Element | null = element;
    while (current) {
      const parent: Node | null = current.parentNode;
      const tag = current.tagName.toLowerCase();
      if (!parent || parent.nodeType !== 1) {
        // Top of the tree: <html> in a document; a top-level element in a shadow root.
        steps.unshift(parent && parent.nodeType === 9 ? tag : `${tag}:nth-of-type(${this.#indexAmongType(current)})`);
        break;
      }
      if (current !== element) {
        const id = current.getAttribute('id');
        if (id && this.isUniqueId(id)) {
          steps.unshift(idSelector(id));
          break;
        }
      }
      if (tag === 'body' || tag === 'head') {
        steps.unshift(tag);
        break;
      }
      steps.unshift(`${tag}:nth-of-type(${this.#indexAmongType(current)})`);
      current = parent as Element;
    }
    return steps.join(' > ');
  }

  /** 1-based position among siblings of the same tag; one pass per parent, then cached. */
  #indexAmongType(element: Element): number {
    const parent = element.parentNode;
    if (!parent) return 1;
    let indices = this.#nthOfType.get(parent);
    if (!indices) {
      indices = new Map();
      const perTag = new Map<string, number>();
      for (let child = parent.firstChild; child; child = child.nextSibling) {
        if (child.nodeType !== 1) continue;
        const tag = (child as Element).tagName;
        const n = (perTag.get(tag) ?? 0) + 1;
        perTag.set(tag, n);
        indices.set(child as Element, n);
      }
      this.#nthOfType.set(parent, indices);
    }
    return indices.get(element) ?? 1;
  }
}

function idSelector(id: string): string {
  return `#${cssEscape(id)}`;
}

/**
 * What makes a selector unique in one root: how many elements carry each id (and the first, as
 * getElementById answers) and each name of a native control. Counted element by element by
 * whoever walks the root — the extraction's index, the notice survey — so both name an element
 * alike.
 */
export class SelectorCounts {
  readonly #ids = new Map<string, { first: Element; count: number }>();
  readonly #names = new Map<string, number>();

  /** Records one element (`tag`: its upper-case tag name). */
  note(element: Element, tag: string): void {
    const id = element.getAttribute('id');
    if (id) {
      const entry = this.#ids.get(id);
      if (entry) entry.count++;
      else this.#ids.set(id, { first: element, count: 1 });
    }
    // Names are only used in selectors of native controls (tag[name="…"]); reading them on every
    // element would cost an attribute read per element for nothing.
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
      const name = element.getAttribute('name');
      if (name) {
        const key = `${tag}|${name}`;
        this.#names.set(key, (this.#names.get(key) ?? 0) + 1);
      }
    }
  }

  /** The first element noted with this id, in document order. */
  byId(id: string): Element | null {
    return this.#ids.get(id)?.first ?? null;
  }

  /** A builder for this root's elements; `prefix` as SelectorBuilder's. */
  builder(prefix: string): SelectorBuilder {
    return new SelectorBuilder(
      prefix,
      (id) => this.#ids.get(id)?.count === 1,
      (tag, name) => this.#names.get(`${tag.toUpperCase()}|${name}`) === 1, // 0 for non-controls: they get a path
    );
  }
}
