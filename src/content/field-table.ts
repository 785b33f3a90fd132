// This frame's questions as last scanned: each by its selector, with the form it belongs to and its
// first control (to see it leave the page), and the page half (notice facts) of the last full scan.
// Its version counts the changes to the questions: the submit guard judges a submission only on
// instructions that know the latest.
import type { CollectedFields, CollectedScan, FieldForm } from '../core/collect';
import type { FieldDescriptor } from '../core/types';

const MAX_FIELDS = 2000;

export function createFieldTable() {
  const fields = new Map<string, { descriptor: FieldDescriptor; form: FieldForm | null; element: Element }>();
  /** The selector each control was last read under. */
  const selectorOfElement = new WeakMap<Element, string>();
  let base: CollectedScan | null = null;
  let version = 0;
  /**
   * Each control's question as last read (with its selector, above): a rescan that reads the same
   * questions (a full scan a mutation storm brought on, say) is not a change; one that reads a new
   * word, or finds the control elsewhere, is.
   */
  const readAs = new WeakMap<Element, string>();

  /** Whether any question was new or read differently. */
  const merge = (partial: CollectedFields, elements: Element[]): boolean => {
    let changed = false;
    partial.descriptors.forEach((descriptor, i) => {
      const element = elements[i]!;
      // Not the selectors, compared as they are: pierced ones run to kilobytes on deep shadow trees.
      const { selector, groupSelectors, ...rest } = descriptor;
      const read = JSON.stringify(rest) + groupSelectors.length;
      const previous = selectorOfElement.get(element);
      if (readAs.get(element) !== read || previous !== selector) {
        readAs.set(element, read);
        changed = true;
      }
      // A control moved on the page comes back under a new path selector: drop its old entry.
      if (previous !== undefined && previous !== selector && fields.get(previous)?.element === element)
        fields.delete(previous);
      if (fields.size < MAX_FIELDS || fields.has(selector))
        fields.set(selector, { descriptor, form: partial.forms[i] ?? null, element });
      selectorOfElement.set(element, selector);
    });
    if (changed) version++;
    return changed;
  };

  return {
    maxFields: MAX_FIELDS,
    merge,
    /** Counts the changes to the questions (new, read differently, gone). */
    version: (): number => version,
    /** The first full scan is in: there is a page (notice) half to send with the questions. */
    hasBase: () => base !== null,

    /** A full scan's result replaces everything. */
    replace(scan: CollectedScan, elements: Element[]): void {
      base = scan;
      const before = fields.size;
      fields.clear();
      merge(scan, elements);
      // Beside questions new or read differently (merge), fewer of them: some are gone.
      if (fields.size !== before) version++;
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
      if (removed) version++;
      return removed;
    },
  };
}
