// Notice facts in two halves. collectNotice is the DOM half (the content script runs it: no
// classification vocabulary, no inline-script reader); resolveNotice adds what needs the fields'
// categories (the background, after classification). index.ts composes them for the CLI and tests.
import type { CategoryId } from '../taxonomy';
import type {
  FieldDescriptor,
  NoticeElement,
  NoticeLink,
  NoticeReport,
  PageFacts,
  ReportField,
  CollectedTextStyle,
} from '../types';
import { NOTICE_ELEMENTS } from '../types';
import { analyzeNoticeSteps, type NoticeAnalysis } from './analyze';
import { Pacer, runToEnd, type Meter, type Steps } from '../steps';
import { insideAny, MAX_CONTAINING_DEPTH, parentOf, type Root, resolveUrl, tagOf } from './dom';
import { hiddenFillsResolved, hiddenNameHints, type HiddenNameHint } from './hidden-fills';
import type { PageSurvey } from './survey';
import type { CollectedConsentControl } from './consent';

import { fieldsWithPurposeStated, introStatesPurpose, pageHeadings, pageIntroSteps, pageTitle } from './intro';
import { extraUsesIn, noticeElementsIn, withFamilies, withNamings } from './statements';
import { confirmPending, intlNoticeElementsIn, mergeElements } from './confirm';
import { withContrast } from './text-contrast';
import { isHidden, textStyleFacts, type StaticStyleReader } from './text-style';

/**
 * The notice as the DOM half sees it. Which notice elements it states is read from its text by
 * `resolveNotice`, where the vocabularies of notice elements, purposes and extra uses live: the
 * content script does not carry them.
 */
export type CollectedNoticeReport = Omit<NoticeReport, 'elements' | 'separateConsentFor'>;
/** Page facts less the three that are read from texts with those vocabularies (see resolveNotice). */
export type CollectedPageFacts = Omit<
  PageFacts,
  'extraUses' | 'fieldsWithPurposeStated' | 'introStatesPurpose' | 'noticeTextStyles' | 'consentControls'
> & { noticeTextStyles: CollectedTextStyle[]; consentControls: CollectedConsentControl[] };

function noticeReportFrom(analysis: NoticeAnalysis): CollectedNoticeReport {
  return {
    found: analysis.found,
    links: [...new Set(analysis.links.map((l) => l.href ?? ''))],
    consentControls: analysis.consentControls.map((c) => c.selector),
  };
}

/**
 * A notice kept in a dialog that a link or button opens is fine while hidden: it is shown on demand.
 * Those are left out of noticeTextStyles so "hidden" there always means "cannot be read".
 */
const DIALOG_CLASS = /\b(modal|dialog|popup|layer|drawer)\b/i;

function inDialog(el: Element): boolean {
  let cur: Element | null = el;
  for (let depth = 0; cur && depth <= MAX_CONTAINING_DEPTH; cur = parentOf(cur), depth++) {
    if (
      tagOf(cur) === 'DIALOG' ||
      cur.getAttribute('role') === 'dialog' ||
      DIALOG_CLASS.test(cur.getAttribute('class') ?? '')
    )
      return true;
  }
  return false;
}

type NoticeParts = Pick<NoticeAnalysis, 'blocks' | 'consentControls' | 'links'>;

/** Work of reading one notice text's style (computed styles of it and its layers), in pacer units. */
const STYLE_UNITS = 16;

/**
 * The style of each notice text that can be read on the page (dialogs and targets left out), as a
 * pass that pauses: a page of thousands of notice links read them all in one step.
 */
function* styleFactsSteps(
  parts: NoticeParts,
  survey: PageSurvey,
  statics: StaticStyleReader | undefined,
  pacer: Pacer,
  meter: Meter,
): Steps<[Element, CollectedTextStyle][]> {
  const blocks = new Set(parts.blocks.map((b) => b.element));
  const elements = [
    ...blocks,
    ...parts.consentControls.map((c) => c.statementElement).filter((e) => !insideAny(e, blocks)),
    ...parts.links.map((l) => l.element).filter((e) => !insideAny(e, blocks)),
  ];
  // Shown on demand: inside a hidden element that a link or button on the page opens. A target
  // on view is not "on demand": a skip link to #main (or a hidden <a href="#app"> a page adds)
  // must not take every notice inside it out of these facts.
  const targeted = (el: Element): boolean => {
    if (survey.targetIds.size === 0) return false;
    let cur: Element | null = el;
    for (let depth = 0; cur && depth <= MAX_CONTAINING_DEPTH; cur = parentOf(cur), depth++) {
      const id = cur.getAttribute('id');
      if (id && survey.targetIds.has(id) && isHidden(cur)) return true;
    }
    return false;
  };
  const facts: [Element, CollectedTextStyle][] = [];
  for (const e of new Set(elements)) {
    if (pacer.due(STYLE_UNITS)) yield;
    if (!inDialog(e) && !targeted(e)) facts.push([e, textStyleFacts(e, survey.selectorOf(e), statics, meter)]);
  }
  return facts;
}

/**
 * Candidates in other languages (INTL_NOTICE_CUE) with what resolveNotice needs to add them once
 * confirmed: their texts and the style of the text an employee would read.
 */
export interface PendingNotice {
  links: (NoticeLink & { style: CollectedTextStyle | null })[];
  consentControls: (CollectedConsentControl & { style: CollectedTextStyle | null })[];
  blocks: { text: string; style: CollectedTextStyle | null }[];
}

function pendingFrom(analysis: NoticeAnalysis, styles: ReadonlyMap<Element, CollectedTextStyle>): PendingNotice {
  const { pending } = analysis;
  return {
    links: pending.links.map(({ text, href, reachable, selector, element }) => ({
      text,
      href,
      reachable,
      selector,
      style: styles.get(element) ?? null,
    })),
    consentControls: pending.consentControls.map(({ selector, text, preChecked, statementElement }) => ({
      selector,
      text,
      preChecked,
      style: styles.get(statementElement) ?? null,
    })),
    blocks: pending.blocks.map(({ text, element }) => ({ text, style: styles.get(element) ?? null })),
  };
}

function formsOf(forms: readonly Element[], pageUrl: string): PageFacts['forms'] {
  return forms.map((form) => {
    const action = form.getAttribute('action');
    return {
      action: action && action.trim() ? resolveUrl(action.trim(), pageUrl) : null,
      method: (form.getAttribute('method') || 'get').toLowerCase(),
    };
  });
}

function scriptsOf(scripts: readonly Element[], pageUrl: string): PageFacts['scripts'] {
  return scripts.map((s) => {
    const src = s.getAttribute('src');
    return src && src.trim() ? { src: resolveUrl(src.trim(), pageUrl), inline: false } : { src: '', inline: true };
  });
}

function framesOf(elements: readonly Element[], pageUrl: string): string[] {
  return elements
    .filter((el) => (el.getAttribute('src') ?? '').trim())
    .map((el) => resolveUrl(el.getAttribute('src')!.trim(), pageUrl));
}

function pageFactsFrom(
  analysis: NoticeAnalysis,
  root: Root,
  pageUrl: string,
  statics: StaticReader,
  noticeTextStyles: CollectedTextStyle[],
  intro: string[],
): CollectedPageFacts {
  return {
    title: pageTitle(root),
    headings: pageHeadings(analysis.survey),
    intro,
    noticeLinks: analysis.links.map(({ text, href, reachable, selector }) => ({ text, href, reachable, selector })),
    consentControls: analysis.consentControls.map(({ selector, text, preChecked }) => ({ selector, text, preChecked })),
    noticeTextStyles,
    forms: formsOf(analysis.survey.forms, pageUrl),
    scripts: scriptsOf(analysis.survey.scripts, pageUrl),
    frames: framesOf(analysis.survey.frames, pageUrl),
    staticEarlyCollection: statics.scripts?.(analysis.survey) ?? [],
  };
}

/** The DOM half of notice analysis: everything that does not depend on the fields' categories. */
export interface CollectedNotice {
  /** separateConsentFor holds only the categories a statement names specifically. */
  notice: CollectedNoticeReport;
  /** consentControls carry `namedFamilies`; staticEarlyCollection holds the script evidence only. */
  page: CollectedPageFacts;
  /** What the page says in its notice (blocks and consent statements), for resolveNotice to read. */
  noticeText: string;
  hiddenNameHints: HiddenNameHint[];
  /** Notice candidates in other languages; resolveNotice keeps those notice/languages.ts confirms. */
  pending: PendingNotice;
}

/**
 * Reads inline scripts for static signs of collection before consent (early-collection.ts scriptEvidence).
 */
export type InlineScriptReader = (survey: PageSurvey) => PageFacts['staticEarlyCollection'];

/**
 * Static reading, passed in rather than imported: the CLI and preview read a page without a live
 * view of it — inline scripts for collection before consent, declared styles for readability
 * (static-style.ts). The extension has the main-world watch and computed styles, so the content
 * script carries neither reader.
 */
export interface StaticReader {
  scripts?: InlineScriptReader;
  styles?: StaticStyleReader;
}

/** `maxElements`: see surveyPage (the content script's bound on hostile pages). */
export function collectNotice(
  root: Document | ShadowRoot,
  pageUrl: string,
  statics: StaticReader = {},
  maxElements = Infinity,
): CollectedNotice {
  return runToEnd(collectNoticeSteps(root, pageUrl, statics, maxElements));
}

/** collectNotice as a pass that pauses (see steps.ts); the content script runs it in idle slices. */
export function* collectNoticeSteps(
  root: Document | ShadowRoot,
  pageUrl: string,
  statics: StaticReader = {},
  maxElements = Infinity,
): Steps<CollectedNotice> {
  const analysis = yield* analyzeNoticeSteps(root, maxElements);
  // One meter for what follows: an item's reads end the step with it (steps.ts).
  const meter: Meter = { units: 0 };
  const pacer = new Pacer(undefined, meter);
  const styles = yield* styleFactsSteps(analysis, analysis.survey, statics.styles, pacer, meter);
  const pendingStyles = yield* styleFactsSteps(analysis.pending, analysis.survey, statics.styles, pacer, meter);
  const intro = yield* pageIntroSteps(analysis.survey, pacer, meter);
  return {
    notice: noticeReportFrom(analysis),
    page: pageFactsFrom(
      analysis,
      root,
      pageUrl,
      statics,
      styles.map(([, facts]) => facts),
      intro,
    ),
    noticeText: analysis.noticeText,
    hiddenNameHints: hiddenNameHints(analysis.survey),
    pending: pendingFrom(analysis, new Map(pendingStyles)),
  };
}

const NO_ELEMENTS = Object.fromEntries(NOTICE_ELEMENTS.map((e) => [e, false])) as Record<NoticeElement, boolean>;

/**
 * The half that needs categories and the text vocabularies: family words expanded over the form's
 * fields, hidden fills placed, the notice elements, extra uses and stated purposes read.
 */
export function resolveNotice(
  collected: CollectedNotice,
  descriptors: FieldDescriptor[],
  fields: ReportField[],
): { notice: NoticeReport; page: PageFacts } {
  const intl = confirmPending(collected.pending);
  const found = collected.notice.found || intl.found;
  // What each statement names, read here from its text (the page reports the text only).
  const consentControls = [...collected.page.consentControls.map(withNamings), ...intl.consentControls].map((c) => ({
    ...c,
    names: withFamilies(c.names, c.namedFamilies ?? [], fields),
  }));
  const separate = new Set<CategoryId>();
  for (const control of consentControls) for (const c of control.names) separate.add(c);
  const noticeText = [collected.noticeText, ...intl.texts].filter(Boolean).join('\n');
  const elements = found ? mergeElements(noticeElementsIn(noticeText), intlNoticeElementsIn(noticeText)) : NO_ELEMENTS;
  return {
    notice: {
      ...collected.notice,
      found,
      links: [...new Set([...collected.notice.links, ...intl.links.map((l) => l.href ?? '')])],
      consentControls: [...collected.notice.consentControls, ...intl.consentControls.map((c) => c.selector)],
      elements,
      separateConsentFor: [...separate],
    },
    page: {
      ...collected.page,
      noticeLinks: [...collected.page.noticeLinks, ...intl.links],
      noticeTextStyles: [...collected.page.noticeTextStyles, ...intl.styles].map(withContrast),
      extraUses: [...new Set([...extraUsesIn(noticeText), ...intl.extraUses])],
      fieldsWithPurposeStated: fieldsWithPurposeStated(descriptors),
      introStatesPurpose: introStatesPurpose(collected.page.intro, collected.page.headings),
      consentControls,
      staticEarlyCollection: [
        ...collected.page.staticEarlyCollection,
        ...hiddenFillsResolved(collected.hiddenNameHints, descriptors, fields),
      ],
    },
  };
}
