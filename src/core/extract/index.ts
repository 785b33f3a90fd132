// extractFields: every control of a Document/ShadowRoot (and its open shadow roots), radio and
// checkbox groups folded into one question, each described by the texts a person sees.
// Linear in the size of the page: one TreeWalker pass per root, per-root maps built once
// (context.ts), memoized ancestor facts, bounded nearby-text walks.

import { attr, tagOf } from '../dom/attributes';
import { openShadowRoot, parentElementOf } from '../dom/roots';
import { hidesSubtree } from '../dom/visibility';
import { Pacer, runToEnd, type Meter, type Steps } from '../steps';
import type { FieldDescriptor } from '../types';
import { RootContext } from './context';
import { controlKind, descriptorType, isChoice, type ControlKind } from './controls';
import { describeQuestion } from './question';
import { holdsValue, isChecked } from './value';
import { listElements } from '../dom/walk';

export { shortValue } from './value';

export interface ExtractOptions {
  /** Scan only these subtrees (incremental rescans of added nodes); default: the whole root. */
  within?: (Element | ShadowRoot)[];
  /** Stop after this many questions (protects huge pages); default: no limit. */
  maxFields?: number;
}

export interface Extraction {
  descriptors: FieldDescriptor[];
  /** elements[i] is the first control of descriptors[i]. */
  elements: Element[];
  /** forms[i] is the form descriptors[i] belongs to (null when its formIndex is -1). */
  forms: (Element | null)[];
  /**
   * Every control walked, the members of a group and the widgets wrapping a native control too:
   * the content script's submit guard tells by them which controls a scan has read.
   */
  controls: Element[];
}

interface Candidate {
  element: Element;
  kind: ControlKind;
  ctx: RootContext;
}

/**
 * Work between pauses while describing questions, in the meter's units (nodes read, ancestors
 * met, references followed, 64 characters read): a plain question costs QUESTION_UNITS plus what
 * it read, so about 4 plain questions, or one built to be expensive, make a step. Small, because
 * the first pass runs cold (not yet optimized, ~4× slower): with 1,024 a cold step reached 11 ms
 * in Node and a 22 ms slice in Chromium; throughput is the same (10,000 controls in Node).
 */
const UNITS_PER_STEP = 256;
const QUESTION_UNITS = 48;

export function extractFields(root: Document | ShadowRoot, opts: ExtractOptions = {}): Extraction {
  return runToEnd(extractFieldsSteps(root, opts));
}

/** extractFields as a pass that pauses between small units of work (the content script's slices). */
export function* extractFieldsSteps(root: Document | ShadowRoot, opts: ExtractOptions = {}): Steps<Extraction> {
  const pacer = new Pacer();
  const meter: Meter = { units: 0 };
  const contexts = new ContextRegistry(root, meter);
  const candidates: Candidate[] = [];
  if (opts.within) {
    // Selectors need the whole root's ids and names: index it first, pausing as it goes.
    yield* contexts.contextFor(root).indexSteps(pacer);
    for (const start of coveringSubtrees(opts.within)) {
      if (start.nodeType === 11) {
        yield* collect(start, false, contexts.contextFor(start as ShadowRoot), contexts, candidates, false, pacer);
        continue;
      }
      const startRoot = start.getRootNode?.() as Document | ShadowRoot | undefined;
      const ctx = contexts.contextFor(
        startRoot && (startRoot.nodeType === 9 || startRoot.nodeType === 11) ? startRoot : root,
      );
      if (ctx !== contexts.contextFor(root)) yield* ctx.indexSteps(pacer);
      yield* collect(start, true, ctx, contexts, candidates, false, pacer);
    }
  } else {
    const ctx = contexts.contextFor(root);
    yield* collect(root, false, ctx, contexts, candidates, true, pacer);
    ctx.markIndexed();
  }
  meter.units = 0;
  const kept = yield* dropNestedWidgets(candidates, new Pacer(UNITS_PER_STEP, meter));
  const questions = yield* buildQuestions(
    kept,
    contexts,
    opts.maxFields ?? Number.POSITIVE_INFINITY,
    new Pacer(UNITS_PER_STEP, meter),
  );
  return { ...questions, controls: candidates.map((c) => c.element) };
}

/**
 * The subtrees to walk, each once: duplicates dropped, and a subtree inside another listed
 * subtree dropped (its controls are walked with the outer one). Mutation batches list the same
 * node many times, and a node together with its own children.
 */
function coveringSubtrees(starts: (Element | ShadowRoot)[]): (Element | ShadowRoot)[] {
  const listed = new Set<Node>(starts);
  const out: (Element | ShadowRoot)[] = [];
  const seen = new Set<Node>();
  for (const start of starts) {
    if (seen.has(start)) continue;
    seen.add(start);
    let inside = false;
    // Up through shadow boundaries too: a listed element covers the shadow trees of hosts inside it.
    for (let up = parentAcrossShadow(start); up; up = parentAcrossShadow(up)) {
      if (listed.has(up)) {
        inside = true;
        break;
      }
    }
    if (!inside) out.push(start);
  }
  return out;
}

function parentAcrossShadow(node: Node): Node | null {
  return node.parentNode ?? (node.nodeType === 11 ? ((node as ShadowRoot).host ?? null) : null);
}

/** One RootContext per root seen, with the host's selector as the prefix of a shadow root. */
class ContextRegistry {
  readonly #contexts = new Map<Node, RootContext>();
  readonly #serials = new Map<RootContext, number>();
  #formOffsets: Map<RootContext, number> | null = null;
  readonly #top: Document | ShadowRoot;
  readonly #meter: Meter;
  constructor(top: Document | ShadowRoot, meter: Meter) {
    this.#top = top;
    this.#meter = meter;
  }

  contextFor(root: Document | ShadowRoot): RootContext {
    let ctx = this.#contexts.get(root);
    if (ctx) return ctx;
    const host = root.nodeType === 11 && root !== this.#top ? (root as ShadowRoot).host : null;
    ctx = new RootContext(
      root,
      () => {
        if (!host) return '';
        const hostRoot = host.getRootNode?.() as Document | ShadowRoot | undefined;
        const hostCtx = this.contextFor(
          hostRoot && (hostRoot.nodeType === 9 || hostRoot.nodeType === 11) ? hostRoot : this.#top,
        );
        return `${hostCtx.selectors.selectorOf(host)} >>> `;
      },
      this.#meter,
    );
    this.#contexts.set(root, ctx);
    this.#serials.set(ctx, this.#serials.size);
    return ctx;
  }

  /** A number for each root (radio groups never span roots). */
  serialOf(ctx: RootContext): number {
    return this.#serials.get(ctx) ?? -1;
  }

  /** Forms are numbered in the order their roots were met (document first, then shadow roots). */
  formIndexOf(ctx: RootContext, form: Element | null): number {
    if (!this.#formOffsets) {
      // Computed once, after the walk: every root's form count is known by then.
      this.#formOffsets = new Map();
      let offset = 0;
      for (const other of this.#contexts.values()) {
        this.#formOffsets.set(other, offset);
        offset += other.formCount;
      }
    }
    return ctx.formIndexOf(form, this.#formOffsets.get(ctx) ?? 0);
  }
}

/**
 * Walk `start` in document order; controls go to `out`, open shadow roots are entered in place.
 * The elements are listed up front (a static list, cheap: wrappers are made as they are read), so a
 * pause in the middle cannot lose the walk's place when the page changes meanwhile.
 */
function* collect(
  start: Node,
  includeStart: boolean,
  ctx: RootContext,
  contexts: ContextRegistry,
  out: Candidate[],
  wholeRoot: boolean,
  pacer: Pacer,
): Steps<void> {
  const visit = (element: Element): void => {
    const tag = tagOf(element);
    // Most elements of a page (td, tr, span, p…) carry no attribute at all: nothing to read.
    if (element.hasAttributes()) {
      if (wholeRoot) ctx.index(element, tag);
      const kind = controlKind(element, tag);
      if (kind) out.push({ element, kind, ctx });
    } else if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
      out.push({ element, kind: 'native', ctx });
    } else if (tag === 'FORM' && wholeRoot) {
      ctx.index(element, tag); // forms are numbered whatever their attributes
    }
  };
  // A generator only for shadow hosts: one per element would double the cost of the walk.
  function* enter(shadow: ShadowRoot): Steps<void> {
    const inner = contexts.contextFor(shadow);
    // A shadow root indexed already (an incremental pass indexes the roots of its subtrees first)
    // is walked without counting its ids, names and forms a second time.
    yield* collect(shadow, false, inner, contexts, out, !inner.isIndexed, pacer);
    inner.markIndexed();
  }
  if (start.nodeType === 9) {
    // Walk every top-level element: broken markup (text before <!DOCTYPE> in JSP/PHP templates)
    // leaves linkedom with <head> and <body> as siblings under the document and no <html>.
    // (childNodes, not nextSibling: linkedom's doctype node has no nextSibling.)
    for (const child of Array.from(start.childNodes))
      if (child.nodeType === 1) yield* collect(child, true, ctx, contexts, out, wholeRoot, pacer);
    return;
  }
  if (includeStart && start.nodeType === 1) {
    visit(start as Element);
    const shadow = openShadowRoot(start as Element);
    if (shadow) yield* enter(shadow);
  }
  const descendants = yield* listElements(start as Element | ShadowRoot);
  for (let i = 0; i < descendants.length; i++) {
    const element = descendants[i]!;
    visit(element);
    const shadow = openShadowRoot(element);
    if (shadow) yield* enter(shadow);
    if (pacer.due()) yield;
  }
}

/**
 * An ARIA widget wrapping a native control (a role=combobox div around an <input>, a
 * role=checkbox label around a checkbox) is one control: keep the native one. Widgets nested in
 * widgets (a listbox popup inside a combobox) and editables nested in editables are parts.
 */
function* dropNestedWidgets(candidates: Candidate[], pacer: Pacer): Steps<Candidate[]> {
  const wrappers = new Set<Element>();
  for (const c of candidates) {
    // The first look at a control's ancestors reads them (question containers, their titles):
    // the pass pauses by that work.
    const widget = c.ctx.ancestorsOf(parentElementOf(c.element)).ariaWidget;
    if (widget && c.kind === 'native') wrappers.add(widget);
    if (pacer.due()) yield;
  }
  return candidates.filter((c) => {
    if (c.kind === 'native') return true;
    if (wrappers.has(c.element)) return false;
    const outer = c.ctx.ancestorsOf(parentElementOf(c.element));
    return c.kind === 'aria' ? outer.ariaWidget === null && outer.editable === null : outer.editable === null;
  });
}

interface Question {
  candidate: Candidate;
  members: Element[];
  choice: boolean;
}

function* buildQuestions(
  candidates: Candidate[],
  contexts: ContextRegistry,
  maxFields: number,
  pacer: Pacer,
): Steps<Omit<Extraction, 'controls'>> {
  const questions: Question[] = [];
  const groups = new Map<unknown, Question>();
  // Every loop over all the candidates pauses too: 20,000 of them were one step each (issue 14).
  for (const candidate of candidates) {
    if (pacer.due()) yield;
    const choice = isChoice(candidate.element, candidate.kind);
    const key = choice ? groupKey(candidate, choice, (ctx) => contexts.serialOf(ctx)) : null;
    const existing = key === null ? undefined : groups.get(key);
    if (existing) {
      existing.members.push(candidate.element);
      continue;
    }
    if (questions.length >= maxFields) break;
    const question: Question = { candidate, members: [candidate.element], choice: choice !== null };
    questions.push(question);
    if (key !== null) groups.set(key, question);
  }

  // Question containers that hold several questions (a Bootstrap .form-group with two inputs):
  // their title names only the first one.
  const questionsPerContainer = new Map<Element, number>();
  for (const q of questions) {
    const container = q.candidate.ctx.ancestorsOf(parentElementOf(q.candidate.element)).question?.element;
    if (container) questionsPerContainer.set(container, (questionsPerContainer.get(container) ?? 0) + 1);
    if (pacer.due()) yield;
  }
  const seenContainers = new Set<Element>();

  const descriptors: FieldDescriptor[] = [];
  const elements: Element[] = [];
  const forms: (Element | null)[] = [];
  for (const q of questions) {
    const { element, kind, ctx } = q.candidate;
    const ancestors = ctx.ancestorsOf(parentElementOf(element));
    const container = ancestors.question?.element;
    const sharedContainer = container
      ? seenContainers.has(container) && (questionsPerContainer.get(container) ?? 0) > 1
      : false;
    if (container) seenContainers.add(container);
    const type = descriptorType(element, kind);
    const hiddenInput = type === 'hidden';
    yield* ctx.tables.prepareSteps(ancestors.cell, pacer);
    const texts = describeQuestion({
      ctx,
      control: element,
      members: q.members,
      choice: q.choice,
      ancestors,
      sharedContainer,
      hiddenInput,
    });
    const formAttr = attr(element, 'form');
    const form = formAttr ? ctx.byId(formAttr) : ancestors.form;
    const checked = q.choice && q.members.some(isChecked);
    const formIndex = contexts.formIndexOf(ctx, form);
    const descriptor: FieldDescriptor = {
      selector: ctx.selectors.selectorOf(element),
      // Exactly as written (HR scripts match on them); only an empty attribute counts as absent.
      id: element.getAttribute('id') || null,
      name: element.getAttribute('name') || null,
      tag: element.tagName.toLowerCase(),
      type,
      label: texts.label,
      texts: texts.texts,
      autocomplete: attr(element, 'autocomplete'),
      groupSelectors: q.members.map((m) => ctx.selectors.selectorOf(m)),
      hidden: type === 'hidden' || ancestors.hidden || hidesSubtree(element),
      required: texts.required,
      readOnly:
        element.hasAttribute('readonly') || (kind === 'aria' && element.getAttribute('aria-readonly') === 'true'),
      accept: type === 'file' ? attr(element, 'accept') : null,
      capture: type === 'file' && element.hasAttribute('capture') ? element.getAttribute('capture') || 'capture' : null,
      hasValue: q.choice ? checked : holdsValue(element, ctx.meter),
      checked,
      formIndex,
      inSearchArea: ancestors.searchArea,
    };
    // Only long or assembled questions have parts: ordinary descriptors stay as they were.
    if (texts.parts.length) descriptor.parts = texts.parts;
    descriptors.push(descriptor);
    elements.push(element);
    forms.push(formIndex < 0 ? null : form);
    // A group of 10,000 radios is one question with 10,000 selectors: its members count as work.
    if (pacer.due(QUESTION_UNITS + q.members.length)) yield;
  }
  return { descriptors, elements, forms };
}

/**
 * Radios group by (form, name) as browsers do; named checkboxes likewise ("hobby[]"); ARIA radios
 * by their radiogroup, ARIA checkboxes by their group/list. Unnamed native choices stand alone.
 */
function groupKey(candidate: Candidate, choice: 'radio' | 'checkbox', serialOf: (ctx: RootContext) => number): unknown {
  const { element, kind, ctx } = candidate;
  if (kind === 'aria') {
    const outer = ctx.ancestorsOf(parentElementOf(element));
    return (choice === 'radio' ? outer.radiogroup : outer.ariaGroup) ?? null;
  }
  const name = attr(element, 'name');
  if (!name) return null;
  const form = ctx.ancestorsOf(parentElementOf(element)).form;
  return `${choice}|${serialOf(ctx)}|${ctx.formIndexOf(form)}|${name}`;
}
