// Unknown keys, found by walking the value alongside the schema's `properties`: a warning each
// (with "did you mean" against the keys allowed there), never a failure — a newer policy read by
// an older extension must still apply. `projectKnown` keeps only the keys the schema knows, so
// the policy handed to the rest of the extension carries nothing unexpected.
import type { JsonSchema } from './schema';
import type { PathSegment } from './paths';
import { didYouMean } from './suggest';

export interface UnknownKey {
  path: PathSegment[];
  key: string;
  suggestion?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function findUnknownKeys(value: unknown, schema: JsonSchema, max = 200): UnknownKey[] {
  const out: UnknownKey[] = [];
  const stack: { value: unknown; schema: JsonSchema; path: PathSegment[] }[] = [{ value, schema, path: [] }];
  while (stack.length > 0 && out.length < max) {
    const { value: v, schema: s, path } = stack.pop()!;
    if (Array.isArray(v) && s.items) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], schema: s.items, path: [...path, i] });
    } else if (isObject(v)) {
      const keys = Object.keys(v);
      for (let k = keys.length - 1; k >= 0; k--) {
        const key = keys[k]!;
        const known = s.properties && Object.hasOwn(s.properties, key) ? s.properties[key] : s.additionalProperties;
        if (known) stack.push({ value: v[key], schema: known, path: [...path, key] });
        else if (s.properties) {
          const suggestion = didYouMean(key, Object.keys(s.properties));
          out.push({ path: [...path, key], key, ...(suggestion ? { suggestion } : {}) });
        }
      }
    }
  }
  return out;
}

export function projectKnown(value: unknown, schema: JsonSchema): unknown {
  if (Array.isArray(value))
    return value.map((item: unknown) => (schema.items ? projectKnown(item, schema.items) : item));
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const known =
      schema.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : schema.additionalProperties;
    if (!known) continue;
    // Keys reaching here are schema property names or purpose ids (slug pattern, not reserved),
    // so plain assignment cannot touch a prototype; defineProperty keeps that true regardless.
    Object.defineProperty(out, key, {
      value: projectKnown(value[key], known),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
