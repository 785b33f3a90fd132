// Selectors for what the notice finders report (links, consent controls, notice blocks, hidden
// inputs), made as the extraction makes them: SelectorBuilder on the SelectorCounts the survey
// noted on its walk.
// Before, each element's selector queried the whole root per id and copied its parent's children
// per ancestor: 5,000 links in one parent made that a 4-second step. Now siblings are numbered
// once per parent and an id's uniqueness is a look-up.
import { SHADOW_PIERCE } from '../dom/resolve-selector';
import { SelectorCounts, type SelectorBuilder } from '../dom/selector';
import type { Root } from './dom';

/**
 * `element` → its selector, shadow roots pierced with " >>> ". An id counts as unique when the
 * survey saw it once in that root: an element past a cut walk's bound is never named, and a later
 * duplicate would not change what "#id" selects (the first in document order).
 */
export function noticeSelectors(counts: ReadonlyMap<Root, SelectorCounts>): (element: Element) => string {
  const builders = new Map<Node, SelectorBuilder>();
  const selectorOf = (element: Element): string => {
    const root = element.getRootNode?.() ?? element.ownerDocument;
    let builder = builders.get(root);
    if (!builder) {
      const host = root.nodeType === 11 ? (root as ShadowRoot).host : null;
      builder = (counts.get(root as Root) ?? new SelectorCounts()).builder(
        host ? selectorOf(host) + SHADOW_PIERCE : '',
      );
      builders.set(root, builder);
    }
    return builder.selectorOf(element);
  };
  return selectorOf;
}
