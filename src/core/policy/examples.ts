// Example policies under docs/examples/, derived from the presets so they never go stale
// (written by scripts/gen-schemas.ts; the drift test compares them).
import type { Policy } from '../types';
import { PRESETS } from './presets';
import { MANAGED_KEYS } from './schema';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The extension's fixed id (manifest "key"), used in managed-policy examples. */
export const EXAMPLE_EXTENSION_ID = 'phnilmnbiigildmhhcljikoljcgjboin';

export function acmeCn(): Policy {
  const p = clone(PRESETS['cn-pipl']);
  p.id = 'acme-cn';
  p.version = '2026.1';
  p.sites = [
    { match: 'https://oa.acme.example.cn/health/*', purpose: 'epidemic-prevention' },
    { match: 'https://oa.acme.example.cn/attendance/*', purpose: 'attendance' },
    { match: 'https://hr.acme.example.cn/onboarding/*', purpose: 'onboarding' },
    { match: 'https://hr.acme.example.cn/benefits/*', purpose: 'benefits' },
    { match: '*://*.wjx.cn/*', purpose: 'infer' },
    { match: 'https://docs.qq.com/form/*', purpose: 'infer' },
  ];
  p.recipients = ['acme.example.cn', 'wjx.cn'];
  p.onSubmit = 'confirm';
  return p;
}

export function acmeEu(): Policy {
  const p = clone(PRESETS['eu-gdpr']);
  p.id = 'acme-eu';
  p.version = '2026.1';
  p.sites = [
    { match: 'https://intranet.acme.example.eu/hr/onboarding/*', purpose: 'onboarding' },
    { match: 'https://intranet.acme.example.eu/time/*', purpose: 'attendance' },
    { match: 'https://forms.office.com/*', purpose: 'infer' },
    { match: 'https://docs.google.com/forms/*', purpose: 'infer' },
  ];
  p.recipients = ['acme.example.eu'];
  return p;
}

/** Two mistakes an admin makes: a mistyped category and a site bound to an undeclared purpose. */
export function invalidExample(): unknown {
  const p = acmeCn() as unknown as {
    id: string;
    version: string;
    purposes: Record<string, { allow: string[] }>;
    sites: { purpose: string }[];
  };
  p.id = 'acme-cn-broken';
  p.version = '2026.2';
  p.purposes.attendance!.allow.push('health.temprature');
  p.sites[0]!.purpose = 'epidemic';
  return p;
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

export function renderExampleFiles(): Record<string, string> {
  return {
    'docs/examples/cn-pipl.preset.json': json(PRESETS['cn-pipl']),
    'docs/examples/eu-gdpr.preset.json': json(PRESETS['eu-gdpr']),
    'docs/examples/acme-cn.policy.json': json(acmeCn()),
    'docs/examples/acme-eu.policy.json': json(acmeEu()),
    'docs/examples/invalid-policy.json': json(invalidExample()),
    // Linux: /etc/opt/chrome/policies/managed/formwarden.json or /etc/chromium/policies/managed/formwarden.json
    'docs/examples/chrome-managed-acme-cn.json': json({
      '3rdparty': { extensions: { [EXAMPLE_EXTENSION_ID]: { [MANAGED_KEYS.object]: acmeCn() } } },
    }),
    // The same as one JSON string (policyJson), for tools that can only push strings.
    'docs/examples/chrome-managed-acme-eu-string.json': json({
      '3rdparty': { extensions: { [EXAMPLE_EXTENSION_ID]: { [MANAGED_KEYS.string]: JSON.stringify(acmeEu()) } } },
    }),
  };
}
