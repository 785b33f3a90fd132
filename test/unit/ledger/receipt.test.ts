import { describe, expect, it } from 'vitest';
import { buildConsentReceipt, isConsentReceipt, KANTARA_VERSION, receiptProblems } from '../../../src/core/receipt';

const base = {
  receiptId: '6f1c1c3e-0000-4000-8000-000000000001',
  at: Date.UTC(2026, 0, 2, 3, 4, 5),
  principalId: 'b1b2b3b4-0000-4000-8000-000000000002',
  origin: 'https://oa.example.cn',
  language: 'zh-CN' as const,
  collectionMethod: 'popup',
  purposeId: 'epidemic-prevention',
  purposeLabel: '疫情防控',
  categories: ['identity.name' as const, 'health.temperature' as const],
};

describe('Kantara consent receipt', () => {
  it('carries every v1.1 field with the values of the grant', () => {
    const r = buildConsentReceipt({
      ...base,
      jurisdiction: 'CN',
      controllerName: 'Example Co.',
      noticeContact: 'dpo@example.cn',
      policyUrl: 'https://oa.example.cn/privacy',
      legalBasis: 'public-health',
      retentionDays: 28,
    });
    expect(r.version).toBe(KANTARA_VERSION);
    expect(r.jurisdiction).toBe('CN');
    expect(r.consentTimestamp).toBe(Math.floor(base.at / 1000));
    expect(r.consentReceiptID).toBe(base.receiptId);
    expect(r.language).toBe('zh-CN');
    expect(r.piiPrincipalId).toBe(base.principalId);
    expect(r.piiControllers[0]).toMatchObject({
      piiController: 'Example Co.',
      contact: 'dpo@example.cn',
      piiControllerUrl: base.origin,
    });
    expect(r.policyUrl).toBe('https://oa.example.cn/privacy');
    const p = r.services[0]!.purposes[0]!;
    expect(p.purpose).toBe('疫情防控');
    expect(p.purposeCategory).toEqual(['Protecting Your Health']);
    expect(p.consentType).toBe('EXPLICIT');
    expect(p.piiCategory).toEqual(['Name (identity.name)', 'Body temperature (health.temperature)']);
    expect(p.primaryPurpose).toBe(true);
    expect(p.termination).toContain('28 days');
    expect(p.termination).toContain('2026-01-30');
    expect(p.thirdPartyDisclosure).toBe(false);
    expect(r.sensitive).toBe(true);
    expect(r.spiCat).toEqual(['Body temperature (health.temperature)']);
    expect(isConsentReceipt(r)).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('falls back to the origin as controller and says when the notice gave no contact', () => {
    const r = buildConsentReceipt({ ...base, categories: ['identity.name'], thirdPartyNames: ['wjx.cn'] });
    expect(r.piiControllers[0]!.piiController).toBe(base.origin);
    expect(r.piiControllers[0]!.contact).toMatch(/not stated/);
    expect(r.policyUrl).toMatch(/no privacy notice/);
    expect(r.sensitive).toBe(false);
    expect(r.spiCat).toEqual([]);
    expect(r.services[0]!.purposes[0]!.thirdPartyDisclosure).toBe(true);
    expect(r.services[0]!.purposes[0]!.thirdPartyName).toBe('wjx.cn');
    expect(r.services[0]!.purposes[0]!.termination).toMatch(/withdrawn/);
  });

  it('is pure: same input, same receipt', () => {
    expect(buildConsentReceipt(base)).toEqual(buildConsentReceipt(base));
  });

  it('rejects malformed receipts read from a file', () => {
    expect(receiptProblems({ version: 'x' }).length).toBeGreaterThan(3);
    expect(isConsentReceipt(null)).toBe(false);
  });
});
