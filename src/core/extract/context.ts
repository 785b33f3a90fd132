// Per-root lookups, built once per Document/ShadowRoot so that describing N controls costs O(N):
// the <label for> map, the id index (aria-labelledby / aria-describedby), selector counts, and the
// memoized facts about every ancestor (nearest label, fieldset, cell, form, question container,
// hidden-by-markup, ARIA group/widget, contenteditable host).

import { tagOf } from '../dom/attributes';
import { hidesSubtree } from '../dom/visibility';
import { parentElementOf } from '../dom/roots';
import { neverPause, runToEnd, type Meter, type Pacer, type Steps } from '../steps';
import { SelectorCounts, type SelectorBuilder } from '../dom/selector';
import { compileSimpleSelector, findFirst, type SimpleSelector } from '../dom/simple-selector';
import { cleanLabel, textOf } from '../dom/text';
import { QUESTION_FAMILIES, type QuestionFamily } from './families';
import { CONTROL_ROLES } from './controls';
import { TableIndex } from './tables';
import { listElements } from '../dom/walk';

export interface QuestionContainer {
  element: Element;
  family: string;
  title: string;
  titleElement: Element;
  required: boolean;
  help: string;
}

export interface AncestorInfo {
  label: Element | null;
  fieldset: Element | null;
  cell: Element | null;
  form: Element | null;
  question: QuestionContainer | null;
  hidden: boolean;
  radiogroup: Element | null;
  ariaGroup: Element | null;
  ariaWidget: Element | null;
  editable: Element | null;
  /** Inside a search / filter area. */
  searchArea: boolean;
}

const NO_ANCESTORS: AncestorInfo = {
  label: null,
  fieldset: null,
  cell: null,
  form: null,
  question: null,
  hidden: false,
  radiogroup: null,
  ariaGroup: null,
  ariaWidget: null,
  editable: null,
  searchArea: false,
};

interface CompiledFamily {
  family: QuestionFamily;
  container: SimpleSelector;
  title: SimpleSelector;
  help: SimpleSelector | null;
  required: SimpleSelector | null;
}

/**
 * The families' selectors, compiled on first use rather than when the script loads: the content
 * script loads in every frame at document_start (inside the frame's own parsing task), and most
 * frames never ask (measured: ~1 ms per frame of a 30-frame page).
 */
let compiledFamilies:
  { all: readonly CompiledFamily[]; withoutClass: readonly CompiledFamily[]; classTest: RegExp } | undefined;
function families(): NonNullable<typeof compiledFamilies> {
  if (!compiledFamilies) {
    const all = QUESTION_FAMILIES.map((family) => ({
      family,
      container: compileSimpleSelector(family.containerSelector),
      title: compileSimpleSelector(family.titleSelector),
      help: family.helpSelector ? compileSimpleSelector(family.helpSelector) : null,
      required: family.requiredSelector ? compileSimpleSelector(family.requiredSelector) : null,
    }));
    compiledFamilies = {
      all,
      withoutClass: all.filter((f) => f.container.needsFullCheck),
      // One regex test per ancestor instead of splitting every class attribute (a class named by
      // two families appears twice in it: harmless, and no Set to carry).
      classTest: new RegExp(
        `(?:^|\\s)(?:${all
          .flatMap((f) => [...f.container.classes])
          .map((c) => c.replace(/[-]/g, '\\-'))
          .join('|')})(?:\\s|$)`,
      ),
    };
  }
  return compiledFamilies;
}

/** Classes that mark a label / title / container as required (the star is often CSS-only). */
export const REQUIRED_CLASSES = new Set([
  'required',
  'is-required',
  'ant-form-item-required',
  'van-cell--required',
  'must',
  'req',
]);

export class RootContext {
  readonly tables: TableIndex;
  readonly #counts = new SelectorCounts();
  readonly #labelsByFor = new Map<string, Element[]>();
  readonly #formIndex = new Map<Element, number>();
  #indexed = false;
  #selectorBuilder: SelectorBuilder | null = null;
  readonly #ancestorInfo = new Map<Element, AncestorInfo>();
  readonly #prefixOf: () => string;

  /**
   * `selectorPrefix` is computed on first use: a shadow root's prefix is its host's selector,
   * which is only unique once the host's root has been fully indexed.
   */
  constructor(
    readonly root: Document | ShadowRoot,
    prefixOf: () => string,
    /** Counts the work of describing a question (text nodes read, ancestors met): see steps.ts. */
    readonly meter: Meter = { units: 0 },
  ) {
    this.#prefixOf = prefixOf;
    this.tables = new TableIndex(meter);
  }

  /**
   * Record one element of this root (ids, names, forms, label[for]). The extractor calls this for
   * every element while it walks a whole root, so these maps cost no extra pass over the page.
   */
  index(element: Element, tag: string): void {
    this.#counts.note(element, tag);
    if (tag === 'FORM') this.#formIndex.set(element, this.#formIndex.size);
    else if (tag === 'LABEL' || tag === 'DIV' || tag === 'SPAN') {
      // <label for>, and the for= that WJX puts on its option <div class="label"> elements.
      const target = element.getAttribute('for');
      if (target) {
        const list = this.#labelsByFor.get(target);
        if (list) list.push(element);
        else this.#labelsByFor.set(target, [element]);
      }
    }
  }

  /** The walk covered the whole root: the maps are complete. */
  markIndexed(): void {
    this.#indexed = true;
  }

  /** Whether the maps are complete already (a second walk must not count its elements again). */
  get isIndexed(): boolean {
    return this.#indexed;
  }

  /**
   * Index the whole root (incremental scans walk only part of it), pausing as it goes. The
   * elements are listed up front so that a pause cannot lose the place; see steps.ts.
   */
  *indexSteps(pacer: Pacer): Steps<void> {
    if (this.#indexed) return;
    for (const top of Array.from(this.root.childNodes)) {
      if (top.nodeType !== 1) continue;
      this.index(top as Element, tagOf(top as Element));
      const descendants = yield* listElements(top as Element);
      for (let i = 0; i < descendants.length; i++) {
        this.index(descendants[i]!, tagOf(descendants[i]!));
        if (pacer.due()) yield;
      }
    }
    this.#indexed = true;
  }

  /** Index the whole root now, in one go, if no pass did. */
  #ensureIndexed(): void {
    if (this.#indexed) return;
    runToEnd(this.indexSteps(neverPause()));
  }

  get selectors(): SelectorBuilder {
    if (!this.#selectorBuilder) {
      this.#ensureIndexed();
      this.#selectorBuilder = this.#counts.builder(this.#prefixOf());
    }
    return this.#selectorBuilder;
  }

  /** Index of a form in document order across the page (`formIndexOffset` + position in this root), or -1. */
  formIndexOf(form: Element | null, formIndexOffset = 0): number {
    if (!form) return -1;
    this.#ensureIndexed();
    const i = this.#formIndex.get(form);
    return i === undefined ? -1 : i + formIndexOffset;
  }

  get formCount(): number {
    this.#ensureIndexed();
    return this.#formIndex.size;
  }

  /** Labels whose `for` names this id. */
  labelsFor(id: string): Element[] {
    this.#ensureIndexed();
    return this.#labelsByFor.get(id) ?? [];
  }

  /** Element by id within this root (first in document order, like getElementById). */
  byId(id: string): Element | null {
    this.#ensureIndexed();
    return this.#counts.byId(id);
  }

  /** Facts about `element` and its ancestors (inclusive), memoized per element. */
  ancestorsOf(element: Element | null): AncestorInfo {
    if (!element) return NO_ANCESTORS;
    const known = this.#ancestorInfo.get(element);
    if (known) return known;
    const chain: Element[] = [];
    let current: Element | null = element;
    while (current && !this.#ancestorInfo.has(current)) {
      chain.push(current);
      current = parentElementOf(current);
    }
    let info = current ? this.#ancestorInfo.get(current)! : NO_ANCESTORS;
    this.meter.units += chain.length;
    for (let i = chain.length - 1; i >= 0; i--) {
      info = extend(info, chain[i]!, this.meter);
      this.#ancestorInfo.set(chain[i]!, info);
    }
    return info;
  }
}

/** The facts of `element` on top of its parent's; allocates only when something changes. */
function extend(outer: AncestorInfo, element: Element, meter: Meter): AncestorInfo {
  const tag = tagOf(element);
  if (!element.hasAttributes()) return extendByTag(outer, element, tag);
  const role = element.getAttribute('role')?.trim().toLowerCase() ?? null;
  const editableAttr = element.getAttribute('contenteditable');
  const editable = editableAttr !== null && editableAttr.toLowerCase() !== 'false';
  const hidden = !outer.hidden && hidesSubtree(element);
  // The class attribute is read once here (on linkedom it is the slowest attribute to read).
  const className = element.getAttribute('class');
  const search = !outer.searchArea && isSearchArea(element, tag, role, className);
  const question = questionContainer(element, className, meter);
  const structural = tag === 'LABEL' || tag === 'FIELDSET' || tag === 'TD' || tag === 'TH' || tag === 'FORM';
  if (!structural && !role && !editable && !hidden && !search && !question) return outer;
  const next: AncestorInfo = { ...outer };
  if (tag === 'LABEL') next.label = element;
  else if (tag === 'FIELDSET') next.fieldset = element;
  else if (tag === 'TD' || tag === 'TH') next.cell = element;
  else if (tag === 'FORM') next.form = element;
  if (role === 'radiogroup') {
    next.radiogroup = element;
    next.ariaGroup = element;
  } else if (role === 'group' || role === 'list') next.ariaGroup = element;
  else if (role && CONTROL_ROLES.has(role)) next.ariaWidget = element;
  if (editable) next.editable = element;
  if (hidden) next.hidden = true;
  if (search) next.searchArea = true;
  if (question) next.question = question;
  return next;
}

/** An ancestor without attributes only matters by its tag (label, fieldset, cell, form). */
function extendByTag(outer: AncestorInfo, element: Element, tag: string): AncestorInfo {
  if (tag === 'LABEL') return { ...outer, label: element };
  if (tag === 'FIELDSET') return { ...outer, fieldset: element };
  if (tag === 'TD' || tag === 'TH') return { ...outer, cell: element };
  if (tag === 'FORM') return { ...outer, form: element };
  return outer;
}

function questionContainer(element: Element, className: string | null, meter: Meter): QuestionContainer | null {
  // Class-less containers ([role=listitem]…) are always checked; the others only when one of
  // their classes is present at all (one regex over the class attribute).
  const { all, withoutClass, classTest } = families();
  const candidates = className && classTest.test(className) ? all : withoutClass;
  for (const compiled of candidates) {
    if (!compiled.container.matches(element, className)) continue;
    const titleElement = findFirst(element, compiled.title);
    if (!titleElement) continue;
    const helpElement = compiled.help ? findFirst(element, compiled.help) : null;
    const help = helpElement ? textOf(helpElement, 400, meter) : '';
    // A type tip inside the title (WJX "本人目前是否有以下情况【多选题】") is help, not the question.
    const rawTitle = textOf(titleElement, 400, meter);
    const { text, required } = cleanLabel(
      help && helpElement && titleElement.contains(helpElement) ? rawTitle.replace(help, ' ') : rawTitle,
    );
    if (!text) continue;
    return {
      element,
      family: compiled.family.name,
      title: text,
      titleElement,
      required:
        required ||
        (compiled.required?.matches(element) ?? false) ||
        hasRequiredClass(element) ||
        hasRequiredClass(titleElement) ||
        findFirst(titleElement, REQUIRED_MARK, 20) !== null,
      help,
    };
  }
  return null;
}

// Search and filter areas: a box there looks something up, it does not collect an answer.
// Words of id/class (split on -, _, spaces and camelCase), not substrings: "research" is no search.
const SEARCH_WORD =
  /(?:^|[^a-zA-Z]|[a-z](?=[A-Z]))(?:[Ss]earch|SEARCH|[Ss]ousuo|[Cc]haxun|[Qq]uery|[Ff]ilters?)(?![a-z])/;

function isSearchArea(element: Element, tag: string, role: string | null, className: string | null): boolean {
  if (role === 'search' || tag === 'SEARCH') return true;
  if (className !== null && SEARCH_WORD.test(className)) return true;
  const id = element.getAttribute('id');
  return id !== null && SEARCH_WORD.test(id);
}

/** A descendant of a title carrying a required class (Ant Design's <label class="ant-form-item-required">). */
const REQUIRED_MARK = compileSimpleSelector([...REQUIRED_CLASSES].map((c) => `.${c}`).join(', '));

const REQUIRED_CLASS_TEST = new RegExp(
  `(?:^|\\s)(?:${[...REQUIRED_CLASSES].map((c) => c.replace(/-/g, '\\-')).join('|')})(?:\\s|$)`,
);

export function hasRequiredClass(element: Element): boolean {
  const className = element.getAttribute('class');
  return className !== null && REQUIRED_CLASS_TEST.test(className);
}
