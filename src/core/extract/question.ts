// Recover the texts of one question (a control, or a radio/checkbox group), most trusted first:
// <label for>/wrapping label, aria-labelledby, aria-label, title, placeholder, <legend>, table
// cell/header, the family's question title, the nearest preceding text; then options and help.
//
// Why not dom-accessibility-api's computeAccessibleName: measured on linkedom it costs ~3 ms per
// control on a 100-control page and ~195 ms per control on a 1,000-control page (it re-queries the
// whole document for every name), i.e. O(n²): hours on a 10,000-control page. It also stops at the
// accessible name, while we need the table / question-container / preceding-text sources that
// OA pages rely on. The W3C sources it covers (label, aria-labelledby, aria-label, title,
// placeholder) are read here directly with per-root maps.

import { attr, classTokens, tagOf } from '../dom/attributes';
import { parentElementOf } from '../dom/roots';
import { compileSimpleSelector, findAll } from '../dom/simple-selector';
import { bounded, cleanLabel, clip, normalizeText, textOf } from '../dom/text';
import type { ControlText, TextSource } from '../types';
import { hasRequiredClass, type AncestorInfo, type RootContext } from './context';
import { bareLabelBefore, followingText, precedingText, wrappingLabelText } from './nearby-text';

export interface QuestionTexts {
  label: string;
  texts: ControlText[];
  required: boolean;
  /** Short parts of long or assembled question texts (FieldDescriptor.parts). */
  parts: ControlText[];
}

const MAX_OPTIONS = 40;
/** Parts sent per question, and their length: a question's own words are short. */
const MAX_PARTS = 12;
const PART_CHARS = 48;
/** Characters of a question text kept in `texts` (its end goes to `parts` when longer). */
const QUESTION_CHARS = 120;
/** aria-labelledby: characters of the id list looked up, and elements whose text is read. */
const REF_LIST_CHARS = 8192;
const MAX_REFS = 32;
/** Nodes read per referenced element when there are several. */
const REF_NODES = 40;
/** <label for> elements read per control. */
const MAX_LABELS = 8;
/** Characters from which the text after a lone checkbox is its label rather than an answer. */
const MIN_INLINE_LABEL = 4;
/** Sources that name the question itself (not options or help). */
const QUESTION_SOURCES = new Set<TextSource>([
  'label',
  'aria-labelledby',
  'aria-label',
  'title',
  'placeholder',
  'legend',
  'table-cell',
  'table-header',
  'question-title',
  'preceding-text',
]);
/** Sources weak enough that the nearest preceding text is still worth reading. */
const WEAK_SOURCES = new Set<TextSource>(['title', 'placeholder']);
/**
 * Answer words: a lone box labelled with one answers the question written before it (the cell
 * above: "遗传病史" over "☐ 无"). Any other word beside a box is its own question ("☐ 发热",
 * "☐ Cough") and must not take the label of another cell. Other languages' yes/no/none words
 * are short (ja, oui, sí, tak, нет): any word of up to three letters counts as an answer.
 */
const ANSWER_WORDS =
  /^(是|否|有|无|無|没有|沒有|需要|不需要|同意|不同意|yes|none|n\/a|[a-zà-ÿа-я]{1,3}|はい|いいえ|예|아니오)$/i;

const HELP_CLASSES = new Set([
  'help-block',
  'form-text',
  'help',
  'hint',
  'tips',
  'tip',
  'form-tip',
  'weui-cell__desc',
  'van-field__error-message',
]);

export interface QuestionInput {
  ctx: RootContext;
  /** First control of the question. */
  control: Element;
  /** Every control of a radio/checkbox group (length 1 otherwise). */
  members: Element[];
  /** Radio/checkbox-like (its own label is an option when it belongs to a group). */
  choice: boolean;
  ancestors: AncestorInfo;
  /** Whether the question container holds other questions too (its title is then not ours). */
  sharedContainer: boolean;
  /** An <input type=hidden> kept as a possible collector. */
  hiddenInput: boolean;
}

export function describeQuestion(input: QuestionInput): QuestionTexts {
  const { ctx, control, members, choice, ancestors } = input;
  const texts: ControlText[] = [];
  const parts: ControlText[] = [];
  let required = false;
  const part = (source: TextSource, text: string): void => {
    if (text && parts.length < MAX_PARTS && !parts.some((p) => p.text === text)) parts.push({ source, text });
  };
  const add = (source: TextSource, raw: string): void => {
    const cleaned = cleanLabel(bounded(raw));
    const question = QUESTION_SOURCES.has(source);
    if (cleaned.required && question) required = true;
    // Only the start of a long question is kept below; its end, nearest the control, is a part.
    if (question && cleaned.text.length > QUESTION_CHARS) part(source, cleaned.text.slice(-PART_CHARS));
    const text = clip(cleaned.text, source === 'help' ? 200 : QUESTION_CHARS);
    if (!text || texts.some((t) => t.source === source && t.text === text)) return;
    texts.push({ source, text });
  };

  const grouped = choice && members.length > 1;
  const options: string[] = [];
  let trailing = '';
  // 1. <label for> / wrapping label: the question for ordinary controls, an option inside a group.
  for (const member of grouped ? members.slice(0, MAX_OPTIONS) : [control]) {
    const own = ownLabels(ctx, member);
    let optionText = own
      .map((l) => (l.getAttribute('for') ? textOf(l, 400, ctx.meter) : wrappingLabelText(l, member)))
      .filter(Boolean)
      .join(' ');
    if (own.some(hasRequiredClass)) required = true;
    // A lone checkbox labelled with an answer word ("需要", "是", "无") answers the question
    // written before it; a longer label ("我已阅读并同意…") is its question.
    if (!grouped && optionText && !(choice && normalizeText(optionText).length < MIN_INLINE_LABEL)) {
      add('label', optionText);
      continue;
    }
    if (!optionText && choice) {
      // An ARIA radio/checkbox's own text is its option; a native one's is the text after it.
      optionText =
        member.hasAttribute('role') && tagOf(member) !== 'INPUT'
          ? textOf(member, 400, ctx.meter)
          : followingText(member);
      optionText ||= attr(member, 'aria-label') ?? '';
      // A lone checkbox: the text after it is its label ("<input type=checkbox>我已阅读并同意…")
      // unless a question precedes it ("遗传病史：<input type=checkbox>无") — decided below.
      if (!grouped) {
        trailing = normalizeText(optionText);
        continue;
      }
    }
    if (optionText) options.push(normalizeText(optionText));
  }

  // 2–5. ARIA and attribute sources (a group reads its radiogroup/group element first).
  const holders = grouped ? [ancestors.ariaGroup, control].filter((e): e is Element => e !== null) : [control];
  for (const holder of holders) {
    const labelledBy = attr(holder, 'aria-labelledby');
    if (labelledBy)
      add(
        'aria-labelledby',
        idsText(ctx, labelledBy, control, (text) => part('aria-labelledby', text)),
      );
    const ariaLabel = attr(holder, 'aria-label');
    if (ariaLabel && !(grouped && holder === control)) add('aria-label', ariaLabel);
  }
  const title = attr(control, 'title');
  if (title) add('title', title);
  const placeholder =
    attr(control, 'placeholder') ?? attr(control, 'data-placeholder') ?? attr(control, 'aria-placeholder');
  if (placeholder) add('placeholder', placeholder);

  // A hidden input has no visible question: only its name speaks (the texts around it belong to
  // the visible controls nearby).
  if (input.hiddenInput) return { label: pickLabel(texts), texts, required, parts };

  // 6. <legend> of the enclosing fieldset.
  if (ancestors.fieldset) {
    const legend = firstChildByTag(ancestors.fieldset, 'LEGEND');
    if (legend) add('legend', textOf(legend, 400, ctx.meter));
  }

  // 7. Table layouts: the cell to the left / above, the column header; one outer table if nested.
  let cell = ancestors.cell;
  let gridLabel = '';
  for (let depth = 0; cell && depth < 2; depth++) {
    const found = ctx.tables.textsFor(cell);
    // A lone checkbox with its own sentence ("<td><input type=checkbox>我已阅读…</td>") is not
    // labelled by the paragraph in the row above.
    if (found.fromAbove && trailing && (trailing.length >= MIN_INLINE_LABEL || !ANSWER_WORDS.test(trailing)))
      found.cell = '';
    if (found.cell) add('table-cell', found.cell);
    if (found.header) add('table-header', found.header);
    // A grid (header row, a control per cell) is titled by its caption or the heading above it:
    // "返校前7天体温记录（℃）" + "第1天"; "家庭成员" + "姓名".
    if (found.header && !found.cell && found.title) {
      add('question-title', found.title);
      gridLabel = `${cleanLabel(found.title).text} ${cleanLabel(found.header).text}`;
    }
    if (found.cell || found.header) break;
    const outerStart = parentElementOf(cell);
    cell = outerStart ? ctx.ancestorsOf(outerStart).cell : null;
  }

  // 8. The question title of the enclosing question container (WJX, Google Forms, Element…).
  const question = ancestors.question;
  if (question && !input.sharedContainer && !isOwnLabel(ctx, question.titleElement, control)) {
    add('question-title', question.title);
    if (question.required) required = true;
  }

  // 9. The nearest preceding text, when nothing better names the question.
  if (!texts.some((t) => QUESTION_SOURCES.has(t.source) && !WEAK_SOURCES.has(t.source))) {
    const hasPrompt = texts.some((t) => t.source === 'placeholder' || t.source === 'title');
    const preceding = precedingText(control, options.length ? new Set(options) : undefined, hasPrompt ? 1 : undefined);
    // A bare text node right before a text box in the same parent ("Name: <input>") is its label,
    // believed as one; otherwise the nearest fragment is the likeliest label ("…请如实填写。姓名：<input>").
    const bare = choice ? '' : bareLabelBefore(control);
    if (bare && normalizeText(preceding.nearest) === bare) add('label', bare);
    if (preceding.nearest) add('preceding-text', preceding.nearest);
    if (preceding.all && preceding.all !== preceding.nearest) add('preceding-text', preceding.all);
  }

  if (trailing) {
    if (texts.some((t) => QUESTION_SOURCES.has(t.source) && !WEAK_SOURCES.has(t.source))) options.unshift(trailing);
    else {
      const cleaned = cleanLabel(trailing);
      if (cleaned.required) required = true;
      texts.unshift({ source: 'label', text: clip(cleaned.text) });
    }
  }

  // Options: group members, select options, ARIA listbox options, datalist.
  for (const text of optionTexts(ctx, control)) options.push(text);
  for (const option of options.slice(0, MAX_OPTIONS)) add('option', option);

  // Help text: aria-describedby, help siblings, the container's help.
  const describedBy = attr(control, 'aria-describedby');
  if (describedBy) add('help', idsText(ctx, describedBy, control));
  for (const help of helpSiblings(control)) add('help', help);
  if (question?.help && !input.sharedContainer) add('help', question.help);

  if (control.hasAttribute('required') || control.getAttribute('aria-required') === 'true') required = true;
  if (members.some((m) => m.hasAttribute('required'))) required = true;

  const picked = pickLabel(texts);
  return { label: gridLabel && texts[0]?.source === 'table-header' ? gridLabel : picked, texts, required, parts };
}

/**
 * The label shown for the question. `texts` keep the order of trust of the issue (title and
 * placeholder before legend, table and question title); the label shown, though, prefers a
 * structural label over a title or placeholder, which are mostly prompts ("请输入", "yyyy-mm-dd")
 * when a visible label exists. Title/placeholder name the question only when nothing else does.
 */
function pickLabel(texts: ControlText[]): string {
  const strong = texts.find((t) => QUESTION_SOURCES.has(t.source) && !WEAK_SOURCES.has(t.source));
  if (strong) return strong.text;
  const weak = texts.find((t) => QUESTION_SOURCES.has(t.source));
  if (weak) return weak.text;
  // Nothing names the question: its options do ("男 / 女").
  return texts
    .filter((t) => t.source === 'option')
    .slice(0, 4)
    .map((t) => t.text)
    .join(' / ');
}

/** <label for=id> labels and the wrapping label (same root only, as in the HTML spec). */
function ownLabels(ctx: RootContext, control: Element): Element[] {
  const labels: Element[] = [];
  const id = control.getAttribute('id');
  if (id) labels.push(...ctx.labelsFor(id).slice(0, MAX_LABELS));
  const wrapping = ctx.ancestorsOf(parentElementOf(control)).label;
  if (wrapping && !labels.includes(wrapping)) {
    const target = wrapping.getAttribute('for');
    if (!target || target === id) labels.push(wrapping);
  }
  return labels;
}

function isOwnLabel(ctx: RootContext, titleElement: Element, control: Element): boolean {
  return ownLabels(ctx, control).includes(titleElement);
}

/**
 * The text of the elements an aria-labelledby / aria-describedby names, in its order. Bounded:
 * ids are looked up in the first and last REF_LIST_CHARS / 2 characters of the list, texts read
 * from the first and last MAX_REFS / 2 elements and up to 8 beside the control, few nodes each
 * when there are several. With `onPart`, each short referenced text is also a part, those beside
 * the control first (a question's own label sits next to it; a page's boilerplate does not).
 */
function idsText(ctx: RootContext, ids: string, control: Element, onPart?: (text: string) => void): string {
  const list = (
    ids.length > REF_LIST_CHARS ? `${ids.slice(0, REF_LIST_CHARS / 2)} ${ids.slice(-REF_LIST_CHARS / 2)}` : ids
  )
    .split(/\s+/)
    .map((id) => ctx.byId(id))
    .filter((e): e is Element => e !== null);
  ctx.meter.units += list.length >> 3;
  const parent = control.parentNode;
  const near = (e: Element): number => +(e.parentNode === parent || e.parentNode === parent?.parentNode);
  let beside = 0;
  const refs = list
    .filter(
      (e, i) =>
        list.length <= MAX_REFS || i < MAX_REFS / 2 || i >= list.length - MAX_REFS / 2 || (near(e) && beside++ < 8),
    )
    .map((e) => ({ e, text: textOf(e, list.length > 1 ? REF_NODES : 400, ctx.meter) }));
  const whole = refs.map((r) => r.text).join(' ');
  if (onPart && refs.length > 1) {
    for (const { text } of refs.sort((a, b) => near(b.e) - near(a.e))) {
      const cleaned = cleanLabel(text).text;
      if (cleaned.length <= PART_CHARS) onPart(cleaned);
    }
  }
  return whole;
}

function firstChildByTag(parent: Element, tag: string): Element | null {
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling)
    if (tagOf(child) === tag) return child;
  return null;
}

function optionTexts(ctx: RootContext, control: Element): string[] {
  const tag = tagOf(control);
  if (tag === 'SELECT') return collectOptions(control, 'OPTION');
  if (tag === 'INPUT') {
    const list = attr(control, 'list');
    const datalist = list ? ctx.byId(list) : null;
    return datalist ? collectOptions(datalist, 'OPTION') : [];
  }
  const role = control.getAttribute('role');
  if (role === 'listbox' || role === 'combobox') {
    const owned = attr(control, 'aria-controls') ?? attr(control, 'aria-owns');
    const popup = owned ? ctx.byId(owned.split(/\s+/)[0]!) : null;
    return findAll(popup ?? control, OPTION_ROLE, MAX_OPTIONS, 1000)
      .map((o) => textOf(o, 40, ctx.meter))
      .filter(Boolean);
  }
  return [];
}

const OPTION_ROLE = compileSimpleSelector('[role=option]');

function collectOptions(parent: Element, tag: string): string[] {
  // Children and optgroup children only: no per-call selector compilation, no deep walk; at most
  // 1,000 of them (a list of 100,000 empty options costs the same as a short one).
  const out: string[] = [];
  let seen = 0;
  const visit = (container: Element): void => {
    for (
      let child = container.firstElementChild;
      child && out.length < MAX_OPTIONS && ++seen < 1000;
      child = child.nextElementSibling
    ) {
      const childTag = tagOf(child);
      if (childTag === 'OPTGROUP') {
        visit(child);
        continue;
      }
      if (childTag !== tag) continue;
      const text =
        textOf(child, 8) ||
        normalizeText(bounded(child.getAttribute('label') ?? '')) ||
        normalizeText(bounded(child.getAttribute('value') ?? ''));
      if (text) out.push(text);
    }
  };
  visit(parent);
  return out;
}

/** Help texts placed right after the control (Bootstrap .help-block / .form-text, <small>). */
function helpSiblings(control: Element): string[] {
  const out: string[] = [];
  let sibling = control.nextElementSibling;
  for (let i = 0; sibling && i < 3; i++, sibling = sibling.nextElementSibling) {
    if (tagOf(sibling) === 'SMALL' || classTokens(sibling).some((c) => HELP_CLASSES.has(c))) {
      const text = textOf(sibling, 100);
      if (text) out.push(text);
    }
  }
  return out;
}
