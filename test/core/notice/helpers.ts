// Test helpers: a DOM from HTML (linkedom) and minimal extractor outputs.
import { parseHTML } from 'linkedom';
import type { CategoryId } from '../../../src/core/taxonomy';
import type { ControlText, FieldDescriptor, ReportField } from '../../../src/core/types';

export function dom(html: string): Document {
  const { document } = parseHTML(
    html.trim().startsWith('<!') || html.includes('<html')
      ? html
      : `<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`,
  );
  return document;
}

export function descriptor(
  selector: string,
  label: string,
  extra: Partial<FieldDescriptor> & { help?: string } = {},
): FieldDescriptor {
  const texts: ControlText[] = [{ source: 'label', text: label }];
  if (extra.help) texts.push({ source: 'help', text: extra.help });
  const { help: _help, ...rest } = extra;
  return {
    selector,
    id: null,
    name: null,
    tag: 'input',
    type: 'text',
    label,
    texts,
    autocomplete: null,
    groupSelectors: [selector],
    hidden: false,
    required: false,
    readOnly: false,
    accept: null,
    capture: null,
    hasValue: false,
    checked: false,
    formIndex: 0,
    ...rest,
  };
}

export function field(selector: string, category: CategoryId | null): ReportField {
  return {
    id: null,
    name: null,
    selector,
    tag: 'input',
    type: 'text',
    label: '',
    category,
    sensitive: false,
    confidence: 1,
    evidence: [],
  };
}
