// Shadow-root helpers. Only OPEN shadow roots are visible to page scripts, and so to us.

/** The open shadow root hosted by an element, if any (duck-typed: no instanceof on any DOM). */
export function openShadowRoot(element: Element): ShadowRoot | null {
  const root = (element as { shadowRoot?: ShadowRoot | null }).shadowRoot;
  return root && root.nodeType === 11 ? root : null;
}

/** The element's parent, or null at the top of its tree (never crosses a shadow boundary). */
export function parentElementOf(node: Node): Element | null {
  const parent = node.parentNode;
  return parent && parent.nodeType === 1 ? (parent as Element) : null;
}
