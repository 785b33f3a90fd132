// One pass over the page for everything notice-related; detectNotice and collectPageFacts both read it.
import type { FieldDescriptor, ReportField } from '../types';
import { findNoticeBlocksSteps, type NoticeBlock } from './blocks';
import { findConsentControls, type FoundConsentControl } from './consent';
import { shadowResolver } from '../dom/resolve-selector';
import { type Root, selectorOf } from './dom';
import { type PageSurvey, surveyPageSteps } from './survey';
import { Pacer, type Steps } from '../steps';
import { findNoticeLinks, type FoundNoticeLink } from './links';

export interface NoticeAnalysis {
  /** The page walked once, shared by the finders. */
  survey: PageSurvey;
  links: FoundNoticeLink[];
  consentControls: FoundConsentControl[];
  blocks: NoticeBlock[];
  /** Everything the page itself says in its notice: blocks and consent statements. */
  noticeText: string;
  found: boolean;
  /** Candidates in other languages, for resolveNotice to confirm (not counted in `found`). */
  pending: {
    links: FoundNoticeLink[];
    consentControls: FoundConsentControl[];
    blocks: NoticeBlock[];
  };
}

/**
 * Use the extractor's selector for a control it already reported, so reports agree on names.
 * Descriptors are indexed by id and name, and only the few candidates of an element are resolved,
 * so this stays linear on pages with thousands of controls.
 */
export function selectorResolver(root: Root, descriptors: readonly FieldDescriptor[]): (el: Element) => string {
  const byKey = new Map<string, FieldDescriptor[]>();
  const add = (key: string | null, d: FieldDescriptor): void => {
    if (!key) return;
    const list = byKey.get(key);
    if (list) list.push(d);
    else byKey.set(key, [d]);
  };
  // One resolver for the whole map: deep shadow trees would cost one query per level per selector.
  const resolve = shadowResolver(root);
  const anonymous = new Map<Element, string>(); // controls with neither id nor name: resolved up front
  for (const d of descriptors) {
    add(d.id && `id:${d.id}`, d);
    add(d.name && `name:${d.name}`, d);
    if (!d.id && !d.name) {
      const el = resolve(d.selector);
      if (el && !anonymous.has(el)) anonymous.set(el, d.selector);
    }
  }
  return (el) => {
    const known = anonymous.get(el);
    if (known) return known;
    const candidates = [
      ...(byKey.get(`id:${el.getAttribute('id')}`) ?? []),
      ...(byKey.get(`name:${el.getAttribute('name')}`) ?? []),
    ];
    for (const d of candidates) {
      for (const selector of [d.selector, ...d.groupSelectors]) if (resolve(selector) === el) return selector;
    }
    return selectorOf(el);
  };
}

/** The notice analysis as a pass that pauses (see steps.ts): the page walk and the block search are the long parts. */
export function* analyzeNoticeSteps(
  root: Root,
  descriptors: readonly FieldDescriptor[],
  fields: readonly ReportField[],
  maxElements = Infinity,
): Steps<NoticeAnalysis> {
  const pacer = new Pacer();
  const selectorFor = selectorResolver(root, descriptors);
  const survey = yield* surveyPageSteps(root, maxElements, pacer);
  const allLinks = findNoticeLinks(root, selectorFor, survey);
  const allControls = findConsentControls(root, fields, selectorFor, survey);
  const allBlocks = yield* findNoticeBlocksSteps(survey.elements, pacer);
  const links = allLinks.filter((l) => !l.pending);
  const consentControls = allControls.filter((c) => !c.pending);
  const blocks = allBlocks.filter((b) => !b.pending);
  const pending = {
    links: allLinks.filter((l) => l.pending),
    consentControls: allControls.filter((c) => c.pending),
    blocks: allBlocks.filter((b) => b.pending),
  };
  const statements = consentControls
    .filter((c) => !blocks.some((b) => b.element.contains(c.statementElement)))
    .map((c) => c.text);
  const noticeText = [...blocks.map((b) => b.text), ...statements].join('\n');
  const found = links.length > 0 || consentControls.length > 0 || blocks.length > 0;
  return { survey, links, consentControls, blocks, noticeText, found, pending };
}
