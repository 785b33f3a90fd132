// STUB (placeholder written by the extension engineer so the content script builds) — replaced by
// the core scan module: extract → classify → notice/page facts → transport.
import { detectNotice, collectPageFacts } from './notice';
import type { ReportField, ScanResult } from './types';

export interface ScanOptions {
  pageUrl: string;
  /** Scan only this subtree (incremental rescans); the root still gives the page context. */
  within?: Element | ShadowRoot | null;
}

export function scanRoot(root: Document | ShadowRoot, opts: ScanOptions): ScanResult {
  const scope = opts.within ?? root;
  const fields: ReportField[] = [...scope.querySelectorAll('input, select, textarea')].map((el, i) => ({
    id: el.getAttribute('id'), name: el.getAttribute('name'),
    selector: el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}:nth-of-type(${i + 1})`,
    tag: el.tagName.toLowerCase(), type: el.getAttribute('type'), label: el.getAttribute('aria-label') ?? '',
    category: null, sensitive: false, confidence: 0, evidence: [],
  }));
  return {
    fields, descriptors: [],
    notice: detectNotice(root, fields, []),
    transport: { action: null, secure: opts.pageUrl.startsWith('https:'), thirdParty: false },
    page: collectPageFacts(root, opts.pageUrl, [], fields),
  };
}
