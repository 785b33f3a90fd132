// Report selectors pierce open shadow roots with " >>> " (resolved by the core's DOM helper).
import { resolveSelector } from '../core/dom/resolve-selector';

export function findField(selector: string): Element | null {
  return resolveSelector(document, selector);
}

/** The element an event really hit, inside open shadow roots too. */
export function eventTarget(e: Event): Element | null {
  const first = e.composedPath()[0] as Node | undefined;
  if (!first) return null;
  return first.nodeType === 1 ? (first as Element) : first.parentElement;
}
