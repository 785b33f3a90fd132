// Text helpers shared by extraction and notice detection. They work on browser DOM and linkedom.
import type { Meter } from '../steps';

const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/** Trim and collapse every run of whitespace (incl. NBSP, ideographic space, zero-width space). */
export function normalizeText(text: string | null | undefined): string {
  if (!text) return '';
  return text.replace(WHITESPACE, ' ').trim();
}

// Required-field markers people put in labels. They are recorded as `required` and removed from
// the label so the classifier and the report see the question itself.
const REQUIRED_MARKERS = /[（(]\s*(?:必填|必填项|必選|必填項|required)\s*[)）]|(?:必填项?|必填項)[:：]?|[*＊✱]/gi;
const TRAILING_PUNCTUATION = /[\s:：﹕]+$/;

/** A label cleaned for display, and whether it carried a required marker. */
/** Spaces used as letter-spacing between two Chinese characters ("姓　　名", "性 别"). */
const CJK_SPACING = /([\u3400-\u9fff\uf900-\ufaff])\s+(?=[\u3400-\u9fff\uf900-\ufaff])/g;

export function cleanLabel(raw: string): { text: string; required: boolean } {
  const text = normalizeText(raw).replace(CJK_SPACING, '$1');
  REQUIRED_MARKERS.lastIndex = 0;
  const required = REQUIRED_MARKERS.test(text);
  if (!required) return { text: text.replace(TRAILING_PUNCTUATION, ''), required };
  const cleaned = normalizeText(text.replace(REQUIRED_MARKERS, ' ')).replace(TRAILING_PUNCTUATION, '');
  return { text: cleaned, required };
}

/** Shorten a text for evidence and labels: a question is never a page of prose. */
export function clip(text: string, max = 120): string {
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + '…';
}

const OPAQUE_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SELECT',
  'TEXTAREA',
  'OPTION',
  'DATALIST',
  'BUTTON',
  'svg',
  'SVG',
]);

/** Characters kept from the start of a text read from the page. */
export const HEAD_CHARS = 600;
/** Characters kept from its end when it is longer: the end of a label is nearest its control. */
export const TAIL_CHARS = 60;

/**
 * A page's text cut to its first HEAD_CHARS and last TAIL_CHARS ("…a thousand characters of
 * filler… 身份证号" keeps 身份证号): what is read of one text costs the same whatever its size.
 */
export function bounded(text: string): string {
  return text.length > HEAD_CHARS + TAIL_CHARS ? `${text.slice(0, HEAD_CHARS)} … ${text.slice(-TAIL_CHARS)}` : text;
}

/**
 * The visible-ish text of an element, skipping scripts, styles and the contents of other
 * controls (a wrapping <label> must not swallow its <select>'s option texts). Bounded by
 * `maxNodes` and, as `bounded`, by characters, so a label that wraps half the page costs no more
 * than a small one. `meter` counts the nodes visited and the characters read (steps.ts).
 */
export function textOf(element: Element, maxNodes = 400, meter?: Meter): string {
  const parts: string[] = [];
  let visited = 0;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && visited < maxNodes; child = child.nextSibling) {
      visited++;
      if (child.nodeType === 3) {
        const value = child.nodeValue;
        if (value) parts.push(bounded(value));
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (OPAQUE_TAGS.has(tag) || OPAQUE_TAGS.has(tag.toUpperCase())) continue;
        walk(child);
      }
    }
  };
  walk(element);
  const text = parts.join(' ');
  // Characters count too, one unit per 64: normalizing them is what a long text costs, and a label
  // made of many long parts must end a step as soon as many nodes would.
  if (meter) meter.units += visited + (text.length >> 6);
  return normalizeText(bounded(text));
}
