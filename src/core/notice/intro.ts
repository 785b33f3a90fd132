// The form's title, headings and introduction, and where a purpose is stated: in the intro
// ("为做好疫情防控，请填写…") or in a question / its help text (认定方法 二.3; PIPL Art. 30; GDPR Art. 13(1)(c)).
import type { FieldDescriptor, TextSource } from '../types';
import { ancestorFlag, collapse, ownText, type Root, tagOf, textOf } from './dom';
import type { PageSurvey } from './survey';
import type { Meter, Pacer, Steps } from '../steps';
import { statesPurpose } from './statements';

const MAX_INTRO_BLOCKS = 6;
const MAX_INTRO_CHARS = 600;
const MIN_INTRO_CHARS = 8;
const CONTROL_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const BLOCK_TAGS = new Set(['P', 'DIV', 'SPAN', 'TD', 'LI', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'FONT', 'DD', 'PRE']);
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'NAV',
  'HEADER',
  'BUTTON',
  'A',
  'LABEL',
  'OPTION',
  'SELECT',
]);
/** Texts of a question that may state why it is asked (options are answers, not explanations). */
const PURPOSE_SOURCES: ReadonlySet<TextSource> = new Set([
  'label',
  'aria-labelledby',
  'aria-label',
  'title',
  'placeholder',
  'legend',
  'question-title',
  'help',
  'table-header',
]);

/** document.title, which some DOMs (linkedom without a root element) throw on instead of returning "". */
function documentTitle(root: Root): string {
  try {
    const title = (root as Document).title;
    return typeof title === 'string' ? title : '';
  } catch {
    return '';
  }
}

export function pageTitle(root: Root): string {
  const title = documentTitle(root) || (root.querySelector('title')?.textContent ?? '');
  return collapse(title) || collapse(root.querySelector('h1')?.textContent ?? '');
}

/** Headings kept, and read at most (a page of 10,000 identical headings is not read to the end). */
const MAX_HEADINGS = 30;
const MAX_HEADINGS_READ = 200;
/** Nodes read of one heading or intro block at most. */
const MAX_TEXT_NODES = 400;

export function pageHeadings(survey: PageSurvey): string[] {
  const headings: string[] = [];
  for (const h of survey.headings.slice(0, MAX_HEADINGS_READ)) {
    const t = textOf(h, 300, undefined, MAX_TEXT_NODES);
    if (t && t.length <= 200 && !headings.includes(t)) headings.push(t);
    if (headings.length >= MAX_HEADINGS) break;
  }
  return headings;
}

function isDataControl(el: Element): boolean {
  if (!CONTROL_TAGS.has(tagOf(el))) return false;
  return !/^(hidden|submit|button|reset|image)$/i.test(el.getAttribute('type') ?? '');
}

/**
 * Description blocks: known family containers first, then the paragraphs before the first
 * control, as a pass that pauses (a page of thousands of elements before its form read them in
 * one step). `meter`: the one `pacer` counts.
 */
export function* pageIntroSteps(survey: PageSurvey, pacer: Pacer, meter: Meter): Steps<string[]> {
  const intro: string[] = [];
  const push = (text: string): void => {
    const t = text.slice(0, MAX_INTRO_CHARS);
    if (t.length >= MIN_INTRO_CHARS && !intro.some((x) => x.includes(t) || t.includes(x))) intro.push(t);
  };
  for (const el of survey.described) {
    if (intro.length >= MAX_INTRO_BLOCKS) break;
    if (pacer.due()) yield;
    push(textOf(el, MAX_INTRO_CHARS, meter, MAX_TEXT_NODES));
  }
  const skipped = ancestorFlag((el) => SKIP_TAGS.has(tagOf(el)));
  for (const el of survey.elements) {
    if (intro.length >= MAX_INTRO_BLOCKS) break;
    if (pacer.due()) yield;
    if (isDataControl(el)) break;
    if (
      !BLOCK_TAGS.has(tagOf(el)) ||
      collapse(ownText(el, MAX_INTRO_CHARS, meter)).length < MIN_INTRO_CHARS ||
      skipped(el)
    )
      continue;
    push(textOf(el, MAX_INTRO_CHARS, meter, MAX_TEXT_NODES));
  }
  return intro.slice(0, MAX_INTRO_BLOCKS);
}

export function introStatesPurpose(intro: readonly string[], headings: readonly string[]): boolean {
  return [...intro, ...headings].some(statesPurpose);
}

export function fieldsWithPurposeStated(descriptors: readonly FieldDescriptor[]): string[] {
  return descriptors
    .filter((d) =>
      [d.label, ...d.texts.filter((t) => PURPOSE_SOURCES.has(t.source)).map((t) => t.text)].some(
        (t) => t && statesPurpose(t),
      ),
    )
    .map((d) => d.selector);
}
