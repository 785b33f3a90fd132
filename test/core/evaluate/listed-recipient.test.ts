import { describe, expect, it } from 'vitest';
import { isListedRecipient } from '../../../src/core/evaluate/domains';

describe('isListedRecipient (policy.recipients)', () => {
  it.each([
    ['wjx.cn', ['wjx.cn'], true],
    ['static.wjx.cn', ['wjx.cn'], true],
    ['static.wjx.cn', ['*.wjx.cn'], true],
    ['evilwjx.cn', ['wjx.cn'], false],
    ['static.hotjar.com', ['com'], false], // a bare public suffix covers nothing
    ['oa.example.com.cn', ['com.cn'], false],
    ['oa.example.com.cn', ['example.com.cn'], true],
    ['127.0.0.2', ['127.0.0.2'], true],
    ['127.0.0.2', ['0.2'], false], // IPs match exactly
    ['oa', ['oa'], true], // single-label intranet host
    ['x.oa', ['oa'], false],
  ])('%s with %j → %s', (host, recipients, want) => {
    expect(isListedRecipient(host, recipients)).toBe(want);
  });
});
