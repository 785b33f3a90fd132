import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  PRESETS,
  effectiveRule,
  parsePolicyText,
  validatePolicy,
  WORKPLACE_PURPOSES,
} from '../../../src/core/policy';
import { CATEGORY_IDS, familyOf } from '../../../src/core/taxonomy';

const REQUIRED_PURPOSES = [
  'epidemic-prevention',
  'attendance',
  'onboarding',
  'benefits',
  'visitor-management',
  'remote-work-equipment',
  'it-security-monitoring',
];

describe('presets', () => {
  it('cn-pipl is the default (CN, zh-CN); eu-gdpr is EU, en', () => {
    expect(DEFAULT_POLICY).toBe(PRESETS['cn-pipl']);
    expect([PRESETS['cn-pipl'].jurisdiction, PRESETS['cn-pipl'].locale]).toEqual(['CN', 'zh-CN']);
    expect([PRESETS['eu-gdpr'].jurisdiction, PRESETS['eu-gdpr'].locale]).toEqual(['EU', 'en']);
  });

  for (const [id, preset] of Object.entries(PRESETS)) {
    describe(id, () => {
      it('validates with no error and no warning', () => {
        const r = validatePolicy(preset);
        expect(r.ok ? r.warnings : r.errors).toEqual([]);
      });

      it('declares the workplace purposes, each complete and bilingual', () => {
        expect(Object.keys(preset.purposes)).toEqual(expect.arrayContaining(REQUIRED_PURPOSES));
        for (const [pid, p] of Object.entries(preset.purposes)) {
          expect(p.label.en && p.label['zh-CN'] && p.label['zh-TW'], pid).toBeTruthy();
          expect(
            p.keywords!.some((k) => /[\u4e00-\u9fff]/.test(k)),
            `${pid} has Chinese keywords`,
          ).toBe(true);
          expect(
            p.keywords!.some((k) => /^[A-Za-z -]+$/.test(k)),
            `${pid} has English keywords`,
          ).toBe(true);
          expect(new Set(p.keywords).size, `${pid} keywords are unique`).toBe(p.keywords!.length);
          expect(p.allow.length).toBeGreaterThan(0);
          expect(p.allow.every((c) => CATEGORY_IDS.includes(c))).toBe(true);
          expect(p.maxGranularity?.location).toBeDefined();
          expect(p.retentionDays).toBeGreaterThan(0);
          expect(p.legalBasis).toBeDefined();
        }
      });

      it('keeps data minimal where it matters', () => {
        const p = preset.purposes;
        expect(p['epidemic-prevention']!.allow).not.toContain('identity.id_number');
        expect(p['epidemic-prevention']!.allow).not.toContain('location.address');
        expect(p['epidemic-prevention']!.maxGranularity?.location).toBe('city');
        expect(p.attendance!.allow).not.toContain('location.precise');
        expect(p.attendance!.allow.some((c) => familyOf(c) === 'health')).toBe(false);
        expect(p['visitor-management']!.allow).not.toContain('identity.id_number');
        expect(p['it-security-monitoring']!.allow).not.toContain('location.precise');
        expect(p.onboarding!.allow).toEqual(
          expect.arrayContaining([
            'identity.name',
            'identity.id_number',
            'identity.phone',
            'identity.email',
            'identity.birthdate',
            'location.address',
            'financial.account',
            'identity.employee_id',
          ]),
        );
        expect(p['remote-work-equipment']!.allow).toContain('location.address');
      });

      it('every rule on, notice must state withdrawal and contact (consent purposes exist), recipients empty, warn on submit', () => {
        for (const rule of [
          'purpose-limitation',
          'minimal-necessity',
          'consent-notice',
          'separate-consent',
          'insecure-transport',
          'third-party-recipient',
        ] as const) {
          expect(effectiveRule(preset, rule).enabled).toBe(true);
        }
        expect(Object.values(preset.purposes).some((p) => p.legalBasis === 'consent')).toBe(true);
        expect(effectiveRule(preset, 'consent-notice').requireElements).toEqual(
          expect.arrayContaining(['purpose', 'retention', 'controller', 'rights', 'withdrawal', 'contact']),
        );
        expect(preset.recipients).toEqual([]);
        expect(preset.onSubmit).toBe('warn');
        expect(preset.version).toMatch(/^\d{4}\.\d+$/);
      });
    });
  }

  it('uses the legal bases the issue asks for', () => {
    expect(PRESETS['cn-pipl'].purposes['epidemic-prevention']!.legalBasis).toBe('public-health');
    expect(['legal-obligation', 'vital-interest']).toContain(
      PRESETS['eu-gdpr'].purposes['epidemic-prevention']!.legalBasis,
    );
  });

  it('presets do not share mutable arrays with each other or with the purpose table', () => {
    expect(PRESETS['cn-pipl'].purposes.attendance!.allow).not.toBe(PRESETS['eu-gdpr'].purposes.attendance!.allow);
    expect(PRESETS['cn-pipl'].purposes.attendance!.allow).not.toBe(WORKPLACE_PURPOSES.attendance.allow);
  });
});

/** The policy inside a Chrome managed-policy file: { "3rdparty": { extensions: { id: { policy | policyJson } } } }. */
function managedPolicyText(text: string): string {
  const file = JSON.parse(text) as {
    '3rdparty': { extensions: Record<string, { policy?: unknown; policyJson?: string }> };
  };
  const [entry] = Object.values(file['3rdparty'].extensions);
  return entry!.policyJson ?? JSON.stringify(entry!.policy);
}

describe('docs/examples', () => {
  const dir = resolve(__dirname, '../../../docs/examples');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    it(`${file} ${file.startsWith('invalid') ? 'is rejected with exact paths' : 'validates cleanly'}`, () => {
      const text = readFileSync(resolve(dir, file), 'utf8');
      const r = file.startsWith('chrome-managed')
        ? parsePolicyText(managedPolicyText(text), file)
        : parsePolicyText(text, file);
      if (file.startsWith('invalid')) {
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(['purposes.attendance.allow[3]', 'sites[0].purpose']);
      } else {
        expect(r.ok ? r.warnings : r.errors).toEqual([]);
      }
    });
  }
});

describe('managed-policy examples', () => {
  it("use the extension's fixed id", async () => {
    const { EXAMPLE_EXTENSION_ID } = await import('../../../src/core/policy/examples');
    const { EXTENSION_ID } = await import('../../browser/extension-id');
    expect(EXAMPLE_EXTENSION_ID).toBe(EXTENSION_ID);
  });
});
