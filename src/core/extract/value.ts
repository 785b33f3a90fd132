// Reading a control's current value, IN MEMORY ONLY: `hasValue` goes into the descriptor, the
// value itself is handed to the classifier's validators by scanRoot and then dropped. Nothing here
// stores or returns a value beyond the call.

import { tagOf } from '../dom/attributes';
import { compileSimpleSelector, findFirst } from '../dom/simple-selector';
import { textOf } from '../dom/text';

type ValueCarrier = { value?: unknown; checked?: unknown; selectedIndex?: unknown };

/** Whether a checkbox/radio (native or ARIA) is checked by default. */
export function isChecked(element: Element): boolean {
  const role = element.getAttribute('role');
  if (role === 'radio' || role === 'checkbox') return element.getAttribute('aria-checked') === 'true';
  const checked = (element as ValueCarrier).checked;
  return typeof checked === 'boolean' ? checked : element.hasAttribute('checked');
}

/** The text value a person typed or the page pre-filled; '' when none. */
export function currentValue(element: Element): string {
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
    const index = (element as ValueCarrier).selectedIndex;
    const chosen = typeof index === 'number' && index > 0;
    // A bounded walk, not querySelector: linkedom compiles the selector on every call.
    const preselected = findFirst(element, SELECTED_OPTION, 1000);
    if (!chosen && !preselected) return '';
    const value = (element as ValueCarrier).value;
    return typeof value === 'string' ? value : (preselected?.getAttribute('value') ?? preselected?.textContent ?? '');
  }
  // Its text, bounded: a page-sized editor costs what a short one does (a value to validate is short).
  if (element.hasAttribute('contenteditable')) return textOf(element, 64);
  return '';
}

const SELECTED_OPTION = compileSimpleSelector('option[selected]');
