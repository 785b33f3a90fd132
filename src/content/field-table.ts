// This frame's questions as last scanned: each by its selector, with the form it belongs to and its
// first control (to see it leave the page), and the page half (notice facts) of the last full scan.
import type { CollectedFields, CollectedScan, FieldForm } from '../core/collect';
import type { FieldDescriptor } from '../core/types';

const MAX_FIELDS = 2000;

export function createFieldTable() {
  const fields = new Map<string, { descriptor: FieldDescriptor; form: FieldForm | null; element: Element }>();
  /** The selector each control was last reported under. */
  const selectorOfElement = new WeakMap<Element, string>();
  let base: CollectedScan | null = null;

  const merge = (partial: CollectedFields, elements: Element[]): void => {
    partial.descriptors.forEach((descriptor, i) => {
      const element = elements[i]!;
      // A control moved on the page comes back under a new path selector: drop its old entry.
      const previous = selectorOfElement.get(element);
      if (previous !== undefined && previous !== descriptor.selector && fields.get(previous)?.element === element)
        fields.delete(previous);
      if (fields.size < MAX_FIELDS || fields.has(descriptor.selector)) {
        fields.set(descriptor.selector, { descriptor, form: partial.forms[i] ?? null, element });
        selectorOfElement.set(element, descriptor.selector);
      }
    });
  };

  return {
    maxFields: MAX_FIELDS,
    merge,
    /** The first full scan is in: there is a page (notice) half to send with the questions. */
    hasBase: () => base !== null,

    /** A full scan's result replaces everything. */
    replace(scan: CollectedScan, elements: Element[]): void {
      base = scan;
      fields.clear();
      merge(scan, elements);
    },

    snapshot(this: void): CollectedScan {
      const entries = [...fields.values()];
      return { ...base!, descriptors: entries.map((e) => e.descriptor), forms: entries.map((e) => e.form) };
    },

    /** Each question's first control with its selector (the live watch attributes listeners with it). */
    fieldElements(this: void): Map<Element, string> {
      const out = new Map<Element, string>();
      for (const [selector, { element }] of fields) out.set(element, selector);
      return out;
    },

    /** Drops fields whose element left the page (an SPA step replaced). */
    prune(): boolean {
      // The element itself, not its selector: re-resolving 2,000 selectors on a 50,000-node page is
      // a long task. A re-rendered field comes back through the pass that scans what was added.
      let removed = false;
      for (const [selector, { element }] of fields) {
        if (!element.isConnected) {
          fields.delete(selector);
          removed = true;
        }
      }
      return removed;
    },
  };
}
