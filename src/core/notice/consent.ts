// Consent controls: checkboxes, switches and "agree" radios bound to a consent statement, whether
// they start on (认定方法 三.4; GDPR Art. 4(11), Planet49), and what sensitive data they name.
import type { ConsentControl, ReportField } from '../types';
import { CHECKBOX_WIDGET_ON_CLASSES, SWITCH_WIDGETS } from './lexicon';
import { collapse, isElement, parentOf, type Root, tagOf, textOf } from './dom';
import type { PageSurvey } from './survey';
import { isConsentStatement, isIntlCandidate, namingsIn, withFamilies } from './statements';

/** Where a consent control sits, so later steps can measure its statement's style. */
export interface FoundConsentControl extends ConsentControl {
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

function labelText(control: Element, root: Root, index: PageIndex): { text: string; element: Element | null } {
  const id = control.getAttribute('id');
  const forLabel = id ? index.labelsFor.get(id) : undefined;
  if (forLabel) return { text: textOf(forLabel, MAX_STATEMENT), element: forLabel };
  for (let cur = parentOf(control), depth = 0; cur && depth < MAX_LABEL_DEPTH; cur = parentOf(cur), depth++) {
    if (tagOf(cur) === 'LABEL') return { text: textOf(cur, MAX_STATEMENT), element: cur };
  }
  const aria = control.getAttribute('aria-label');
  if (aria) return { text: collapse(aria), element: null };
  // An ARIA widget (Vant's <div role="checkbox">…<span>我已阅读并同意</span></div>) carries its text inside.
  if (tagOf(control) !== 'INPUT') {
    const inside = textOf(control, MAX_STATEMENT);
    if (inside) return { text: inside, element: control };
  }
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    const parts = labelledBy.split(/\s+/).map((ref) => root.querySelector(`[id="${ref.replace(/"/g, '')}"]`));
    const first = parts.find(isElement) ?? null;
    return { text: collapse(parts.map((p) => (p ? textOf(p, MAX_STATEMENT) : '')).join(' ')), element: first };
  }
  // Layui keeps the visible text in the input's title and draws it in a generated sibling.
  const title = control.getAttribute('title');
  if (title) return { text: collapse(title), element: null };
  return { text: '', element: null };
}

/** Text right after the control (siblings), as in `<input type=checkbox> 我已阅读并同意…`. */
function adjacentText(control: Element): { text: string; element: Element | null } {
  const anchor = switchWidgetOf(control)?.widget ?? control;
  const parts: string[] = [];
  let element: Element | null = null;
  for (let n = anchor.nextSibling; n && parts.join('').length < MAX_STATEMENT; n = n.nextSibling) {
    if (isElement(n) && /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(tagOf(n))) break;
    const t = isElement(n) ? textOf(n, MAX_STATEMENT) : (n.nodeValue ?? '');
    if (isElement(n) && !element && t.trim()) element = n;
    parts.push(t);
  }
  return { text: collapse(parts.join(' ')), element: element ?? parentOf(anchor) };
}

/** The smallest ancestor that holds every radio of the group (the question), if it stays short. */
function radioQuestion(control: Element, index: PageIndex): Element | null {
  const name = control.getAttribute('name');
  const group = (name && index.radiosByName.get(name)) || [control];
  for (let cur = parentOf(control); cur; cur = parentOf(cur)) {
    if (group.every((r) => cur.contains(r))) return textOf(cur, MAX_STATEMENT + 1).length <= MAX_STATEMENT ? cur : null;
  }
  return null;
}

/** The statement a control is bound to, or null when it is not a consent control. */
function statementOf(
  control: Element,
  root: Root,
  index: PageIndex,
): { text: string; element: Element; pending: boolean } | null {
  const isRadio =
    tagOf(control) === 'INPUT'
      ? control.getAttribute('type')?.toLowerCase() === 'radio'
      : control.getAttribute('role') === 'radio';
  const own = labelText(control, root, index);
  const adjacent = own.text ? own : adjacentText(control);
  let text = adjacent.text;
  let element = adjacent.element ?? control;
  if (isRadio) {
    // Only the "agree" option of a consent question is a consent control.
    if (!AGREE_OPTION.test(text) || REFUSE_OPTION.test(text)) return null;
    const question = radioQuestion(control, index);
    if (!question) return null;
    text = textOf(question, MAX_STATEMENT);
    element = question;
  } else if (text.length < SHORT_STATEMENT) {
    // "同意" / "I agree" beside the box: the statement is the block around it.
    const container = parentOf(switchWidgetOf(control)?.widget ?? control);
    const around = container ? (parentOf(container) ?? container) : null;
    for (const block of [container, around]) {
      if (!block) continue;
      const t = textOf(block, MAX_STATEMENT + 1);
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

function namesOf(
  text: string,
  fields: readonly Pick<ReportField, 'category'>[],
): Pick<ConsentControl, 'names' | 'namedFamilies'> {
  const { categories, families } = namingsIn(text);
  return { names: withFamilies(categories, families, fields), namedFamilies: families };
}

export function findConsentControls(
  root: Root,
  fields: readonly Pick<ReportField, 'category'>[],
  selectorFor: (el: Element) => string,
  survey: PageSurvey,
): FoundConsentControl[] {
  const found: FoundConsentControl[] = [];
  for (const el of survey.toggles) {
    const statement = statementOf(el, root, survey);
    if (!statement) continue;
    found.push({
      selector: selectorFor(el),
      text: statement.text,
      preChecked: isPreChecked(el),
      ...namesOf(statement.text, fields),
      element: el,
      statementElement: statement.element,
      pending: statement.pending,
    });
  }
  return found;
}
