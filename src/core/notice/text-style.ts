// Is a notice text readable? Hidden, font size in px, WCAG contrast ratio (认定方法 一.4; GDPR Art. 12(1)).
// In a browser the computed style is used; in Node (linkedom, the CLI) only inline styles and
// presentational attributes are known, and a value nobody declared is reported as null (unknown)
// rather than guessed.
import type { CollectedTextStyle, TextColours } from '../types';
import { computedStyle, inlineStyle, parentOf } from './dom';
import type { Meter } from '../steps';

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
 * Colours are CSS colour text, as a computed style gives them.
 */
export interface StaticStyleReader {
  fontSizePx(chain: Element[]): number | null;
  foreground(el: Element): string | null;
  background(el: Element): string | null;
}

export function fontSizePx(el: Element, statics?: StaticStyleReader): number | null {
  const cs = computedStyle(el);
  if (!cs) return statics?.fontSizePx(ancestry(el)) ?? null;
  const px = parseFloat(cs.fontSize);
  return Number.isNaN(px) ? null : px;
}

/** No paint: skipped. A computed transparent background reads "rgba(0, 0, 0, 0)". */
const TRANSPARENT = /^(transparent|rgba\(0, 0, 0, 0\))$/;
/** Surely opaque: nothing behind it shows through, so the layers end there. */
const OPAQUE = /^(rgb\(|#[\da-f]{6}$)/i;
/** Translucent layers kept at most: beyond a few, what lies under them no longer changes the ratio that matters. */
const MAX_LAYERS = 8;

/**
 * The colours of `el`'s text and of the layers behind it (nearest first, down to an opaque one), as
 * the page computes (or, in a static DOM, declares) them. The content script collects these strings
 * and the background reckons the contrast (text-contrast.ts): the colour maths stays out of the
 * content script, whose size is budgeted.
 */
export function textColours(el: Element, statics?: StaticStyleReader): TextColours {
  const cs = computedStyle(el);
  let text = cs ? cs.color : null;
  if (!cs)
    for (const cur of ancestry(el)) {
      text = statics?.foreground(cur) ?? null;
      if (text) break;
    }
  const backgrounds: string[] = [];
  for (const cur of ancestry(el)) {
    const colour = computedStyle(cur)?.backgroundColor ?? statics?.background(cur) ?? null;
    if (!colour || TRANSPARENT.test(colour)) continue;
    backgrounds.push(colour);
    if (OPAQUE.test(colour) || backgrounds.length >= MAX_LAYERS) break;
  }
  return { text, backgrounds };
}

/**
 * Nodes read, at most, to find a notice block's main text (a real notice has a few dozen
 * elements): one budget for the whole search, where a per-element bound let a block of 2,000
 * elements of 2,000 children each cost four million reads.
 */
const MAX_MAIN_TEXT_READS = 500;

/** The element inside `block` that carries most of its own text: the notice body, not a footnote. */
export function mainTextElement(block: Element, meter?: Meter): Element {
  let best = block;
  let bestLength = -1;
  let budget = MAX_MAIN_TEXT_READS;
  const queue: Element[] = [block];
  for (let i = 0; i < queue.length && budget > 0; i++) {
    const el = queue[i]!; // breadth first: on a tie the outer element wins
    let own = 0;
    for (let c = el.firstChild; c && budget > 0; c = c.nextSibling, budget--)
      if (c.nodeType === 3) own += (c.nodeValue ?? '').trim().length;
    if (own > bestLength) {
      best = el;
      bestLength = own;
    }
    // Bounded: a block of a million empty elements is not read to the end for its main text.
    for (let c = el.firstElementChild; c && queue.length < MAX_MAIN_TEXT_READS; c = c.nextElementSibling) queue.push(c);
  }
  if (meter) meter.units += MAX_MAIN_TEXT_READS - budget + queue.length;
  return best;
}

/** A notice text's style as collected; the background adds the contrast (text-contrast.ts). */
export function textStyleFacts(
  block: Element,
  selector: string,
  statics?: StaticStyleReader,
  meter?: Meter,
): CollectedTextStyle {
  const body = mainTextElement(block, meter);
  return {
    selector,
    hidden: isHidden(body),
    fontSizePx: fontSizePx(body, statics),
    colours: textColours(body, statics),
  };
}
