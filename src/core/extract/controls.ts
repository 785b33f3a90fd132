// What counts as a control (shared/spec/taxonomy.md), as data.

import { attr, tagOf } from '../dom/attributes';
import { isHiddenCollectorName } from './hidden-collectors';

/** Input types that are buttons, not questions. */
const BUTTON_INPUT_TYPES = new Set(['submit', 'button', 'reset', 'image']);

/** ARIA roles that make an element a control. */
export const CONTROL_ROLES = new Set(['textbox', 'combobox', 'radio', 'checkbox', 'listbox', 'spinbutton']);

export type ControlKind = 'native' | 'editable' | 'aria';

/** Whether `element` is a control, and of which kind; null when it is not one. */
export function controlKind(element: Element, tag: string): ControlKind | null {
  if (tag === 'INPUT') {
    const type = inputType(element);
    if (BUTTON_INPUT_TYPES.has(type)) return null;
    if (type === 'hidden')
      return isHiddenCollectorName(element.getAttribute('name'), element.getAttribute('id')) ? 'native' : null;
    return 'native';
  }
  if (tag === 'SELECT' || tag === 'TEXTAREA') return 'native';
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return 'editable';
  const role = element.getAttribute('role');
  if (role !== null && CONTROL_ROLES.has(role.trim().toLowerCase())) return 'aria';
  return null;
}

export function inputType(element: Element): string {
  return (attr(element, 'type') ?? 'text').toLowerCase();
}

/** The FieldDescriptor `type`: input type, ARIA role, "contenteditable", or null (select, textarea). */
export function descriptorType(element: Element, kind: ControlKind): string | null {
  if (kind === 'editable') return 'contenteditable';
  if (kind === 'aria') return (element.getAttribute('role') ?? '').trim().toLowerCase();
  const tag = tagOf(element);
  if (tag === 'INPUT') return inputType(element);
  if (tag === 'SELECT') return element.hasAttribute('multiple') ? 'select-multiple' : 'select-one';
  return tag === 'TEXTAREA' ? 'textarea' : null;
}

/** Radio/checkbox-like controls answer one question together with their group. */
export function isChoice(element: Element, kind: ControlKind): 'radio' | 'checkbox' | null {
  if (kind === 'native') {
    if (tagOf(element) !== 'INPUT') return null;
    const type = inputType(element);
    return type === 'radio' || type === 'checkbox' ? type : null;
  }
  if (kind === 'aria') {
    const role = (element.getAttribute('role') ?? '').trim().toLowerCase();
    return role === 'radio' || role === 'checkbox' ? role : null;
  }
  return null;
}
