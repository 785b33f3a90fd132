// Consent controls: checkboxes, switches and "agree" radios bound to a consent statement, whether
// they start on (认定方法 三.4; GDPR Art. 4(11), Planet49), and what sensitive data they name.
import type { ConsentControl } from '../types';
import { CHECKBOX_WIDGET_ON_CLASSES, SWITCH_WIDGETS } from './lexicon';
import { collapse, isElement, parentOf, type Root, tagOf, textOf } from './dom';
import type { PageSurvey } from './survey';
import { cssEscape } from '../dom/css-escape';
import type { Meter, Pacer, Steps } from '../steps';
import { isConsentStatement, isIntlCandidate } from './statements';

/**
 * A consent control as the DOM half reports it: what its statement names is read from the text
 * where the vocabularies live (resolveNotice), not in the page.
 */
export type CollectedConsentControl = Omit<ConsentControl, 'names' | 'namedFamilies'>;

/** Where a consent control sits, so later steps can measure its statement's style. */
export interface FoundConsentControl extends CollectedConsentControl {
  element: Element;
  statementElement: Element;
  /** Bound to a statement in another language: resolveNotice confirms it (notice/languages.ts). */
  pending: boolean;
}

/** Consent in Chinese or English, a candidate in another language, or neither. */
function consentStatus(text: string): 'consent' | 'pending' | null {
  return isConsentStatement(text) ? 'consent' : isIntlCandidate(text) ? 'pending' : null;
}

const AGREE_OPTION =
  /^(我|本人)?(已阅读并|已閱讀並)?(同意|接受|授权|授權|允许|允許|是|agree|i agree|yes|accept|i accept|i consent)/i;
const REFUSE_OPTION = /不同意|不接受|不授权|不授權|拒绝|拒絕|不允许|disagree|decline|do not|don't|\bno\b|否/i;
const SHORT_STATEMENT = 14;
const MAX_STATEMENT = 600;
/** Nodes read for one statement at most: a label wrapping 50,000 empty elements costs what a short one does. */
const MAX_STATEMENT_NODES = 400;
/** Siblings read after a control, and ids of an aria-labelledby list, at most. */
const MAX_ADJACENT = 32;
const MAX_REFERENCES = 16;
/** A label wraps its control closely; looking further only costs time on deep pages. */
const MAX_LABEL_DEPTH = 8;

function switchWidgetOf(el: Element): { widget: Element; on: readonly string[] } | null {
  for (let cur: Element | null = el, depth = 0; cur && depth < 4; cur = parentOf(cur), depth++) {
    const classes = (cur.getAttribute('class') ?? '').split(/\s+/);
    const kit = SWITCH_WIDGETS.find((w) => classes.includes(w.base));
    if (kit) return { widget: cur, on: kit.on };
  }
  return null;
}

function classList(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

export function isPreChecked(control: Element): boolean {
  if (control.hasAttribute('checked')) return true;
  // The live property catches boxes ticked by script on load (browser only; linkedom mirrors the attribute).
  if ((control as HTMLInputElement).checked === true && tagOf(control) === 'INPUT') return true;
  if (control.getAttribute('aria-checked') === 'true') return true;
  const switchWidget = switchWidgetOf(control);
  if (switchWidget) {
    const { widget, on } = switchWidget;
    if (classList(widget).some((c) => on.includes(c))) return true;
    if (widget.getAttribute('aria-checked') === 'true') return true;
  }
  // Checkbox kits that hide the native input: the wrapper (up to two levels) carries the "checked" class.
  for (let cur = parentOf(control), depth = 0; cur && depth < 2; cur = parentOf(cur), depth++) {
    if (classList(cur).some((c) => CHECKBOX_WIDGET_ON_CLASSES.includes(c) && (c !== 'checked' || depth === 0)))
      return true;
    if (cur.getAttribute('aria-checked') === 'true') return true;
  }
  return false;
}

type PageIndex = Pick<PageSurvey, 'labelsFor' | 'radiosByName'>;

/** A statement's text, bounded in characters and nodes; `meter` counts what was read. */
function statementText(el: Element, meter: Meter, limit = MAX_STATEMENT): string {
  return textOf(el, limit, meter, MAX_STATEMENT_NODES);
}

function labelText(
  control: Element,
  root: Root,
  index: PageIndex,
  meter: Meter,
): { text: string; element: Element | null } {
  const id = control.getAttribute('id');
  const forLabel = id ? index.labelsFor.get(id) : undefined;
  if (forLabel) return { text: statementText(forLabel, meter), element: forLabel };
  for (let cur = parentOf(control), depth = 0; cur && depth < MAX_LABEL_DEPTH; cur = parentOf(cur), depth++) {
    if (tagOf(cur) === 'LABEL') return { text: statementText(cur, meter), element: cur };
  }
  const aria = control.getAttribute('aria-label');
  if (aria) return { text: collapse(aria), element: null };
  // An ARIA widget (Vant's <div role="checkbox">…<span>我已阅读并同意</span></div>) carries its text inside.
  if (tagOf(control) !== 'INPUT') {
    const inside = statementText(control, meter);
    if (inside) return { text: inside, element: control };
  }
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    // By id, which browsers look up in their id map (an attribute selector walked the whole root).
    const parts = labelledBy
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, MAX_REFERENCES)
      .map((ref) => root.querySelector(`#${cssEscape(ref)}`));
    const first = parts.find(isElement) ?? null;
    return { text: collapse(parts.map((p) => (p ? statementText(p, meter) : '')).join(' ')), element: first };
  }
  // Layui keeps the visible text in the input's title and draws it in a generated sibling.
  const title = control.getAttribute('title');
  if (title) return { text: collapse(title), element: null };
  return { text: '', element: null };
}

/** Text right after the control (siblings), as in `<input type=checkbox> 我已阅读并同意…`. */
function adjacentText(control: Element, meter: Meter): { text: string; element: Element | null } {
  const anchor = switchWidgetOf(control)?.widget ?? control;
  const parts: string[] = [];
  let element: Element | null = null;
  let length = 0;
  let read = 0;
  for (let n = anchor.nextSibling; n && length < MAX_STATEMENT && read < MAX_ADJACENT; n = n.nextSibling, read++) {
    if (isElement(n) && /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(tagOf(n))) break;
    const t = isElement(n) ? statementText(n, meter) : (n.nodeValue ?? '').slice(0, MAX_STATEMENT);
    if (isElement(n) && !element && t.trim()) element = n;
    parts.push(t);
    length += t.length;
  }
  meter.units += read;
  return { text: collapse(parts.join(' ')), element: element ?? parentOf(anchor) };
}

/**
 * The smallest ancestor that holds every radio of the group (the question), if it stays short.
 * Found once per group (`questions`): a group of 10,000 "agree" radios looked for it 10,000 times.
 */
function radioQuestion(
  control: Element,
  index: PageIndex,
  meter: Meter,
  questions: Map<Element[], Element | null>,
): Element | null {
  const name = control.getAttribute('name');
  const group = (name && index.radiosByName.get(name)) || [control];
  const known = tagOf(control) === 'INPUT' ? questions.get(group) : undefined;
  if (known !== undefined) return known;
  let question: Element | null = null;
  for (let cur = parentOf(control); cur; cur = parentOf(cur)) {
    meter.units += group.length;
    if (group.every((r) => cur.contains(r))) {
      question = statementText(cur, meter, MAX_STATEMENT + 1).length <= MAX_STATEMENT ? cur : null;
      break;
    }
  }
  // Only a native radio is a member of its name's group (a role=radio elsewhere is not).
  if (group.length > 1 && tagOf(control) === 'INPUT') questions.set(group, question);
  return question;
}

/** The statement a control is bound to, or null when it is not a consent control. */
function statementOf(
  control: Element,
  root: Root,
  index: PageIndex,
  meter: Meter,
  questions: Map<Element[], Element | null>,
): { text: string; element: Element; pending: boolean } | null {
  const isRadio =
    tagOf(control) === 'INPUT'
      ? control.getAttribute('type')?.toLowerCase() === 'radio'
      : control.getAttribute('role') === 'radio';
  const own = labelText(control, root, index, meter);
  const adjacent = own.text ? own : adjacentText(control, meter);
  let text = adjacent.text;
  let element = adjacent.element ?? control;
  if (isRadio) {
    // Only the "agree" option of a consent question is a consent control.
    if (!AGREE_OPTION.test(text) || REFUSE_OPTION.test(text)) return null;
    const question = radioQuestion(control, index, meter, questions);
    if (!question) return null;
    text = statementText(question, meter);
    element = question;
  } else if (text.length < SHORT_STATEMENT) {
    // "同意" / "I agree" beside the box: the statement is the block around it.
    const container = parentOf(switchWidgetOf(control)?.widget ?? control);
    const around = container ? (parentOf(container) ?? container) : null;
    for (const block of [container, around]) {
      if (!block) continue;
      const t = statementText(block, meter, MAX_STATEMENT + 1);
      if (t.length <= MAX_STATEMENT && consentStatus(t) !== null) {
        text = t;
        element = block;
        break;
      }
    }
  }
  const status = text ? consentStatus(text) : null;
  return status ? { text, element, pending: status === 'pending' } : null;
}

/**
 * The consent controls among the survey's toggles, as a pass that pauses; `meter` is the one
 * `pacer` counts (each control's reads end the step with it).
 */
export function* findConsentControlsSteps(
  root: Root,
  survey: PageSurvey,
  pacer: Pacer,
  meter: Meter,
): Steps<FoundConsentControl[]> {
  const found: FoundConsentControl[] = [];
  const questions = new Map<Element[], Element | null>();
  for (const el of survey.toggles) {
    if (pacer.due()) yield;
    const statement = statementOf(el, root, survey, meter, questions);
    if (!statement) continue;
    const selector = survey.selectorOf(el);
    meter.units += selector.length >> 6; // as long as the box is deep
    found.push({
      selector,
      text: statement.text,
      preChecked: isPreChecked(el),
      element: el,
      statementElement: statement.element,
      pending: statement.pending,
    });
  }
  return found;
}
