// STUB (placeholder written by the extension engineer so the content script builds and the browser
// tests have something real to look at) — to be replaced by the core scan module:
// extract → classify → notice/page facts → transport. Deliberately simple label recovery.
import { classifyField } from './classify';
import { isSensitive } from './taxonomy';
import { collectPageFacts, detectNotice } from './notice';
import type { FieldDescriptor, ReportField, ScanResult } from './types';

export interface ScanOptions {
  pageUrl: string;
  /** Scan only this subtree (incremental rescans); the root still gives the page context. */
  within?: Element | ShadowRoot | null;
}

const CONTROLS = 'input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea';

function controlsIn(scope: ParentNode, prefix: string, out: { el: Element; selector: string }[]): void {
  for (const el of scope.querySelectorAll(`${CONTROLS}, *`)) {
    if (el.matches(CONTROLS)) {
      const name = el.getAttribute('name');
      const selector = el.id ? `#${CSS.escape(el.id)}` : name ? `${el.tagName.toLowerCase()}[name="${name}"]` : `${el.tagName.toLowerCase()}:nth-of-type(${out.length + 1})`;
      out.push({ el, selector: prefix + selector });
    }
    if (el.shadowRoot && el.id) controlsIn(el.shadowRoot, `${prefix}#${CSS.escape(el.id)} >>> `, out);
  }
}

function labelOf(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const byFor = el.id ? root.querySelector(`label[for="${el.id}"]`) : null;
  const text = byFor?.textContent ?? el.closest('label')?.textContent ?? el.getAttribute('aria-label') ?? el.getAttribute('placeholder') ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

export function scanRoot(root: Document | ShadowRoot, opts: ScanOptions): ScanResult {
  const found: { el: Element; selector: string }[] = [];
  const scope = opts.within ?? root;
  if ((scope as Element).matches?.(CONTROLS)) found.push({ el: scope as Element, selector: `#${(scope as Element).id}` });
  controlsIn(scope, '', found);
  const host = scope as Element;
  if (host.shadowRoot && host.id) controlsIn(host.shadowRoot, `#${CSS.escape(host.id)} >>> `, found);
  const descriptors: FieldDescriptor[] = found.map(({ el, selector }) => {
    const label = labelOf(el);
    return {
      selector, id: el.getAttribute('id'), name: el.getAttribute('name'), tag: el.tagName.toLowerCase(), type: el.getAttribute('type'),
      label, texts: label ? [{ source: 'label', text: label }] : [], autocomplete: el.getAttribute('autocomplete'), groupSelectors: [selector],
      hidden: false, required: el.hasAttribute('required'), readOnly: el.hasAttribute('readonly'), accept: el.getAttribute('accept'),
      capture: el.getAttribute('capture'), hasValue: false, checked: el.hasAttribute('checked'), formIndex: -1,
    };
  });
  const fields: ReportField[] = descriptors.map((d) => {
    const c = classifyField(d);
    return { id: d.id, name: d.name, selector: d.selector, tag: d.tag, type: d.type, label: d.label, category: c.category, sensitive: c.category ? isSensitive(c.category) : false, confidence: c.confidence, evidence: c.evidence };
  });
  const form = (found[0]?.el.closest('form') ?? null) as HTMLFormElement | null;
  const action = form ? new URL(form.getAttribute('action') ?? '', opts.pageUrl).href : null;
  return {
    fields, descriptors,
    notice: detectNotice(root, fields, descriptors),
    transport: { action, secure: (action ?? opts.pageUrl).startsWith('https:'), thirdParty: action ? new URL(action).origin !== new URL(opts.pageUrl).origin : false },
    page: collectPageFacts(root, opts.pageUrl, descriptors, fields),
  };
}
