// Admins often keep the policy inside the browser's own policy file rather than on its own:
//   Chrome/Edge/Chromium (Linux JSON, also what the registry and plists map to):
//     { "3rdparty": { "extensions": { "<extension id>": { "policy": {…} | "policyJson": "…" } } } }
//   Firefox policies.json:
//     { "policies": { "3rdparty": { "Extensions": { "<add-on id>": { "policy": {…} | "policyJson": "…" } } } } }
// findEmbeddedPolicies lists the FormWarden policies such a file holds, so policy:check can
// validate the very file that will be deployed.
import { MANAGED_KEYS } from './schema';

export interface EmbeddedPolicy {
  /** Where it sits in the file, e.g. `3rdparty.extensions.<id>.policy`. */
  where: string;
  /** The policy object, or the JSON text of a policyJson string. */
  value: unknown;
  isJsonText: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const own = (o: Record<string, unknown>, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

/** null when the value is not a browser policy file (then it is a policy itself). */
export function findEmbeddedPolicies(file: unknown): EmbeddedPolicy[] | null {
  if (!isObject(file)) return null;
  const candidates: [string, unknown][] = [];
  const chrome = own(file, '3rdparty');
  if (isObject(chrome)) candidates.push(['3rdparty.extensions', own(chrome, 'extensions')]);
  const firefox = own(file, 'policies');
  if (isObject(firefox) && isObject(own(firefox, '3rdparty'))) {
    candidates.push([
      'policies.3rdparty.Extensions',
      own(own(firefox, '3rdparty') as Record<string, unknown>, 'Extensions'),
    ]);
  }
  if (candidates.length === 0) return null;
  const out: EmbeddedPolicy[] = [];
  for (const [prefix, extensions] of candidates) {
    if (!isObject(extensions)) continue;
    for (const id of Object.keys(extensions)) {
      const entry = extensions[id];
      if (!isObject(entry)) continue;
      const object = own(entry, MANAGED_KEYS.object);
      const text = own(entry, MANAGED_KEYS.string);
      if (object !== undefined)
        out.push({ where: `${prefix}.${id}.${MANAGED_KEYS.object}`, value: object, isJsonText: false });
      else if (typeof text === 'string')
        out.push({ where: `${prefix}.${id}.${MANAGED_KEYS.string}`, value: text, isJsonText: true });
    }
  }
  return out;
}
