// Attribute helpers: one place that turns "attribute absent or blank" into null.

export function attr(element: Element, name: string): string | null {
  const value = element.getAttribute(name);
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Upper-case tag name without namespace surprises (linkedom keeps XHTML names as written). */
export function tagOf(element: Element): string {
  return element.tagName.toUpperCase();
}

/** Class tokens of an element (no DOMTokenList: works the same on every DOM). */
export function classTokens(element: Element): string[] {
  const value = element.getAttribute('class');
  return value ? value.split(/\s+/).filter(Boolean) : [];
}
