// The DOM half of a scan, for wherever the page is (content script, preview, CLI): every question
// (a pre-filled value is handed to the validators in memory and dropped: only the validator's name
// is kept), the form each belongs to, and the category-free notice facts. It imports no
// classification vocabulary and no public-suffix list, so the content script stays small;
// `completeScan` (scan.ts) finishes the job where those live.
import { CHINESE_VALIDATORS, firstPassing, MAX_VALIDATED_LENGTH, type ValueValidator } from './classify/validators';
import { extractFieldsSteps, shortValue } from './extract';
// From facts.ts, not the notice index: the index also brings the inline-script reader.
import { collectNoticeSteps, type CollectedNotice, type StaticReader } from './notice/facts';
import { Pacer, runToEnd, type Meter, type Steps } from './steps';
import type { FieldDescriptor } from './types';

export interface ScanOptions {
  pageUrl: string;
  /** Scan only this subtree / these subtrees (incremental rescans); the root still gives the page context. */
  within?: Element | ShadowRoot | (Element | ShadowRoot)[] | null;
  /** Stop after this many questions (the content script's guard against hostile pages). */
  maxFields?: number;
  /** Static reading of inline scripts and declared styles (CLI, preview); the extension watches live instead. */
  statics?: StaticReader;
  /**
   * The validators a pre-filled value is checked with; default: CHINESE_VALIDATORS (what the
   * content script can carry). `scanRoot` passes `validateValue` (every validator).
   */
  validate?: (value: string) => ValueValidator | null;
}

/** The form a question belongs to: `key` is its document-wide form index (stable across incremental collections), `action` is resolved. */
export interface FieldForm {
  key: number;
  action: string | null;
}

/**
 * The DOM half of a scan: questions (with the name of the validator a pre-filled value passed,
 * never the value), the form each belongs to, and the category-free notice facts. Structured-clone
 * safe: the content script sends it to the background, which completes it with `completeScan`.
 */
export interface CollectedFields {
  descriptors: FieldDescriptor[];
  forms: (FieldForm | null)[];
}
export interface CollectedScan extends CollectedFields {
  notice: CollectedNotice;
}

export function collectScan(root: Document | ShadowRoot, opts: ScanOptions): CollectedScan {
  return runToEnd(collectScanSteps(root, opts));
}

/** collectScan as a pass that pauses between small units of work (see steps.ts). */
export function* collectScanSteps(root: Document | ShadowRoot, opts: ScanOptions): Steps<CollectedScan> {
  const fields = yield* collectFieldsSteps(root, opts);
  return { ...fields, notice: yield* collectNoticeSteps(root, opts.pageUrl, opts.statics) };
}

/** Questions only (incremental rescans of added subtrees). */
export function collectFields(root: Document | ShadowRoot, opts: ScanOptions): CollectedFields {
  return runToEnd(collectFieldsSteps(root, opts));
}

/** collectFields as a pass that pauses (see steps.ts). */
export function* collectFieldsSteps(root: Document | ShadowRoot, opts: ScanOptions): Steps<CollectedFields> {
  return (yield* collectFieldsAndElementsSteps(root, opts)).fields;
}

/**
 * The questions and, beside them, each one's first control. The content script keeps the elements
 * to tell cheaply when a question left the page (never sent: elements do not cross messages).
 */
export function* collectFieldsAndElementsSteps(
  root: Document | ShadowRoot,
  opts: ScanOptions,
): Steps<{ fields: CollectedFields; elements: Element[]; controls: Element[] }> {
  const within = opts.within == null ? undefined : Array.isArray(opts.within) ? opts.within : [opts.within];
  const extraction = yield* extractFieldsSteps(root, { within, maxFields: opts.maxFields });
  const { descriptors, elements } = extraction;
  const forms: (FieldForm | null)[] = [];
  const checked: FieldDescriptor[] = [];
  // One action per form, not per question (10,000 questions of one form parse one URL).
  const actions = new Map<Element, FieldForm>();
  // A value read counts by its length: a pre-filled megabyte ends the step that read it.
  const meter: Meter = { units: 0 };
  const pacer = new Pacer(undefined, meter);
  const validate = opts.validate ?? ((value: string) => firstPassing(value, CHINESE_VALIDATORS));
  for (let i = 0; i < descriptors.length; i++) {
    const d = descriptors[i]!;
    const form = extraction.forms[i];
    let transport = form ? actions.get(form) : undefined;
    if (form && !transport) {
      transport = { key: d.formIndex, action: resolveAction(form.getAttribute('action'), opts.pageUrl) };
      actions.set(form, transport);
    }
    forms.push(transport ?? null);
    if (!d.hasValue || d.checked) checked.push(d);
    else {
      // The value never leaves this block: the validators check it, only their name is kept.
      const value = shortValue(elements[i]!, MAX_VALIDATED_LENGTH, meter);
      checked.push({ ...d, valueValidator: value ? (validate(value)?.name ?? null) : null });
    }
    if (pacer.due()) yield;
  }
  return { fields: { descriptors: checked, forms }, elements, controls: extraction.controls };
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
