// A matcher for simple selector lists (tag, .class, [attr], [attr=value]) that runs without
// Element.matches. Matching ancestors against a dozen family selectors with `closest()` costs
// ~10× a whole querySelectorAll on linkedom; these token checks cost almost nothing.

interface Compound {
  tag: string | null;
  classes: string[];
  /** One regex per class, tested on the raw class attribute: no split, no allocation (made on first match). */
  classTests?: RegExp[];
  attributes: { name: string; value: string | null }[];
}

/** A regex that finds `token` as a whole class in a class attribute. */
export function classTest(token: string): RegExp {
  return new RegExp(`(?:^|\\s)${token.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}(?:\\s|$)`);
}

export interface SimpleSelector {
  readonly source: string;
  /** `className`, when the caller has already read the class attribute, saves reading it again. */
  matches(element: Element, className?: string | null): boolean;
  /** Every class this selector can match on (a cheap pre-filter). */
  readonly classes: ReadonlySet<string>;
  /** Whether some compound has no class and must always be checked. */
  readonly needsFullCheck: boolean;
}

const COMPOUND = /^([a-zA-Z][\w-]*)?((?:\.[\w-]+|\[[\w-]+(?:=(?:"[^"]*"|'[^']*'|[\w-]+))?\])*)$/;
const PART = /\.([\w-]+)|\[([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|([\w-]+)))?\]/g;

function parse(source: string): Compound[] {
  return source.split(',').map((raw) => {
    const text = raw.trim();
    const m = COMPOUND.exec(text);
    if (!m) throw new Error(`not a simple selector: ${text}`);
    const compound: Compound = { tag: m[1] ? m[1].toUpperCase() : null, classes: [], attributes: [] };
    for (const p of (m[2] ?? '').matchAll(PART)) {
      if (p[1]) compound.classes.push(p[1]);
      else compound.attributes.push({ name: p[2]!, value: p[3] ?? p[4] ?? p[5] ?? null });
    }
    return compound;
  });
}

/**
 * Compile "a.b, [role=x]"; anything but simple compounds throws on first use (a data error, found
 * by tests). Parsed on first use, not here: selectors are compiled when the content script loads,
 * at document_start in every frame, where the first regexes of a fresh world cost a page's first
 * frame 4-8 ms.
 */
export function compileSimpleSelector(source: string): SimpleSelector {
  let parsed: Compound[] | undefined;
  const compounds = (): Compound[] => (parsed ??= parse(source));
  return {
    source,
    get classes() {
      return new Set(compounds().flatMap((c) => c.classes));
    },
    get needsFullCheck() {
      return compounds().some((c) => c.classes.length === 0);
    },
    matches(element: Element, className?: string | null): boolean {
      let classes: string | null | undefined = className;
      for (const c of compounds()) {
        if (c.tag && element.tagName.toUpperCase() !== c.tag) continue;
        if (c.classes.length) {
          if (classes === undefined) classes = element.getAttribute('class');
          if (!classes || !(c.classTests ??= c.classes.map(classTest)).every((t) => t.test(classes!))) continue;
        }
        if (
          c.attributes.every((a) =>
            a.value === null ? element.hasAttribute(a.name) : element.getAttribute(a.name) === a.value,
          )
        )
          return true;
      }
      return false;
    },
  };
}

/**
 * The first descendant of `root` (document order) that `selector` matches, visiting at most
 * `maxNodes` elements — querySelector without linkedom's per-call selector compilation.
 */
export function findFirst(root: Element, selector: Pick<SimpleSelector, 'matches'>, maxNodes = 500): Element | null {
  return findAll(root, selector, 1, maxNodes)[0] ?? null;
}

/**
 * The first `max` descendants of `root` that `selector` matches, visiting at most `maxNodes`
 * elements (in document order, without a stack: an element with 100,000 children costs no more).
 */
export function findAll(
  root: Element,
  selector: Pick<SimpleSelector, 'matches'>,
  max: number,
  maxNodes = 500,
): Element[] {
  const found: Element[] = [];
  let element: Element | null = root.firstElementChild;
  for (let visited = 0; element && visited < maxNodes && found.length < max; visited++) {
    if (selector.matches(element)) found.push(element);
    let next: Element | null = element.firstElementChild;
    // Climbs are paid for by the descents before them: the walk stays within maxNodes steps.
    while (!next && element && element !== root) {
      next = element.nextElementSibling;
      element = element.parentNode as Element | null;
    }
    element = next;
  }
  return found;
}
