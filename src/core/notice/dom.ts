// Small DOM helpers for the notice module. They work on the browser DOM and on linkedom: no
// `instanceof`, no getComputedStyle unless guarded, only nodeType / tagName / attributes.

import type { Meter } from '../steps';

export type Root = Document | ShadowRoot;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD']);

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/** Upper-case tag name. nodeName is the cheapest accessor on linkedom (tagName recomputes). */
export function tagOf(el: Element): string {
  return el.nodeName.toUpperCase();
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const SPACED_TAGS = new Set(['BR', 'P', 'DIV', 'LI', 'TD', 'TH', 'TR', 'DT', 'DD']);

/**
 * Visible-ish text of a node: script/style text left out, whitespace collapsed. Iterative (no
 * recursion) so 20,000 nested elements do not overflow the stack; stops once `limit` characters
 * are passed or `maxNodes` nodes read (a container of 50,000 empty elements has no text worth that
 * walk). `meter` counts the nodes read and the characters (steps.ts).
 */
export function textOf(node: Node, limit = 20000, meter?: Meter, maxNodes = Infinity): string {
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  // Pre-order walk by sibling pointers: no child list is copied, so a container of 50,000 rows
  // costs only the nodes read before the limit.
  let cur: Node | null = node;
  while (cur && length <= limit && visited++ < maxNodes) {
    let descend = true;
    if (cur.nodeType === TEXT_NODE) {
      // Only what fits: one text node of a megabyte (a pre-filled textarea) must not be copied and
      // collapsed whole.
      const t = (cur.nodeValue ?? '').slice(0, limit + 1 - length);
      parts.push(t);
      length += t.length;
      descend = false;
    } else if (isElement(cur)) {
      const tag = tagOf(cur);
      if (SKIPPED_TAGS.has(tag)) descend = false;
      else if (SPACED_TAGS.has(tag)) parts.push(' ');
    }
    if (descend && cur.firstChild) {
      cur = cur.firstChild;
      continue;
    }
    while (cur && cur !== node && !cur.nextSibling) cur = cur.parentNode;
    cur = cur && cur !== node ? cur.nextSibling : null;
  }
  if (meter) meter.units += visited + (length >> 6);
  return collapse(parts.join(''));
}

/** Children read at most for an element's own text: a container of 50,000 rows has no sentence of its own worth that walk. */
const MAX_OWN_TEXT_CHILDREN = 200;

/**
 * The text of an element's own text children (not its descendants'), up to `limit` characters.
 * `meter` counts the children read and the characters (steps.ts): a pass over elements of 200
 * children each pauses after each few of them, not after 256.
 */
export function ownText(el: Element, limit = 20000, meter?: Meter): string {
  let text = '';
  let read = 0;
  for (let c = el.firstChild; c && read < MAX_OWN_TEXT_CHILDREN && text.length <= limit; c = c.nextSibling, read++)
    if (c.nodeType === TEXT_NODE) text += (c.nodeValue ?? '').slice(0, limit + 1 - text.length);
  if (meter) meter.units += read + (text.length >> 6);
  return text;
}

/**
 * "Is `el` or one of its ancestors such that `test`?", memoised so that asking it for every element
 * of a deep page stays linear (each ancestor is tested once). Iterative for the same reason.
 */
export function ancestorFlag(test: (el: Element) => boolean): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  return (el) => {
    const path: Element[] = [];
    let answer = false;
    for (let cur: Element | null = el; cur; cur = parentOf(cur)) {
      const known = memo.get(cur);
      if (known !== undefined) {
        answer = known;
        break;
      }
      path.push(cur);
      if (test(cur)) {
        answer = true;
        break;
      }
    }
    // Everything below a flagged ancestor is flagged; below an unflagged one, only what tested true.
    for (let i = path.length - 1; i >= 0; i--) {
      const node = path[i]!;
      if (!answer && test(node)) answer = true;
      memo.set(node, answer);
    }
    return answer;
  };
}

/** Ancestors looked at to tell whether an element is inside one of a set: deeper nesting counts as outside. */
export const MAX_CONTAINING_DEPTH = 64;

/**
 * Whether `el` is one of `elements` or inside one (within MAX_CONTAINING_DEPTH ancestors, in its
 * own tree as `contains` is): a look-up per ancestor, where `some(e => e.contains(el))` cost a
 * walk per element of the set — quadratic on a page of thousands of links.
 */
export function insideAny(el: Element, elements: ReadonlySet<Element>): boolean {
  if (elements.size === 0) return false;
  let cur: Node | null = el;
  for (let depth = 0; cur && depth <= MAX_CONTAINING_DEPTH; depth++, cur = cur.parentNode)
    if (elements.has(cur as Element)) return true;
  return false;
}

/** Attribute value parsed from an inline style attribute ("color: red; font-size: 9px"). */
export function inlineStyle(el: Element, property: string): string | null {
  const style = el.getAttribute('style');
  if (!style) return null;
  let value: string | null = null;
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    if (declaration.slice(0, colon).trim().toLowerCase() === property) {
      value = declaration
        .slice(colon + 1)
        .replace(/!important/i, '')
        .trim();
    }
  }
  return value;
}

export function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const rootNode = el.getRootNode?.() as ShadowRoot | undefined;
  return rootNode && isElement(rootNode.host) ? rootNode.host : null;
}

/** getComputedStyle when the environment has one (browsers); null in linkedom. */
export function computedStyle(el: Element): CSSStyleDeclaration | null {
  const view = el.ownerDocument?.defaultView as (Window & typeof globalThis) | null | undefined;
  if (!view || typeof view.getComputedStyle !== 'function') return null;
  try {
    return view.getComputedStyle(el);
  } catch {
    return null;
  }
}

/** Resolve `href` against the page URL; the raw text when it cannot be resolved. */
export function resolveUrl(href: string, pageUrl: string): string {
  try {
    return new URL(href, pageUrl).href;
  } catch {
    return href;
  }
}
