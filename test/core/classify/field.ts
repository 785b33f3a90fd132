// Builds FieldDescriptor objects directly, so classifier tests do not depend on the extractor.
import type { ControlText, FieldDescriptor, TextSource } from '../../../src/core/types';

export interface FieldSpec extends Partial<Omit<FieldDescriptor, 'texts'>> {
  texts?: (ControlText | [TextSource, string])[];
  options?: string[];
}

export function field(spec: FieldSpec = {}): FieldDescriptor {
  const texts: ControlText[] = (spec.texts ?? []).map((t) => (Array.isArray(t) ? { source: t[0], text: t[1] } : t));
  if (spec.label && !texts.some((t) => t.text === spec.label)) texts.unshift({ source: 'label', text: spec.label });
  for (const option of spec.options ?? []) texts.push({ source: 'option', text: option });
  return {
    selector: spec.selector ?? '#f',
    id: spec.id ?? null,
    name: spec.name ?? null,
    tag: spec.tag ?? 'input',
    type: spec.type === undefined ? 'text' : spec.type,
    label: spec.label ?? texts[0]?.text ?? '',
    texts,
    autocomplete: spec.autocomplete ?? null,
    groupSelectors: spec.groupSelectors ?? [spec.selector ?? '#f'],
    hidden: spec.hidden ?? false,
    required: spec.required ?? false,
    readOnly: spec.readOnly ?? false,
    accept: spec.accept ?? null,
    capture: spec.capture ?? null,
    hasValue: spec.hasValue ?? false,
    checked: spec.checked ?? false,
    formIndex: spec.formIndex ?? 0,
    ...(spec.inSearchArea === undefined ? {} : { inSearchArea: spec.inSearchArea }),
  };
}

/** A labelled text input. */
export const labelled = (label: string, extra: FieldSpec = {}): FieldDescriptor => field({ label, ...extra });
