// What the page-wide walks list. A list's options are read through their list (value.ts,
// families); walking them too made a wrapper per option per walk — 30,000 on a page of three long
// lists, and minor collections of their handles in the middle of a slice (issue 14) — and filled
// the notice survey's bound with options before the page's text. Options hold no control and host
// no shadow root.
import type { Steps } from '../steps';

/** The notice survey's walk: every element but <option> and <optgroup>. */
export const ELEMENTS_BUT_OPTIONS = ':not(option, optgroup)';

/**
 * Field discovery and the id index: the same, and the options an id names, in document order (the
 * id index counts them for selector uniqueness and answers `byId` like getElementById).
 */
export const ELEMENTS_AND_NAMED_OPTIONS = `${ELEMENTS_BUT_OPTIONS}, option[id], optgroup[id]`;

/**
 * A root's elements, listed in a step of its own: one native call over the whole subtree (a few
 * ms on 30,000 elements) that cannot pause, so no other work shares its step.
 */
export function* listElements(root: ParentNode, selector: string): Steps<NodeListOf<Element>> {
  yield;
  const list = root.querySelectorAll(selector);
  yield;
  return list;
}
