// Notice text shown on the page itself: a collection statement, a privacy notice section, a
// "by submitting you agree…" line. A block grows from the sentence that names the notice to the
// largest container around it that holds no question of the form (so the whole notice is read,
// and not the form).
import { ancestorFlag, isElement, ownText, parentOf, tagOf, textOf } from './dom';
import { NOTICE_TRIGGER } from './lexicon';
import { isIntlCandidate, isNoticeText } from './statements';
import { Pacer, type Meter, type Steps } from '../steps';

const MAX_BLOCK_CHARS = 4000;
const MAX_MARKER_CHARS = 1500;
const MIN_OWN_WORDS = 4;
const MAX_GROW_LEVELS = 12;
/**
 * Nodes read at most for one text: a notice of MAX_BLOCK_CHARS has a few hundred; a container
 * of 50,000 empty elements, built to make each read long, is "too big" without reading it all.
 */
const MAX_BLOCK_NODES = 2000;
const DATA_CONTROLS =
  'input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="reset"]):not([type="image"]), select, textarea, [contenteditable="true"]';
const NEVER_NOTICE = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'OPTION',
  'SELECT',
  'TEXTAREA',
  'BUTTON',
  'NAV',
]);

export interface NoticeBlock {
  element: Element;
  text: string;
  /** Every sentence that made it a block is another language's candidate: resolveNotice confirms it. */
  pending: boolean;
}

/** Nodes read at most to find an element's own words (iterative: a 30,000-deep chain overflowed the stack). */
const MAX_OWN_WORD_NODES = 400;

/** Own words outside links: a footer "隐私政策 | 联系我们" has only separators, so it is links, not notice text. */
function hasOwnWords(el: Element, meter: Meter): boolean {
  let words = 0;
  let read = 0;
  const isLink = (c: Element) => tagOf(c) === 'A' || c.hasAttribute('onclick') || c.getAttribute('role') === 'link';
  // Pre-order by sibling pointers, links not entered.
  let cur: Node | null = el.firstChild;
  while (cur && words < MIN_OWN_WORDS && read++ < MAX_OWN_WORD_NODES) {
    if (cur.nodeType === 3) words += ((cur.nodeValue ?? '').slice(0, 200).match(/[\p{L}\p{N}]/gu) ?? []).length;
    if (isElement(cur) && !isLink(cur) && cur.firstChild) {
      cur = cur.firstChild;
      continue;
    }
    while (cur && cur !== el && !cur.nextSibling) cur = cur.parentNode;
    cur = cur && cur !== el ? cur.nextSibling : null;
  }
  meter.units += read;
  return words >= MIN_OWN_WORDS;
}

function isNavigation(el: Element): boolean {
  const role = el.getAttribute('role');
  return tagOf(el) === 'NAV' || role === 'navigation' || role === 'menu';
}

function grow(marker: Element, meter: Meter): Element {
  let block = marker;
  let levels = 0;
  for (
    let parent = parentOf(block);
    parent && tagOf(parent) !== 'BODY' && tagOf(parent) !== 'HTML';
    parent = parentOf(parent)
  ) {
    if (++levels > MAX_GROW_LEVELS) break; // notice sections are shallow; a hostile 5,000-deep page is not
    if (tagOf(parent) === 'FORM') break;
    // The capped text read first: a huge parent stops the growth before a query walks all of it.
    const before = meter.units;
    const text = textOf(parent, MAX_BLOCK_CHARS + 1, meter, MAX_BLOCK_NODES);
    if (text.length > MAX_BLOCK_CHARS || meter.units - before >= MAX_BLOCK_NODES) break;
    if (parent.querySelector(DATA_CONTROLS)) break;
    block = parent;
  }
  return block;
}

/** The notice blocks among `elements` (document order), as a pass that pauses between elements (see steps.ts). */
export function* findNoticeBlocksSteps(elements: readonly Element[], pacer = new Pacer()): Steps<NoticeBlock[]> {
  const markers: Element[] = [];
  const confirmedMarkers = new Set<Element>();
  const insideNavigation = ancestorFlag(isNavigation);
  // Link texts are notice links (links.ts), not notice text: a footer "隐私政策 | 联系我们" states nothing.
  const insideLink = ancestorFlag((el) => tagOf(el) === 'A');
  // What each element cost (children and nodes read): an expensive one costs its own pause.
  const meter: Meter = { units: 0 };
  const due = () => {
    const units = 1 + meter.units;
    meter.units = 0;
    return pacer.due(units);
  };
  for (const el of elements) {
    if (due()) yield;
    if (NEVER_NOTICE.has(tagOf(el))) continue;
    // Cheap first look at the element's own words; most text on a form page is questions.
    const own = ownText(el, MAX_MARKER_CHARS, meter);
    const triggered = NOTICE_TRIGGER.test(own);
    if (!triggered && !isIntlCandidate(own)) continue;
    // Test the sentence around the text node: the element's own text with inline children.
    const text = textOf(el, MAX_MARKER_CHARS + 1, meter, MAX_BLOCK_NODES);
    if (text.length > MAX_MARKER_CHARS) continue;
    const confirmed = triggered && isNoticeText(text);
    if (!confirmed && !isIntlCandidate(text)) continue;
    if (insideNavigation(el) || insideLink(el) || !hasOwnWords(el, meter)) continue;
    markers.push(el);
    if (confirmed) confirmedMarkers.add(el);
  }
  // Confirmed markers first, so a pending sentence inside a confirmed block joins it.
  const ordered = [
    ...markers.filter((m) => confirmedMarkers.has(m)),
    ...markers.filter((m) => !confirmedMarkers.has(m)),
  ];
  const blocks: Element[] = [];
  const confirmedBlocks = new Set<Element>();
  for (const marker of ordered) {
    meter.units += blocks.length;
    if (due()) yield;
    const holder = blocks.find((b) => b.contains(marker));
    if (holder) {
      // already read as part of a block
      if (confirmedMarkers.has(marker)) confirmedBlocks.add(holder);
      continue;
    }
    const block = grow(marker, meter);
    const outer = blocks.find((b) => b.contains(block));
    if (outer) {
      if (confirmedMarkers.has(marker)) confirmedBlocks.add(outer);
      continue;
    }
    // A candidate in another language never widens a block already read as a notice.
    if (!confirmedMarkers.has(marker) && blocks.some((b) => confirmedBlocks.has(b) && block.contains(b))) continue;
    for (let i = blocks.length - 1; i >= 0; i--) {
      if (!block.contains(blocks[i]!)) continue;
      if (confirmedBlocks.has(blocks[i]!)) confirmedBlocks.add(block);
      blocks.splice(i, 1);
    }
    blocks.push(block);
    if (confirmedMarkers.has(marker)) confirmedBlocks.add(block);
  }
  const found: NoticeBlock[] = [];
  for (const element of blocks) {
    if (due()) yield;
    if (!isElement(element)) continue;
    const text = textOf(element, MAX_BLOCK_CHARS, meter, MAX_BLOCK_NODES);
    found.push({ element, text, pending: !confirmedBlocks.has(element) });
  }
  return found;
}
