// Static visibility: what the markup itself says (hidden attribute, inline display:none,
// aria-hidden). Computed styles are not available on linkedom and are expensive in the page;
// the content script may refine this with getComputedStyle where it pays.

const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Whether this element itself hides its subtree in markup. */
export function hidesSubtree(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && INLINE_HIDDEN.test(style);
}
