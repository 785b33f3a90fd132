import { parseHtml } from '../../../src/cli/parse-html';
import { extractFields } from '../../../src/core/extract';
import type { FieldDescriptor } from '../../../src/core/types';

export function dom(body: string): Document {
  return parseHtml(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`).document;
}

export function extract(body: string): FieldDescriptor[] {
  return extractFields(dom(body)).descriptors;
}

/** The one descriptor whose name (or id) is `key`. */
export function field(descriptors: FieldDescriptor[], key: string): FieldDescriptor {
  const found = descriptors.find((d) => d.name === key) ?? descriptors.find((d) => d.id === key);
  if (!found) throw new Error(`no field ${key} in ${descriptors.map((d) => d.name ?? d.id ?? d.selector).join(', ')}`);
  return found;
}

export function labelOf(body: string, key: string): string {
  return field(extract(body), key).label;
}

export function sourcesOf(d: FieldDescriptor): string[] {
  return d.texts.map((t) => `${t.source}:${t.text}`);
}
