// Per-root lookups, built once per Document/ShadowRoot so that describing N controls costs O(N):
// the <label for> map, the id index (aria-labelledby / aria-describedby), selector counts, and the
// memoized facts about every ancestor (nearest label, fieldset, cell, form, question container,
// hidden-by-markup, ARIA group/widget, contenteditable host).

import { classTokens, tagOf } from '../dom/attributes';
import { hidesSubtree } from '../dom/visibility';
import { parentElementOf } from '../dom/roots';
import { SelectorBuilder } from '../dom/selector';
import { compileSimpleSelector, type SimpleSelector } from '../dom/simple-selector';
import { cleanLabel, textOf } from '../dom/text';
import { QUESTION_FAMILIES, type QuestionFamily } from './families';
import { CONTROL_ROLES } from './controls';
import { TableIndex } from './tables';

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
  label: null, fieldset: null, cell: null, form: null, question: null, hidden: false,
  radiogroup: null, ariaGroup: null, ariaWidget: null, editable: null, searchArea: false,
};

interface CompiledFamily { family: QuestionFamily; container: SimpleSelector; required: SimpleSelector | null }

const COMPILED_FAMILIES: readonly CompiledFamily[] = QUESTION_FAMILIES.map((family) => ({
  family,
  container: compileSimpleSelector(family.containerSelector),
  required: family.requiredSelector ? compileSimpleSelector(family.requiredSelector) : null,
}));
const FAMILY_CLASSES = new Set(COMPILED_FAMILIES.flatMap((f) => [...f.container.classes]));
const FAMILIES_WITHOUT_CLASS = COMPILED_FAMILIES.filter((f) => f.container.needsFullCheck);

/** Classes that mark a label / title / container as required (the star is often CSS-only). */
export const REQUIRED_CLASSES = new Set(['required', 'is-required', 'ant-form-item-required', 'van-cell--required', 'must', 'req']);

export class RootContext {
  readonly selectors: SelectorBuilder;
  readonly tables = new TableIndex();
  private labelsByFor: Map<string, Element[]> | null = null;
  private idIndex: Map<string, Element> | null = null;
  private readonly ancestorInfo = new Map<Element, AncestorInfo>();
  private readonly formIndex = new Map<Element, number>();

  constructor(readonly root: Document | ShadowRoot, readonly selectorPrefix: string, formIndexOffset: number) {
    this.selectors = new SelectorBuilder(root, selectorPrefix);
    let i = formIndexOffset;
    for (const form of Array.from(root.querySelectorAll('form'))) this.formIndex.set(form, i++);
    this.formCount = i - formIndexOffset;
  }

  readonly formCount: number;

  formIndexOf(form: Element | null): number {
    return form ? (this.formIndex.get(form) ?? -1) : -1;
  }

  /** Labels whose `for` names this id (map built on first use with one querySelectorAll). */
  labelsFor(id: string): Element[] {
    if (!this.labelsByFor) {
      this.labelsByFor = new Map();
      for (const label of Array.from(this.root.querySelectorAll('label[for]'))) {
        const target = label.getAttribute('for');
        if (!target) continue;
        const list = this.labelsByFor.get(target);
        if (list) list.push(label); else this.labelsByFor.set(target, [label]);
      }
    }
    return this.labelsByFor.get(id) ?? [];
  }

  /** Element by id within this root (first in document order, like getElementById). */
  byId(id: string): Element | null {
    if (!this.idIndex) {
      this.idIndex = new Map();
      for (const el of Array.from(this.root.querySelectorAll('[id]'))) {
        const key = el.getAttribute('id');
        if (key && !this.idIndex.has(key)) this.idIndex.set(key, el);
      }
    }
    return this.idIndex.get(id) ?? null;
  }

  /** Facts about `element` and its ancestors (inclusive), memoized per element. */
  ancestorsOf(element: Element | null): AncestorInfo {
    if (!element) return NO_ANCESTORS;
    const known = this.ancestorInfo.get(element);
    if (known) return known;
    const chain: Element[] = [];
    let current: Element | null = element;
    while (current && !this.ancestorInfo.has(current)) {
      chain.push(current);
      current = parentElementOf(current);
    }
    let info = current ? this.ancestorInfo.get(current)! : NO_ANCESTORS;
    for (let i = chain.length - 1; i >= 0; i--) {
      info = this.extend(info, chain[i]!);
      this.ancestorInfo.set(chain[i]!, info);
    }
    return info;
  }

  private extend(outer: AncestorInfo, element: Element): AncestorInfo {
    let next: AncestorInfo | null = null;
    const set = <K extends keyof AncestorInfo>(key: K, value: AncestorInfo[K]): void => {
      next ??= { ...outer };
      next[key] = value;
    };
    const tag = tagOf(element);
    if (tag === 'LABEL') set('label', element);
    else if (tag === 'FIELDSET') set('fieldset', element);
    else if (tag === 'TD' || tag === 'TH') set('cell', element);
    else if (tag === 'FORM') set('form', element);
    if (!outer.hidden && hidesSubtree(element)) set('hidden', true);
    const role = element.getAttribute('role')?.trim().toLowerCase();
    if (role) {
      if (role === 'radiogroup') { set('radiogroup', element); set('ariaGroup', element); }
      else if (role === 'group' || role === 'list') set('ariaGroup', element);
      else if (CONTROL_ROLES.has(role)) set('ariaWidget', element);
    }
    const editable = element.getAttribute('contenteditable');
    if (editable !== null && editable.toLowerCase() !== 'false') set('editable', element);
    if (!outer.searchArea && isSearchArea(element, tag, role)) set('searchArea', true);
    const question = this.questionContainer(element);
    if (question) set('question', question);
    return next ?? outer;
  }

  private questionContainer(element: Element): QuestionContainer | null {
    let candidates: readonly CompiledFamily[] = FAMILIES_WITHOUT_CLASS;
    const tokens = classTokens(element);
    if (tokens.some((t) => FAMILY_CLASSES.has(t))) candidates = COMPILED_FAMILIES;
    for (const compiled of candidates) {
      if (!compiled.container.matches(element)) continue;
      const titleElement = element.querySelector(compiled.family.titleSelector);
      if (!titleElement) continue;
      const { text, required } = cleanLabel(textOf(titleElement));
      if (!text) continue;
      const helpElement = compiled.family.helpSelector ? element.querySelector(compiled.family.helpSelector) : null;
      return {
        element, family: compiled.family.name, title: text, titleElement,
        required: required || (compiled.required?.matches(element) ?? false) || hasRequiredClass(element) || hasRequiredClass(titleElement),
        help: helpElement ? textOf(helpElement) : '',
      };
    }
    return null;
  }
}

// Search and filter areas: a box there looks something up, it does not collect an answer.
// Tokens of id/class (split on -, _, spaces and camelCase), not substrings: "research" is no search.
const SEARCH_TOKENS = new Set(['search', 'searchbox', 'searchbar', 'searchform', 'sousuo', 'chaxun', 'query', 'filter', 'filters']);

function isSearchArea(element: Element, tag: string, role: string | undefined): boolean {
  if (role === 'search' || tag === 'SEARCH') return true;
  const names = `${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`;
  if (names.length < 5) return false;
  return names.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_-]+/).some((t) => SEARCH_TOKENS.has(t));
}

export function hasRequiredClass(element: Element): boolean {
  return classTokens(element).some((t) => REQUIRED_CLASSES.has(t));
}
