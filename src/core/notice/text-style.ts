// Is a notice text readable? Hidden, font size in px, WCAG contrast ratio (认定方法 一.4; GDPR Art. 12(1)).
// In a browser the computed style is used; in Node (linkedom, the CLI) only inline styles and
// presentational attributes are known, and a value nobody declared is reported as null (unknown)
// rather than guessed.
import type { TextStyleFacts } from '../types';
import { contrastRatio, parseColor, blend, WHITE, BLACK, type Rgba } from './contrast';
import { computedStyle, inlineStyle, isElement, parentOf, selectorOf, tagOf } from './dom';

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
const FONT_TAG_SIZES: Readonly<Record<string, number>> = {
  '1': 10,
  '2': 13,
  '3': 16,
  '4': 18,
  '5': 24,
  '6': 32,
  '7': 48,
};
const KEYWORD_SIZES: Readonly<Record<string, number>> = {
  'xx-small': 9,
  'x-small': 10,
  small: 13,
  medium: 16,
  large: 18,
  'x-large': 24,
  'xx-large': 32,
};
const ROOT_FONT_PX = 16;

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

/** Font size from one element's inline declaration, relative to `parentPx` when relative. */
function declaredFontSize(el: Element, parentPx: number | null): number | null | 'inherit' {
  const value = inlineStyle(el, 'font-size')?.toLowerCase();
  if (value) {
    const number = parseFloat(value);
    if (KEYWORD_SIZES[value] !== undefined) return KEYWORD_SIZES[value];
    if (value === 'smaller') return (parentPx ?? ROOT_FONT_PX) * 0.833;
    if (value === 'larger') return (parentPx ?? ROOT_FONT_PX) * 1.2;
    if (Number.isNaN(number)) return 'inherit';
    if (value.endsWith('px')) return number;
    if (value.endsWith('pt')) return (number * 4) / 3;
    if (value.endsWith('rem')) return number * ROOT_FONT_PX;
    if (value.endsWith('em')) return parentPx === null ? null : number * parentPx;
    if (value.endsWith('%')) return parentPx === null ? null : (number / 100) * parentPx;
    return 'inherit';
  }
  if (tagOf(el) === 'FONT' && el.getAttribute('size'))
    return FONT_TAG_SIZES[el.getAttribute('size')!.trim()] ?? 'inherit';
  if (tagOf(el) === 'SMALL') return (parentPx ?? ROOT_FONT_PX) * 0.833;
  return 'inherit';
}

export function fontSizePx(el: Element): number | null {
  const cs = computedStyle(el);
  if (cs) {
    const px = parseFloat(cs.fontSize);
    return Number.isNaN(px) ? null : px;
  }
  // Outermost first so relative sizes (em, %) compound; null until somebody declares a size.
  let size: number | null = null;
  let declaredAnywhere = false;
  for (const cur of ancestry(el).reverse()) {
    const declared = declaredFontSize(cur, size ?? ROOT_FONT_PX);
    if (declared === 'inherit') continue;
    declaredAnywhere = true;
    size = declared;
  }
  return declaredAnywhere && size !== null ? Math.round(size * 100) / 100 : null;
}

function foregroundOf(el: Element): Rgba | null {
  const cs = computedStyle(el);
  if (cs) return parseColor(cs.color);
  for (const cur of ancestry(el)) {
    const colour = parseColor(inlineStyle(cur, 'color') ?? (tagOf(cur) === 'FONT' ? cur.getAttribute('color') : null));
    if (colour) return colour;
  }
  return null;
}

function backgroundOf(el: Element): Rgba | null {
  // Translucent layers are stacked from the nearest opaque ancestor (white page when none).
  const layers: Rgba[] = [];
  for (const cur of ancestry(el)) {
    const cs = computedStyle(cur);
    const text = cs
      ? cs.backgroundColor
      : (inlineStyle(cur, 'background-color') ??
        colourInBackgroundShorthand(inlineStyle(cur, 'background')) ??
        cur.getAttribute('bgcolor'));
    const colour = parseColor(text);
    if (!colour || colour.a === 0) continue;
    layers.push(colour);
    if (colour.a >= 1) break;
  }
  if (layers.length === 0) return null;
  let result = layers[layers.length - 1]!.a >= 1 ? layers.pop()! : WHITE;
  while (layers.length) result = blend(layers.pop()!, result);
  return result;
}

function colourInBackgroundShorthand(value: string | null): string | null {
  if (!value) return null;
  const match = /(#[0-9a-f]{3,8}\b|rgba?\([^)]*\)|\b[a-z]+\b)/i.exec(value);
  return match && parseColor(match[1]) ? match[1]! : null;
}

/** Contrast of `el`'s text on its background; null when neither colour is known (static DOM). */
export function textContrast(el: Element): number | null {
  const fg = foregroundOf(el);
  const bg = backgroundOf(el);
  if (!fg && !bg) return computedStyle(el) ? contrastRatio(BLACK, WHITE) : null;
  return Math.round(contrastRatio(fg ?? BLACK, bg ?? WHITE) * 100) / 100;
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

export function textStyleFacts(block: Element): TextStyleFacts {
  const body = mainTextElement(block);
  return {
    selector: selectorOf(block),
    hidden: isHidden(body),
    fontSizePx: fontSizePx(body),
    contrastRatio: textContrast(body),
  };
}
