// The nearest text before a control (bare "姓名：<input>" layouts) and the text right after a
// radio/checkbox ("<input type=radio> 男"). Both walks are bounded in nodes and characters, so a
// control costs the same whatever the page size.

import { tagOf } from '../dom/attributes';
import { compileSimpleSelector, findFirst } from '../dom/simple-selector';
import { bounded, normalizeText, textOf } from '../dom/text';

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'OPTION',
  'DATALIST',
  'SVG',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'TITLE',
]);
const CELLS = new Set(['TD', 'TH']);
/** The walk never leaves the page body (the <title> is not a question). */
const TOPS = new Set(['BODY', 'HTML']);
/** Elements that end the walk: another control answers its own question. */
const STOPS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
/** Block boundaries: once some text is found, crossing one of these ends the phrase. */
const BLOCKS = new Set([
  'DIV',
  'P',
  'LI',
  'UL',
  'OL',
  'TD',
  'TH',
  'TR',
  'TABLE',
  'TBODY',
  'THEAD',
  'FORM',
  'FIELDSET',
  'SECTION',
  'ARTICLE',
  'BR',
  'HR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'DT',
  'DD',
  'DL',
  'HEADER',
  'FOOTER',
  'MAIN',
  'BODY',
  'LABEL',
  'LEGEND',
]);

const MAX_NODES = 60;
/**
 * How many block ancestors the walk may climb out of before finding text. Far text is someone
 * else's (a page header, a template placeholder): with a placeholder to fall back on, callers
 * allow one climb only.
 */
const MAX_CLIMBS = 5;
const MAX_CHARS = 160;

export interface PrecedingText {
  /** The nearest text node's text ("姓名：" in "请如实填写。姓名：<input>"). */
  nearest: string;
  /** Every text up to the phrase boundary, in reading order (clipped to the last MAX_CHARS). */
  all: string;
}

/**
 * Text immediately before `control` in document order, within its root. `ignore` holds texts
 * to step over (the option labels of the control's own group).
 */
export function precedingText(control: Element, ignore?: ReadonlySet<string>, maxClimbs = MAX_CLIMBS): PrecedingText {
  const parts: string[] = [];
  let length = 0;
  let node: Node = control;
  let lastText: Node | null = null;
  let climbs = 0;
  for (let steps = 0; steps < MAX_NODES; steps++) {
    const previous: Node | null = node.previousSibling;
    if (!previous) {
      const parent = node.parentNode;
      if (!parent || parent.nodeType !== 1 || TOPS.has(tagOf(parent as Element))) break;
      // Never leave a table cell: the cells around belong to the table logic (tables.ts), and
      // walking out of a cell reaches other rows' answers and the table's caption.
      if (node.nodeType === 1 && CELLS.has(tagOf(node as Element))) break;
      if (BLOCKS.has(tagOf(parent as Element)) && ++climbs > maxClimbs) break;
      node = parent;
      if (parts.length && BLOCKS.has(tagOf(parent as Element))) break;
      continue;
    }
    node = previous;
    // Descend to the last leaf of the previous subtree, stopping at opaque or control elements;
    // each level counts as a step (20,000 nested <div>s before a control cost 60 steps).
    while (node.nodeType === 1 && steps++ < MAX_NODES) {
      const tag = tagOf(node as Element);
      if (STOPS.has(tag) || SKIPPED.has(tag) || isEditableOrWidget(node as Element)) break;
      if (parts.length && BLOCKS.has(tag)) break;
      const last: Node | null = node.lastChild;
      if (!last) break;
      node = last;
    }
    if (node.nodeType === 3) {
      const raw = (node.nodeValue ?? '').slice(-2 * MAX_CHARS);
      // Adjacent text nodes are one fragment ("姓&nbsp;&nbsp;名：" is split at entities by some parsers).
      if (parts.length && lastText && node.nextSibling === lastText) {
        parts[0] = normalizeText(raw + ' ' + parts[0]);
        length += raw.length;
      } else {
        const text = normalizeText(raw);
        if (text && !ignore?.has(text)) {
          parts.unshift(text);
          length += text.length;
        }
      }
      if (parts.length) lastText = node;
      if (length >= MAX_CHARS) break;
      continue;
    }
    lastText = null;
    if (node.nodeType !== 1) continue;
    const tag = tagOf(node as Element);
    if (STOPS.has(tag)) {
      const type = (node as Element).getAttribute('type')?.toLowerCase();
      if (type === 'hidden') continue;
      // Text right after a radio/checkbox is that option's label ("<input type=radio>女"), not ours;
      // text after that ("…>无 精神病史：<input>") still is.
      if (type === 'radio' || type === 'checkbox') parts.shift();
      break;
    }
    if (isEditableOrWidget(node as Element)) break;
    if (parts.length && BLOCKS.has(tag)) break;
  }
  const text = normalizeText(parts.join(' '));
  return { nearest: parts[parts.length - 1] ?? '', all: text.length > MAX_CHARS ? text.slice(-MAX_CHARS) : text };
}

/** Text right after a radio/checkbox, up to the next control or block boundary. */
export function followingText(control: Element): string {
  const parts: string[] = [];
  let length = 0;
  let node: Node | null = control.nextSibling;
  for (let steps = 0; node && steps < 20; steps++, node = node.nextSibling) {
    if (node.nodeType === 3) {
      const text = normalizeText(node.nodeValue);
      if (text) {
        parts.push(text);
        length += text.length;
      }
    } else if (node.nodeType === 1) {
      const tag = tagOf(node as Element);
      if (STOPS.has(tag) || BLOCKS.has(tag) || isEditableOrWidget(node as Element)) break;
      if (SKIPPED.has(tag)) continue;
      const text = textOf(node as Element, 20);
      if (text) {
        parts.push(text);
        length += text.length;
      }
    }
    if (length >= 60) break;
  }
  return normalizeText(parts.join(' ')).slice(0, 60);
}

function isEditableOrWidget(element: Element): boolean {
  if (element.hasAttribute('contenteditable')) return true;
  const role = element.getAttribute('role');
  return (
    role === 'textbox' ||
    role === 'combobox' ||
    role === 'radio' ||
    role === 'checkbox' ||
    role === 'listbox' ||
    role === 'spinbutton'
  );
}

/**
 * The text of a <label> that wraps `control`, without the texts that belong to other controls it
 * also wraps ("<label>院系 <select/> 年级 <select/></label>": 院系 for the first, 年级 for the second).
 */
export function wrappingLabelText(label: Element, control: Element): string {
  const before: string[] = [];
  const after: string[] = [];
  let passed = false;
  let stopped = false;
  let visited = 0;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && !stopped; child = child.nextSibling) {
      if (++visited > 400) {
        stopped = true;
        return;
      } // a label wrapping half the page
      if (child.nodeType === 3) {
        (passed ? after : before).push(bounded(child.nodeValue ?? ''));
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (el === control) {
        passed = true;
        continue;
      }
      const tag = tagOf(el);
      if (STOPS.has(tag) && (el.getAttribute('type') ?? '').toLowerCase() !== 'hidden') {
        if (passed) {
          after.length = 0;
          stopped = true;
          return;
        } // text after us named the next control
        before.length = 0; // text so far was that earlier control's
        continue;
      }
      if (SKIPPED.has(tag)) continue;
      walk(el);
    }
  };
  walk(label);
  return normalizeText(bounded(`${before.join(' ')} ${after.join(' ')}`));
}

const NATIVE_CONTROL = compileSimpleSelector('input, select, textarea');

/** Inline wrappers whose short text right before a control is its label ("<b>Name:</b> <input>"). */
const INLINE_LABELS = new Set(['SPAN', 'B', 'STRONG', 'FONT', 'EM', 'I', 'SMALL']);
/** A bare label is short and says what to type; a sentence before the control is not one. */
const MAX_BARE_LABEL = 40;

/**
 * The bare text right before a control in the same parent ("Name: <input>", "<b>Number:</b>
 * <input>" in a card or address block): a label without a <label> element. Empty when the text
 * is a sentence, or something else (a control, a block) comes first.
 */
export function bareLabelBefore(control: Element): string {
  let node: Node | null = control.previousSibling;
  for (let steps = 0; node && steps < 4; node = node.previousSibling, steps++) {
    let text = '';
    if (node.nodeType === 3) {
      text = normalizeText(node.nodeValue ?? '');
      if (!text) continue;
    } else if (
      node.nodeType === 1 &&
      INLINE_LABELS.has(tagOf(node as Element)) &&
      !findFirst(node as Element, NATIVE_CONTROL, 50)
    ) {
      text = textOf(node as Element, 50);
    }
    const ends = /[:：]$/.test(text);
    return text && text.length <= MAX_BARE_LABEL && (ends || !/[.。!！?？]$/.test(text)) ? text : '';
  }
  return '';
}
