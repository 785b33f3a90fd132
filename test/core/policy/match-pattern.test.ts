import { describe, expect, it } from 'vitest';
import {
  matchesPattern,
  matchPatternProblem,
  effectiveRule,
  purposeById,
  PRESETS,
  didYouMean,
  editDistance,
} from '../../../src/core/policy';

describe('sites[].match patterns', () => {
  it('accepts extension-style patterns and explains bad ones', () => {
    for (const ok of [
      'https://oa.example.cn/health/*',
      '*://*.wjx.cn/*',
      '<all_urls>',
      'http://127.0.0.1:8080/*',
      'file:///tmp/*',
      'https://*/*',
    ]) {
      expect(matchPatternProblem(ok), ok).toBeNull();
    }
    expect(matchPatternProblem('oa.example.cn/*')?.en).toContain('scheme');
    expect(matchPatternProblem('https://oa.example.cn')?.en).toContain('path');
    expect(matchPatternProblem('gopher://x/*')?.en).toContain('scheme must be');
    expect(matchPatternProblem('https://oa.*.cn/*')?.en).toContain('"*"');
  });

  it('matches URLs like Chrome does', () => {
    expect(matchesPattern('https://oa.example.cn/health/*', 'https://oa.example.cn/health/daily?x=1')).toBe(true);
    expect(matchesPattern('https://oa.example.cn/health/*', 'https://oa.example.cn/hr/')).toBe(false);
    expect(matchesPattern('*://*.wjx.cn/*', 'https://www.wjx.cn/vm/abc.aspx')).toBe(true);
    expect(matchesPattern('*://*.wjx.cn/*', 'http://wjx.cn/')).toBe(true);
    expect(matchesPattern('*://*.wjx.cn/*', 'https://evilwjx.cn/')).toBe(false);
    expect(matchesPattern('*://*/*', 'file:///x')).toBe(false);
    expect(matchesPattern('http://127.0.0.1:8080/*', 'http://127.0.0.1:8081/')).toBe(false);
    expect(matchesPattern('bad', 'https://a/')).toBe(false);
  });
});

describe('helpers', () => {
  it('effectiveRule fills the spec defaults; purposeById ignores inherited names', () => {
    const minimal = { id: 'x', version: '1', purposes: {} };
    expect(effectiveRule(minimal, 'minimal-necessity')).toEqual({
      enabled: true,
      severity: 'medium',
      repeatWithinDays: 1,
      requireElements: [],
    });
    expect(
      effectiveRule(
        { ...minimal, rules: { 'insecure-transport': { enabled: false, severity: 'low' } } },
        'insecure-transport',
      ),
    ).toMatchObject({ enabled: false, severity: 'low' });
    expect(purposeById(PRESETS['cn-pipl'], 'constructor')).toBeUndefined();
    expect(purposeById(PRESETS['cn-pipl'], 'attendance')?.legalBasis).toBe('hr-management');
  });

  it('did-you-mean needs a close candidate', () => {
    expect(editDistance('hihg', 'high')).toBe(1);
    expect(didYouMean('b', ['a'])).toBeUndefined();
    expect(didYouMean('x'.repeat(10_000), ['x'])).toBeUndefined();
    expect(didYouMean('atendance', ['attendance', 'benefits'])).toBe('attendance');
  });
});
