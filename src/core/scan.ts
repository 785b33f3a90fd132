// scanRoot: the one pipeline every surface shares (content script, HR preview, CLI):
// extract every question → classify it (a pre-filled value is read in memory, handed to the
// validators and dropped) → notice and page facts → transport of the form that holds the fields.

import { getDomain } from 'tldts';
import { classifyField } from './classify';
import { currentValue, extractFields } from './extract';
import { noticeAndPageFacts } from './notice';
import { isSensitive } from './taxonomy';
import type { FieldDescriptor, ReportField, ScanResult, TransportReport } from './types';

export interface ScanOptions {
  pageUrl: string;
  /** Scan only this subtree / these subtrees (incremental rescans); the root still gives the page context. */
  within?: Element | ShadowRoot | (Element | ShadowRoot)[] | null;
  /** Stop after this many questions (the content script's guard against hostile pages). */
  maxFields?: number;
}

export function scanRoot(root: Document | ShadowRoot, opts: ScanOptions): ScanResult {
  const within = opts.within == null ? undefined : Array.isArray(opts.within) ? opts.within : [opts.within];
  const { descriptors, elements } = extractFields(root, { within, maxFields: opts.maxFields });
  const fields = descriptors.map((descriptor, i) => {
    // The value never leaves this expression: validators check it, nothing keeps it.
    const classification = descriptor.hasValue && !descriptor.checked ? classifyField(descriptor, currentValue(elements[i]!)) : classifyField(descriptor);
    return reportField(descriptor, classification);
  });
  const { notice, page } = noticeAndPageFacts(root, opts.pageUrl, descriptors, fields);
  return { fields, descriptors, notice, transport: transportOf(elements, descriptors, fields, opts.pageUrl), page };
}

function reportField(d: FieldDescriptor, c: ReturnType<typeof classifyField>): ReportField {
  return {
    id: d.id, name: d.name, selector: d.selector, tag: d.tag, type: d.type, label: d.label,
    category: c.category, sensitive: isSensitive(c.category), confidence: c.confidence, evidence: c.evidence,
  };
}

/**
 * Where the answers go: the action of the form holding the most personal fields (else the most
 * fields), resolved against the page URL. secure = page and action both https (or no action on an
 * https page); thirdParty = the action's registrable domain differs from the page's.
 */
export function transportOf(elements: Element[], descriptors: FieldDescriptor[], fields: ReportField[], pageUrl: string): TransportReport {
  const weight = new Map<Element, number>();
  elements.forEach((element, i) => {
    if (descriptors[i]!.formIndex < 0) return;
    const form = formOf(element);
    if (form) weight.set(form, (weight.get(form) ?? 0) + (fields[i]!.category ? 1000 : 1));
  });
  let best: Element | null = null;
  for (const [form, w] of weight) if (!best || w > weight.get(best)!) best = form;
  const action = best ? resolveAction(best.getAttribute('action'), pageUrl) : null;
  const pageSecure = protocolOf(pageUrl) === 'https:';
  return {
    action,
    secure: pageSecure && (action === null || protocolOf(action) === 'https:'),
    thirdParty: action !== null && siteOf(action) !== null && siteOf(pageUrl) !== null && siteOf(action) !== siteOf(pageUrl),
  };
}

function formOf(element: Element): Element | null {
  const formId = element.getAttribute('form');
  if (formId) {
    const root = element.getRootNode() as Document | ShadowRoot;
    const byId = root.getElementById?.(formId);
    if (byId) return byId;
  }
  for (let cur = element.parentNode; cur && cur.nodeType === 1; cur = cur.parentNode) {
    if ((cur as Element).tagName.toUpperCase() === 'FORM') return cur as Element;
  }
  return null;
}

/** The absolute http(s) URL a form posts to; null for none, "javascript:" or unparsable actions. */
export function resolveAction(raw: string | null, pageUrl: string): string | null {
  const value = raw?.trim();
  if (!value) return null;
  try {
    const url = new URL(value, pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function protocolOf(url: string): string | null {
  try { return new URL(url).protocol; } catch { return null; }
}

/** Registrable domain (tldts), or the host itself for IPs and intranet names. */
function siteOf(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    if (!host) return null;
    return getDomain(url) ?? host;
  } catch {
    return null;
  }
}
