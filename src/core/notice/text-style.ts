// Is a notice text readable? Hidden, font size in px, WCAG contrast ratio (认定方法 一.4; GDPR Art. 12(1)).
// In a browser the computed style is used; in Node (linkedom, the CLI) only inline styles and
// presentational attributes are known, and a value nobody declared is reported as null (unknown)
// rather than guessed.
import type { TextStyleFacts } from '../types';
import { contrastRatio, parseColor, blend, WHITE, BLACK, UNREADABLE, type Rgba } from './contrast';
import { computedStyle, inlineStyle, isElement, parentOf, selectorOf } from './dom';

const HIDING_CLASSES = new Set([
  'hidden',
  'hide',
  'd-none',
  'is-hidden',
  'visually-hidden',
  'sr-only',
  'layui-hide',
  'van-hidden',
]);

function ancestry(el: Element): Element[] {
  const chain: Element[] = [];
  for (let cur: Element | null = el; cur; cur = parentOf(cur)) chain.push(cur);
  return chain;
}

export function isHidden(el: Element): boolean {
  for (const cur of ancestry(el)) {
    if (cur.hasAttribute('hidden')) return true;
    if (/^(none)$/i.test(inlineStyle(cur, 'display') ?? '')) return true;
    if (/^(hidden|collapse)$/i.test(inlineStyle(cur, 'visibility') ?? '')) return true;
    if (inlineStyle(cur, 'opacity') === '0') return true;
    const classes = (cur.getAttribute('class') ?? '').split(/\s+/);
    if (classes.some((c) => HIDING_CLASSES.has(c))) return true;
    const cs = computedStyle(cur);
    if (cs && (cs.display === 'none' || (cur === el && cs.visibility === 'hidden'))) return true;
  }
  return false;
}

/**
 * Styles read from what a page declares, where there is no computed style (static DOM):
 * static-style.ts. Each reads one element; `fontSizePx` gets the element and its ancestors.
 */
export interface StaticStyleReader {
  fontSizePx(chain: Element[]): number | null;
  foreground(el: Element): Rgba | null;
  background(el: Element): Rgba | null;
}

export function fontSizePx(el: Element, statics?: StaticStyleReader): number | null {
  const cs = computedStyle(el);
  if (!cs) return statics?.fontSizePx(ancestry(el)) ?? null;
  const px = parseFloat(cs.fontSize);
  return Number.isNaN(px) ? null : px;
}

function foregroundOf(el: Element, statics?: StaticStyleReader): Rgba | null {
  const cs = computedStyle(el);
  // A colour the browser computed but we cannot read is unknown, not the default black.
  if (cs) return parseColor(cs.color) ?? UNREADABLE;
  for (const cur of ancestry(el)) {
    const colour = statics?.foreground(cur);
    if (colour) return colour;
  }
  return null;
}

function backgroundOf(el: Element, statics?: StaticStyleReader): Rgba | null {
  // Translucent layers are stacked from the nearest opaque ancestor (white page when none).
  const layers: Rgba[] = [];
  for (const cur of ancestry(el)) {
    const cs = computedStyle(cur);
    const colour = cs ? (parseColor(cs.backgroundColor) ?? UNREADABLE) : (statics?.background(cur) ?? null);
    if (!colour || colour.a === 0) continue;
    layers.push(colour);
    if (colour.a >= 1) break;
  }
  if (layers.length === 0) return null;
  let result = layers[layers.length - 1]!.a >= 1 ? layers.pop()! : WHITE;
  while (layers.length) result = blend(layers.pop()!, result);
  return result;
}

/**
 * Contrast of `el`'s text on its background; null when neither colour is known (static DOM) or a
 * computed one cannot be read.
 */
export function textContrast(el: Element, statics?: StaticStyleReader): number | null {
  const fg = foregroundOf(el, statics);
  const bg = backgroundOf(el, statics);
  if (!fg && !bg) return computedStyle(el) ? contrastRatio(BLACK, WHITE) : null;
  const ratio = Math.round(contrastRatio(fg ?? BLACK, bg ?? WHITE) * 100) / 100;
  return Number.isNaN(ratio) ? null : ratio;
}

/** The element inside `block` that carries most of its own text: the notice body, not a footnote. */
export function mainTextElement(block: Element): Element {
  let best = block;
  let bestLength = -1;
  const queue: Element[] = [block];
  for (let i = 0; i < queue.length; i++) {
    const el = queue[i]!; // breadth first: on a tie the outer element wins
    let own = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) own += (c.nodeValue ?? '').trim().length;
    if (own > bestLength) {
      best = el;
      bestLength = own;
    }
    for (const child of Array.from(el.children)) if (isElement(child)) queue.push(child);
  }
  return best;
}

export function textStyleFacts(block: Element, statics?: StaticStyleReader): TextStyleFacts {
  const body = mainTextElement(block);
  return {
    selector: selectorOf(block),
    hidden: isHidden(body),
    fontSizePx: fontSizePx(body, statics),
    contrastRatio: textContrast(body, statics),
  };
}
