// STUB — replaced by the notice module (owner: notice).
import type { FieldDescriptor, NoticeReport, PageFacts, ReportField } from '../types';

export function detectNotice(_root: Document | ShadowRoot, _fields: ReportField[], _descriptors: FieldDescriptor[]): NoticeReport {
  return {
    found: false, links: [], consentControls: [],
    elements: { purpose: false, retention: false, controller: false, rights: false, recipients: false, withdrawal: false, contact: false },
    separateConsentFor: [],
  };
}

export function collectPageFacts(_root: Document | ShadowRoot, _pageUrl: string, _descriptors: FieldDescriptor[], _fields: ReportField[]): PageFacts {
  return {
    title: '', headings: [], intro: [], noticeLinks: [], consentControls: [], noticeTextStyles: [], extraUses: [],
    fieldsWithPurposeStated: [], introStatesPurpose: false, forms: [], scripts: [], frames: [], staticEarlyCollection: [],
  };
}
