// Notice facts in two halves. collectNotice is the DOM half (the content script runs it: no
// classification vocabulary, no inline-script reader); resolveNotice adds what needs the fields'
// categories (the background, after classification). index.ts composes them for the CLI and tests.
import type { CategoryId } from '../taxonomy';
import type {
  ConsentControl,
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
import { runToEnd, type Steps } from '../steps';
import { parentOf, type Root, resolveUrl, tagOf } from './dom';
import { hiddenFillsResolved, hiddenNameHints, type HiddenNameHint } from './hidden-fills';
import type { PageSurvey } from './survey';

import { fieldsWithPurposeStated, introStatesPurpose, pageHeadings, pageIntro, pageTitle } from './intro';
import { extraUsesIn, noticeElementsIn, withFamilies } from './statements';
import { confirmPending, intlNoticeElementsIn, mergeElements } from './confirm';
import { withContrast } from './text-contrast';
import { isHidden, textStyleFacts, type StaticStyleReader } from './text-style';

/**
 * The notice as the DOM half sees it. Which notice elements it states is read from its text by
 * `resolveNotice`, where the vocabularies of notice elements, purposes and extra uses live: the
 * content script does not carry them.
 */
export type CollectedNoticeReport = Omit<NoticeReport, 'elements'>;
/** Page facts less the three that are read from texts with those vocabularies (see resolveNotice). */
export type CollectedPageFacts = Omit<
  PageFacts,
  'extraUses' | 'fieldsWithPurposeStated' | 'introStatesPurpose' | 'noticeTextStyles'
> & { noticeTextStyles: CollectedTextStyle[] };

function noticeReportFrom(analysis: NoticeAnalysis): CollectedNoticeReport {
  const separate = new Set<CategoryId>();
  for (const control of analysis.consentControls) for (const c of control.names) separate.add(c);
  return {
    found: analysis.found,
    links: [...new Set(analysis.links.map((l) => l.href ?? ''))],
    consentControls: analysis.consentControls.map((c) => c.selector),
    separateConsentFor: [...separate],
  };
}

/**
 * A notice kept in a dialog that a link or button opens is fine while hidden: it is shown on demand.
 * Those are left out of noticeTextStyles so "hidden" there always means "cannot be read".
 */
const DIALOG_CLASS = /\b(modal|dialog|popup|layer|drawer)\b/i;

function inDialog(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = parentOf(cur)) {
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

/** The style of each notice text that can be read on the page (dialogs and targets left out). */
function styleFacts(parts: NoticeParts, survey: PageSurvey, statics?: StaticStyleReader): CollectedTextStyle[] {
  return styleFactsByElement(parts, survey, statics).map(([, facts]) => facts);
}

function styleFactsByElement(
  parts: NoticeParts,
  survey: PageSurvey,
  statics?: StaticStyleReader,
): [Element, CollectedTextStyle][] {
  const elements = [
    ...parts.blocks.map((b) => b.element),
    ...parts.consentControls
      .map((c) => c.statementElement)
      .filter((e) => !parts.blocks.some((b) => b.element.contains(e))),
    ...parts.links.map((l) => l.element).filter((e) => !parts.blocks.some((b) => b.element.contains(e))),
  ];
  const unique = [...new Set(elements)];
  // Shown on demand: inside a hidden element that a link or button on the page opens. A target
  // on view is not "on demand": a skip link to #main (or a hidden <a href="#app"> a page adds)
  // must not take every notice inside it out of these facts.
  const targeted = (el: Element): boolean => {
    if (survey.targetIds.size === 0) return false;
    for (let cur: Element | null = el; cur; cur = parentOf(cur)) {
      const id = cur.getAttribute('id');
      if (id && survey.targetIds.has(id) && isHidden(cur)) return true;
    }
    return false;
  };
  return unique
    .filter((e) => !inDialog(e) && !targeted(e))
    .map((e): [Element, CollectedTextStyle] => [e, textStyleFacts(e, statics)]);
}

/**
 * Candidates in other languages (INTL_NOTICE_CUE) with what resolveNotice needs to add them once
 * confirmed: their texts and the style of the text an employee would read.
 */
export interface PendingNotice {
  links: (NoticeLink & { style: CollectedTextStyle | null })[];
  consentControls: (ConsentControl & { style: CollectedTextStyle | null })[];
  blocks: { text: string; style: CollectedTextStyle | null }[];
}

function pendingFrom(analysis: NoticeAnalysis, statics?: StaticStyleReader): PendingNotice {
  const { pending } = analysis;
  const styles = new Map(styleFactsByElement(pending, analysis.survey, statics));
  return {
    links: pending.links.map(({ text, href, reachable, selector, element }) => ({
      text,
      href,
      reachable,
      selector,
      style: styles.get(element) ?? null,
    })),
    consentControls: pending.consentControls.map(
      ({ selector, text, preChecked, names, namedFamilies, statementElement }) => ({
        selector,
        text,
        preChecked,
        names,
        ...(namedFamilies?.length ? { namedFamilies } : {}),
        style: styles.get(statementElement) ?? null,
      }),
    ),
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
): CollectedPageFacts {
  return {
    title: pageTitle(root),
    headings: pageHeadings(analysis.survey),
    intro: pageIntro(analysis.survey),
    noticeLinks: analysis.links.map(({ text, href, reachable, selector }) => ({ text, href, reachable, selector })),
    consentControls: analysis.consentControls.map(({ selector, text, preChecked, names, namedFamilies }) => ({
      selector,
      text,
      preChecked,
      names,
      ...(namedFamilies?.length ? { namedFamilies } : {}),
    })),
    noticeTextStyles: styleFacts(analysis, analysis.survey, statics.styles),
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
  descriptors: FieldDescriptor[],
  statics: StaticReader = {},
  maxElements = Infinity,
): CollectedNotice {
  return runToEnd(collectNoticeSteps(root, pageUrl, descriptors, statics, maxElements));
}

/** collectNotice as a pass that pauses (see steps.ts); the content script runs it in idle slices. */
export function* collectNoticeSteps(
  root: Document | ShadowRoot,
  pageUrl: string,
  descriptors: FieldDescriptor[],
  statics: StaticReader = {},
  maxElements = Infinity,
): Steps<CollectedNotice> {
  const analysis = yield* analyzeNoticeSteps(root, descriptors, [], maxElements);
  return {
    notice: noticeReportFrom(analysis),
    page: pageFactsFrom(analysis, root, pageUrl, statics),
    noticeText: analysis.noticeText,
    hiddenNameHints: hiddenNameHints(analysis.survey),
    pending: pendingFrom(analysis, statics.styles),
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
  const consentControls = [...collected.page.consentControls, ...intl.consentControls].map((c) => ({
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
