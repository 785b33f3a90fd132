// One pass over the page for everything notice-related; detectNotice and collectPageFacts both read it.
import type { FieldDescriptor, NoticeElement, ReportField } from '../types';
import { NOTICE_ELEMENTS } from '../types';
import { findNoticeBlocks, type NoticeBlock } from './blocks';
import { findConsentControls, type FoundConsentControl } from './consent';
import { resolveSelector, type Root, selectorOf } from './dom';
import { findNoticeLinks, type FoundNoticeLink } from './links';
import { noticeElementsIn } from './statements';

export interface NoticeAnalysis {
  links: FoundNoticeLink[];
  consentControls: FoundConsentControl[];
  blocks: NoticeBlock[];
  /** Everything the page itself says in its notice: blocks and consent statements. */
  noticeText: string;
  elements: Record<NoticeElement, boolean>;
  found: boolean;
}

/** Use the extractor's selector for a control it already reported, so reports agree on names. */
export function selectorResolver(root: Root, descriptors: readonly FieldDescriptor[]): (el: Element) => string {
  const known = new Map<Element, string>();
  for (const d of descriptors) {
    for (const selector of [d.selector, ...d.groupSelectors]) {
      const el = resolveSelector(root, selector);
      if (el && !known.has(el)) known.set(el, selector);
    }
  }
  return (el) => known.get(el) ?? selectorOf(el);
}

export function analyzeNotice(root: Root, descriptors: readonly FieldDescriptor[], fields: readonly ReportField[]): NoticeAnalysis {
  const selectorFor = selectorResolver(root, descriptors);
  const links = findNoticeLinks(root, selectorFor);
  const consentControls = findConsentControls(root, fields, selectorFor);
  const blocks = findNoticeBlocks(root);
  const statements = consentControls.filter((c) => !blocks.some((b) => b.element.contains(c.statementElement))).map((c) => c.text);
  const noticeText = [...blocks.map((b) => b.text), ...statements].join('\n');
  const found = links.length > 0 || consentControls.length > 0 || blocks.length > 0;
  const elements = found ? noticeElementsIn(noticeText) : (Object.fromEntries(NOTICE_ELEMENTS.map((e) => [e, false])) as Record<NoticeElement, boolean>);
  return { links, consentControls, blocks, noticeText, elements, found };
}
