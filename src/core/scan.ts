// scanRoot: the one pipeline every surface shares (HR preview, CLI, and — split in two — the
// extension): extract every question (a pre-filled value is read in memory, handed to the
// validators and dropped) → classify it → notice and page facts → transport of the form.
// The extension runs the DOM half (`collectScan`) in the content script and the rest
// (`completeScan`) in the background: the classification vocabularies are then compiled once per
// browser instead of once per frame, and the content script stays small.

import { classifyField } from './classify';
import { validateValue } from './classify/validators';
import { collectScan, type CollectedScan, type FieldForm, type ScanOptions } from './collect';
import { registrableDomainOf } from './evaluate/domains';
import { resolveNotice } from './notice';
import { STATIC_READER } from './notice/static-reader';
import { isSensitive } from './taxonomy';
import type { FieldDescriptor, ReportField, ScanResult, TransportReport } from './types';

export type { CollectedScan, FieldForm, ScanOptions } from './collect';

export function scanRoot(root: Document | ShadowRoot, opts: ScanOptions): ScanResult {
  return completeScan(collectScan(root, { statics: STATIC_READER, validate: validateValue, ...opts }), opts.pageUrl);
}

/** The half that needs no DOM: classification, category-dependent notice facts, transport. */
export function completeScan(collected: CollectedScan, pageUrl: string): ScanResult {
  const fields = classifyFields(collected.descriptors);
  const { notice, page } = resolveNotice(collected.notice, collected.descriptors, fields);
  return {
    fields,
    descriptors: collected.descriptors,
    notice,
    transport: transportOf(collected.forms, fields, pageUrl),
    page,
  };
}

export function classifyFields(descriptors: readonly FieldDescriptor[]): ReportField[] {
  return descriptors.map((d) => reportField(d, classifyField(d)));
}

function reportField(d: FieldDescriptor, c: ReturnType<typeof classifyField>): ReportField {
  return {
    id: d.id,
    name: d.name,
    selector: d.selector,
    tag: d.tag,
    type: d.type,
    label: d.label,
    category: c.category,
    sensitive: isSensitive(c.category),
    confidence: c.confidence,
    evidence: c.evidence,
  };
}

/**
 * Where the answers go: the action of the form holding the most personal fields (else the most
 * fields). secure = page and action both https (or no action on an https page); thirdParty = the
 * action's registrable domain differs from the page's.
 */
export function transportOf(
  forms: readonly (FieldForm | null)[],
  fields: readonly ReportField[],
  pageUrl: string,
): TransportReport {
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
    thirdParty: action !== null && isThirdParty(action, pageUrl),
  };
}

/**
 * The action's registrable domain differs from the page's. The same registrable domain as the
 * third-party checks use (src/core/evaluate/domains.ts), so transport and findings agree.
 */
export function isThirdParty(actionUrl: string, pageUrl: string): boolean {
  const action = registrableDomainOf(actionUrl);
  const page = registrableDomainOf(pageUrl);
  return action !== null && page !== null && action !== page;
}

function protocolOf(url: string): string | null {
  try {
    return new URL(url).protocol;
  } catch {
    return null;
  }
}
