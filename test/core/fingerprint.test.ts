import { describe, expect, it } from 'vitest';
import { formFingerprint } from '../../src/core/fingerprint';
import type { CategoryId } from '../../src/core/taxonomy';

const field = (label: string, category: string | null) => ({ label, category: category as CategoryId | null });

describe('formFingerprint', () => {
  const fields = [field('1. 姓名', 'identity.name'), field('2. 身份证号 *', 'identity.id_number'), field('备注', null)];

  it('survives re-renders: order, numbering, required marks, query strings and hashes', () => {
    const a = formFingerprint('https://oa.example.cn/health?session=1#step1', fields);
    const b = formFingerprint('https://oa.example.cn/health/?session=2', [
      field('身份证号', 'identity.id_number'),
      field('Q1 姓名', 'identity.name'),
    ]);
    expect(a).toBe(b);
    expect(a).toMatch(/^fp1:[0-9a-f]{16}$/);
  });

  it('differs for another origin, path or set of personal questions', () => {
    const base = formFingerprint('https://oa.example.cn/health', fields);
    expect(formFingerprint('https://oa.example.com/health', fields)).not.toBe(base);
    expect(formFingerprint('https://oa.example.cn/leave', fields)).not.toBe(base);
    expect(
      formFingerprint('https://oa.example.cn/health', [...fields, field('银行卡号', 'finance.bank_account')]),
    ).not.toBe(base);
  });

  it('uses all labels when no field is personal', () => {
    const a = formFingerprint('https://x.test/a', [field('Room', null)]);
    const b = formFingerprint('https://x.test/a', [field('Topic', null)]);
    expect(a).not.toBe(b);
  });
});
