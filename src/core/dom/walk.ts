// What the page-wide walks (field discovery, the id index, the notice survey) list: every element
// but the entries of option lists, and the options an id names. A list's options are read through
// their list (value.ts, families); walking them too made a wrapper per option per walk — 30,000
// on a page of three long lists, and minor collections of their handles in the middle of a slice
// (issue 14) — and filled the notice survey's bound with options before the page's text. Options
// hold no control and host no shadow root; those with an id still count for selector uniqueness
// and answer `byId` in document order, as getElementById does. All walks list the same elements,
// so the notice's selectors are made from the same counts as the questions' (notice/selectors.ts).
import type { Steps } from '../steps';

/**
 * A list's entries are its options and groups (child combinators: one parent looked at per element).
 * An <option> outside a list is drawn as an ordinary block, which a page can make editable or a
 * checkbox: it is walked.
 */
const WALKED_ELEMENTS =
  ':not(select > option, select > optgroup, optgroup > option, datalist > option), option[id], optgroup[id]';

/**
 * A root's walked elements, listed in a step of its own: one native call over the whole subtree
 * (a few ms on 30,000 elements) that cannot pause, so no other work shares its step.
 */
export function* listElements(root: ParentNode): Steps<NodeListOf<Element>> {
  yield;
  const list = root.querySelectorAll(WALKED_ELEMENTS);
  yield;
  return list;
}
