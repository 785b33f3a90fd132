// Reading a control's current value, IN MEMORY ONLY: `hasValue` goes into the descriptor, the
// value itself is handed to the classifier's validators by scanRoot and then dropped. Nothing here
// stores or returns a value beyond the call.

import { tagOf } from '../dom/attributes';
import { compileSimpleSelector, findFirst } from '../dom/simple-selector';
import { textOf } from '../dom/text';
import type { Meter } from '../steps';

type ValueCarrier = {
  value?: unknown;
  checked?: unknown;
  selectedIndex?: unknown;
  options?: ArrayLike<Element>;
  textLength?: unknown;
};

/** Characters of a value read that count as one unit of work (as the text reads count them). */
const CHARS_PER_UNIT = 64;

/** Whether a checkbox/radio (native or ARIA) is checked by default. */
export function isChecked(element: Element): boolean {
  const role = element.getAttribute('role');
  if (role === 'radio' || role === 'checkbox') return element.getAttribute('aria-checked') === 'true';
  const checked = (element as ValueCarrier).checked;
  return typeof checked === 'boolean' ? checked : element.hasAttribute('checked');
}

/** Whether the control holds a value a person typed or the page pre-filled. */
export function holdsValue(element: Element, meter?: Meter): boolean {
  const length = textareaLength(element);
  return length === null ? currentValue(element, meter) !== '' : length > 0;
}

/** The value when it is at most `max` characters long ('' when none), else null. */
export function shortValue(element: Element, max: number, meter?: Meter): string | null {
  const length = textareaLength(element);
  if (length !== null && length > max) return null;
  const value = currentValue(element, meter);
  return value.length > max ? null : value;
}

/**
 * A textarea's value length, without handing its text to script: read whole, a megabyte of
 * pre-filled text was copied per read (1 ms, and a collection in a later slice).
 */
function textareaLength(element: Element): number | null {
  const length = tagOf(element) === 'TEXTAREA' ? (element as ValueCarrier).textLength : undefined;
  return typeof length === 'number' ? length : null;
}

/**
 * The text value a person typed or the page pre-filled; '' when none. `meter` counts the
 * characters read: a page's megabyte-long value ends the step that read it.
 */
function currentValue(element: Element, meter?: Meter): string {
  const value = readValue(element);
  if (meter) meter.units += Math.floor(value.length / CHARS_PER_UNIT);
  return value;
}

function readValue(element: Element): string {
  const tag = tagOf(element);
  if (tag === 'INPUT') {
    const type = (element.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'checkbox' || type === 'radio' || type === 'file') return '';
    const value = (element as ValueCarrier).value;
    return typeof value === 'string' ? value : (element.getAttribute('value') ?? '');
  }
  if (tag === 'TEXTAREA') {
    const value = (element as ValueCarrier).value;
    return typeof value === 'string' ? value : (element.textContent ?? '');
  }
  if (tag === 'SELECT') {
    // A select always "has" its first option; only an explicit choice counts as a value.
    const select = element as ValueCarrier;
    const index = select.selectedIndex;
    if (typeof index === 'number') {
      // A browser's list knows its choice: no walk over its options (a hostile page has 30,000,
      // and a walk made a wrapper for each of the first thousand, per list, per scan).
      const shown = index >= 0 ? select.options?.[index] : undefined;
      if (index <= 0 && !shown?.hasAttribute('selected')) return '';
      return typeof select.value === 'string' ? select.value : '';
    }
    // linkedom has no selectedIndex: the option marked selected is the choice. A bounded walk,
    // not querySelector: linkedom compiles the selector on every call.
    const preselected = findFirst(element, SELECTED_OPTION, 1000);
    if (!preselected) return '';
    const value = select.value;
    return typeof value === 'string' ? value : (preselected.getAttribute('value') ?? preselected.textContent ?? '');
  }
  // Its text, bounded: a page-sized editor costs what a short one does (a value to validate is short).
  if (element.hasAttribute('contenteditable')) return textOf(element, 64);
  return '';
}

const SELECTED_OPTION = compileSimpleSelector('option[selected]');
