// scanRoot: the one pipeline every surface shares (HR preview, CLI, and — split in two — the
// extension): extract every question (a pre-filled value is read in memory, handed to the
// validators and dropped) → classify it → notice and page facts → transport of the form.
// The extension runs the DOM half (`collectScan`) in the content script and the rest
// (`completeScan`) in the background: the classification vocabularies are then compiled once per
// browser instead of once per frame, and the content script stays small.

import { getDomain } from 'tldts';
import { classifyField } from './classify';
import { validateValue } from './classify/validators';
import { currentValue, extractFields } from './extract';
import { collectNotice, resolveNotice, type CollectedNotice } from './notice';
import { isSensitive } from './taxonomy';
import type { FieldDescriptor, ReportField, ScanResult, TransportReport } from './types';

export interface ScanOptions {
  pageUrl: string;
  /** Scan only this subtree / these subtrees (incremental rescans); the root still gives the page context. */
  within?: Element | ShadowRoot | (Element | ShadowRoot)[] | null;
  /** Stop after this many questions (the content script's guard against hostile pages). */
  maxFields?: number;
}

/** The form a question belongs to: `key` tells forms apart within one collection, `action` is resolved. */
export interface FieldForm { key: number; action: string | null }

/**
 * The DOM half of a scan: questions (with the name of the validator a pre-filled value passed,
 * never the value), the form each belongs to, and the category-free notice facts. Structured-clone
 * safe: the content script sends it to the background, which completes it with `completeScan`.
 */
export interface CollectedFields { descriptors: FieldDescriptor[]; forms: (FieldForm | null)[] }
export interface CollectedScan extends CollectedFields { notice: CollectedNotice }

export function scanRoot(root: Document | ShadowRoot, opts: ScanOptions): ScanResult {
  return completeScan(collectScan(root, opts), opts.pageUrl);
}

export function collectScan(root: Document | ShadowRoot, opts: ScanOptions): CollectedScan {
  const fields = collectFields(root, opts);
  return { ...fields, notice: collectNotice(root, opts.pageUrl, fields.descriptors) };
}

/** Questions only (incremental rescans of added subtrees). */
export function collectFields(root: Document | ShadowRoot, opts: ScanOptions): CollectedFields {
  const within = opts.within == null ? undefined : Array.isArray(opts.within) ? opts.within : [opts.within];
  const { descriptors, elements } = extractFields(root, { within, maxFields: opts.maxFields });
  const formKeys = new Map<Element, number>();
  const forms = elements.map((element, i): FieldForm | null => {
    if (descriptors[i]!.formIndex < 0) return null;
    const form = formOf(element);
    if (!form) return null;
    if (!formKeys.has(form)) formKeys.set(form, formKeys.size);
    return { key: formKeys.get(form)!, action: resolveAction(form.getAttribute('action'), opts.pageUrl) };
  });
  const checked = descriptors.map((d, i) => {
    // The value never leaves this expression: the validators check it, only their name is kept.
    if (!d.hasValue || d.checked) return d;
    return { ...d, valueValidator: validateValue(currentValue(elements[i]!))?.name ?? null };
  });
  return { descriptors: checked, forms };
}

/** The half that needs no DOM: classification, category-dependent notice facts, transport. */
export function completeScan(collected: CollectedScan, pageUrl: string): ScanResult {
  const fields = classifyFields(collected.descriptors);
  const { notice, page } = resolveNotice(collected.notice, collected.descriptors, fields);
  return { fields, descriptors: collected.descriptors, notice, transport: transportOf(collected.forms, fields, pageUrl), page };
}

export function classifyFields(descriptors: readonly FieldDescriptor[]): ReportField[] {
  return descriptors.map((d) => reportField(d, classifyField(d)));
}

function reportField(d: FieldDescriptor, c: ReturnType<typeof classifyField>): ReportField {
  return {
    id: d.id, name: d.name, selector: d.selector, tag: d.tag, type: d.type, label: d.label,
    category: c.category, sensitive: isSensitive(c.category), confidence: c.confidence, evidence: c.evidence,
  };
}

/**
 * Where the answers go: the action of the form holding the most personal fields (else the most
 * fields). secure = page and action both https (or no action on an https page); thirdParty = the
 * action's registrable domain differs from the page's.
 */
export function transportOf(forms: readonly (FieldForm | null)[], fields: readonly ReportField[], pageUrl: string): TransportReport {
  const weight = new Map<number, { action: string | null; w: number }>();
  forms.forEach((form, i) => {
    if (!form) return;
    const entry = weight.get(form.key) ?? { action: form.action, w: 0 };
    entry.w += fields[i]!.category ? 1000 : 1;
    weight.set(form.key, entry);
  });
  let best: { action: string | null; w: number } | null = null;
  for (const entry of weight.values()) if (!best || entry.w > best.w) best = entry;
  const action = best?.action ?? null;
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
