// One walk over the page that sorts out the elements the notice finders look at. DOM access is
// the cost on pages with thousands of questions (each attribute read is a lookup, and in
// linkedom every querySelectorAll is a full pass), so each element's tag and attributes are read
// once here and the finders work on these lists.
import { INTRO_CLASSES, INTRO_IDS, SWITCH_WIDGETS } from './lexicon';
import { type Root, tagOf } from './dom';
import { Pacer, runToEnd, type Steps } from '../steps';
import { findFirst } from '../dom/simple-selector';
import { listElements } from '../dom/walk';
import { noticeSelectors } from './selectors';
import { SelectorCounts } from '../dom/selector';

export interface PageSurvey {
  /** Every element, document order, open shadow roots included. */
  elements: Element[];
  /** Possible consent controls: checkbox / radio inputs, ARIA checkbox / switch / radio, UI-kit switches. */
  toggles: Element[];
  /** a, area, role=link and elements with an onclick handler. */
  linkLikes: Element[];
  headings: Element[];
  /** Form description blocks of the questionnaire families (INTRO_CLASSES / INTRO_IDS). */
  described: Element[];
  frames: Element[];
  scripts: Element[];
  forms: Element[];
  /** <body> and <frameset>: their on* handlers run without the user acting. */
  bodies: Element[];
  hiddenInputs: Element[];
  labelsFor: Map<string, Element>;
  radiosByName: Map<string, Element[]>;
  /**
   * Ids that a link or button opens (href="#id", data-target / data-bs-target="#id", aria-controls):
   * a notice inside one is shown on demand. Read here, element by element, rather than by one
   * query built from every id of the notice's ancestors (a page of thousands of nested ids made
   * that one query a 10 ms stall).
   */
  targetIds: Set<string>;
  /**
   * Per root walked, the counts selectors are made from, as the extraction makes them
   * (selectors.ts), and the ids in-page targets are looked up in.
   */
  counts: Map<Root, SelectorCounts>;
  /** `name`s of the walked <a> elements, per root (in-page targets: `#name`). */
  anchorNames: Map<Root, Set<string>>;
  /** The walk reached every element (no `maxElements` cut). */
  complete: boolean;
  /** The selector of an element of a walked root (selectors.ts). */
  selectorOf: (element: Element) => string;
}

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const HTITLE: ReadonlySet<string> = new Set(['htitle']);
const INTRO_CLASS_SET = new Set(INTRO_CLASSES);
const INTRO_ID_SET = new Set(INTRO_IDS);
const SWITCH_BASES = new Set(SWITCH_WIDGETS.map((w) => w.base));

/**
 * A widget wrapping a native checkbox is not a toggle of its own: the box is looked for among its
 * first WRAPPED_TOGGLE_NODES descendants (a query of each widget's whole subtree was quadratic on
 * 1,500 nested role=checkbox elements: a 31–42 ms step).
 */
const WRAPPED_TOGGLE_NODES = 64;
const isNativeToggle = (el: Element): boolean =>
  tagOf(el) === 'INPUT' && /^(checkbox|radio)$/i.test(el.getAttribute('type') ?? '');
const NATIVE_TOGGLE = { matches: isNativeToggle };
const NATIVE_TOGGLE_OR_ROLE = { matches: (el: Element) => isNativeToggle(el) || el.hasAttribute('role') };

function hasClassIn(classAttr: string, set: ReadonlySet<string>): boolean {
  for (const c of classAttr.split(/\s+/)) if (set.has(c)) return true;
  return false;
}

/**
 * `maxElements` bounds the walk (document order) for the content script on hostile pages: the
 * notice of a form sits with the form, and a page of 50,000 elements must not cost the tab a
 * long task. Unbounded by default (CLI, preview).
 */
export function surveyPage(root: Root, maxElements = Infinity): PageSurvey {
  return runToEnd(surveyPageSteps(root, maxElements));
}

/** surveyPage as a pass that pauses (see steps.ts); the element lists are static, so a pause loses no place. */
export function* surveyPageSteps(root: Root, maxElements = Infinity, pacer = new Pacer()): Steps<PageSurvey> {
  const counts = new Map<Root, SelectorCounts>();
  const survey: PageSurvey = {
    elements: [],
    toggles: [],
    linkLikes: [],
    headings: [],
    described: [],
    frames: [],
    scripts: [],
    forms: [],
    bodies: [],
    hiddenInputs: [],
    labelsFor: new Map(),
    radiosByName: new Map(),
    targetIds: new Set(),
    counts,
    anchorNames: new Map(),
    complete: true,
    selectorOf: noticeSelectors(counts),
  };
  function* visit(scope: Root): Steps<void> {
    // A static list: wrappers are made only for the elements read, so stopping at maxElements is cheap.
    // The extraction's walk: options named by an id count, as they do for its selectors.
    const all = yield* listElements(scope);
    const scopeCounts = new SelectorCounts();
    const anchorNames = new Set<string>();
    counts.set(scope, scopeCounts);
    survey.anchorNames.set(scope, anchorNames);
    for (let i = 0; i < all.length; i++) {
      // Checked in the loop: the shadow roots walked inside it use the bound too.
      if (survey.elements.length >= maxElements) {
        survey.complete = false;
        break;
      }
      const el = all[i]!;
      survey.elements.push(el);
      classify(el, survey, scopeCounts, anchorNames);
      const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      if (shadow) yield* visit(shadow);
      if (pacer.due()) yield;
    }
  }
  yield* visit(root);
  return survey;
}

/** Attributes naming the element a link or button opens: '#id' (or, for aria-controls, a list of ids). */
const HASH_TARGETS = ['href', 'data-target', 'data-bs-target'] as const;
/** More ids than any real control opens: a hostile attribute is not read further. */
const MAX_CONTROLLED_IDS = 16;

function noteTargets(el: Element, ids: Set<string>): void {
  for (const attribute of HASH_TARGETS) {
    const value = el.getAttribute(attribute);
    if (value && value.length > 1 && value[0] === '#') ids.add(value.slice(1));
  }
  const controls = el.getAttribute('aria-controls');
  if (controls) for (const id of controls.trim().split(/\s+/, MAX_CONTROLLED_IDS)) ids.add(id);
}

function classify(el: Element, s: PageSurvey, counts: SelectorCounts, anchorNames: Set<string>): void {
  const tag = tagOf(el);
  if (HEADING_TAGS.has(tag)) s.headings.push(el);
  else if (tag === 'A' || tag === 'AREA') s.linkLikes.push(el);
  else if (tag === 'IFRAME' || tag === 'FRAME') s.frames.push(el);
  else if (tag === 'SCRIPT') s.scripts.push(el);
  else if (tag === 'FORM') s.forms.push(el);
  else if (tag === 'BODY' || tag === 'FRAMESET') s.bodies.push(el);
  if (!el.hasAttributes()) return;
  noteTargets(el, s.targetIds);
  counts.note(el, tag);
  const id = el.getAttribute('id');
  const name = el.getAttribute('name');
  if (name && tag === 'A') anchorNames.add(name);
  if (tag === 'INPUT') {
    const type = el.getAttribute('type')?.toLowerCase();
    if (type === 'checkbox' || type === 'radio') s.toggles.push(el);
    else if (type === 'hidden') s.hiddenInputs.push(el);
    if (type === 'radio') {
      if (name) {
        const group = s.radiosByName.get(name);
        if (group) group.push(el);
        else s.radiosByName.set(name, [el]);
      }
    }
    return;
  }
  if (tag === 'LABEL') {
    const id = el.getAttribute('for');
    if (id && !s.labelsFor.has(id)) s.labelsFor.set(id, el);
  }
  const role = el.getAttribute('role');
  const classAttr = el.getAttribute('class') ?? '';
  if (role === 'checkbox' || role === 'switch' || role === 'radio') {
    if (!findFirst(el, NATIVE_TOGGLE, WRAPPED_TOGGLE_NODES)) s.toggles.push(el);
  } else if (classAttr.includes('switch') && hasClassIn(classAttr, SWITCH_BASES)) {
    if (!findFirst(el, NATIVE_TOGGLE_OR_ROLE, WRAPPED_TOGGLE_NODES)) s.toggles.push(el);
  }
  if (tag !== 'A' && tag !== 'AREA' && tag !== 'INPUT' && (role === 'link' || el.getAttribute('onclick') !== null))
    s.linkLikes.push(el);
  // WJX puts the questionnaire title in .htitle / #htitle rather than a heading element.
  if (!HEADING_TAGS.has(tag) && (role === 'heading' || id === 'htitle' || hasClassIn(classAttr, HTITLE)))
    s.headings.push(el);
  if ((classAttr && hasClassIn(classAttr, INTRO_CLASS_SET)) || (id && INTRO_ID_SET.has(id))) s.described.push(el);
}
