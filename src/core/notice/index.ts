// Notice module: what the page says about notice, consent and purpose, as static facts from a DOM.
//   detectNotice      → the report's `notice` (shared/spec/report.md)
//   collectPageFacts  → PageFacts for the evaluator (issues 9 and 10)
//   collectNotice + resolveNotice (facts.ts) → the same in two halves: the DOM half runs where the
//     page is (the content script), the half that needs the fields' categories runs after
//     classification (the background), so the content script carries no classification vocabulary.
import type { FieldDescriptor, NoticeReport, PageFacts, ReportField } from '../types';
import { collectNotice, resolveNotice } from './facts';
import { STATIC_READER } from './static-reader';
import { STATIC_STYLES } from './static-style';

export { resolveNotice } from './facts';

export function detectNotice(
  root: Document | ShadowRoot,
  fields: ReportField[],
  descriptors: FieldDescriptor[],
): NoticeReport {
  return resolveNotice(collectNotice(root, '', { styles: STATIC_STYLES }), descriptors, fields).notice;
}

export function collectPageFacts(
  root: Document | ShadowRoot,
  pageUrl: string,
  descriptors: FieldDescriptor[],
  fields: ReportField[],
): PageFacts {
  return noticeAndPageFacts(root, pageUrl, descriptors, fields).page;
}

/** Both results from one analysis, inline scripts and styles read statically (what the CLI and preview need). */
export function noticeAndPageFacts(
  root: Document | ShadowRoot,
  pageUrl: string,
  descriptors: FieldDescriptor[],
  fields: ReportField[],
): { notice: NoticeReport; page: PageFacts } {
  return resolveNotice(collectNotice(root, pageUrl, STATIC_READER), descriptors, fields);
}
