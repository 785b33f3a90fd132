import { describe, expect, it } from 'vitest';
import { determinePurpose, urlMatches } from '../../../src/core/evaluate';
import { field, scan, testPolicy, PAGE_URL } from './helpers';

describe('urlMatches (WebExtension match patterns)', () => {
  it.each([
    ['https://oa.example.cn/health/*', 'https://oa.example.cn/health/daily?x=1', true],
    ['https://oa.example.cn/health/*', 'https://oa.example.cn/hr/daily', false],
    ['*://*.wjx.cn/*', 'https://www.wjx.cn/vm/abc.aspx', true],
    ['*://*.wjx.cn/*', 'http://wjx.cn/vm/abc.aspx', true],
    ['*://*.wjx.cn/*', 'https://wjx.cn.evil.com/vm', false],
    ['*://*.wjx.cn/*', 'ftp://www.wjx.cn/x', false],
    ['https://*/*', 'https://anything.example/x', true],
    ['http://127.0.0.1/*', 'http://127.0.0.1:8080/form.html', true],
    ['<all_urls>', 'https://a.b/c', true],
  ])('%s ~ %s → %s', (pattern, url, expected) => {
    expect(urlMatches(pattern, url)).toBe(expected);
  });
});

describe('determinePurpose', () => {
  const policy = testPolicy({
    sites: [
      { match: 'https://oa.example.cn/attendance/*', purpose: 'attendance' },
      { match: '*://*.wjx.cn/*', purpose: 'infer' },
    ],
  });

  it('takes the first matching site rule', () => {
    const s = scan({ fields: [field('q1', '姓名', 'identity.name')], page: { title: '疫情防控每日健康上报' } });
    expect(determinePurpose(s, policy, 'https://oa.example.cn/attendance/today')).toEqual({
      id: 'attendance',
      how: 'site-rule',
      evidence: 'sites: https://oa.example.cn/attendance/*',
    });
  });

  it('infers from the title when the site rule says "infer", and says which text decided', () => {
    const s = scan({ fields: [field('q1', '姓名', 'identity.name')], page: { title: '疫情防控每日健康上报' } });
    expect(determinePurpose(s, policy, 'https://www.wjx.cn/vm/x.aspx')).toEqual({
      id: 'epidemic-prevention',
      how: 'page-text',
      evidence: '标题: 疫情防控每日健康上报',
    });
  });

  it('weighs a heading above several labels', () => {
    const s = scan({
      fields: [
        field('q1', '打卡时间', null),
        field('q2', '打卡地点', 'location.precise'),
        field('q3', '考勤备注', null),
      ],
      page: { title: '', headings: ['员工健康上报'] },
    });
    const p = determinePurpose(s, policy, PAGE_URL);
    expect(p.id).toBe('epidemic-prevention');
    expect(p.evidence).toBe('标题: 员工健康上报');
  });

  it('uses intro text and labels when there is no title', () => {
    const s = scan({
      fields: [field('q1', 'Name', 'identity.name')],
      page: { intro: ['Please complete your onboarding details.'] },
    });
    expect(determinePurpose(s, testPolicy({ locale: 'en' }), PAGE_URL)).toEqual({
      id: 'onboarding',
      how: 'page-text',
      evidence: 'intro: Please complete your onboarding details.',
    });
  });

  it('returns none when nothing declares a purpose', () => {
    const s = scan({ fields: [field('q1', '姓名', 'identity.name')], page: { title: '调查问卷' } });
    expect(determinePurpose(s, policy, PAGE_URL)).toEqual({ id: 'none', how: 'none', evidence: '' });
  });

  it('lets the CLI flag override everything', () => {
    const s = scan({ fields: [], page: { title: '疫情防控' } });
    expect(determinePurpose(s, policy, 'https://oa.example.cn/attendance/x', 'onboarding')).toMatchObject({
      id: 'onboarding',
      how: 'cli-flag',
    });
  });

  it('matches short Latin keywords only as whole words', () => {
    const p = testPolicy({ purposes: { it: { label: { en: 'IT' }, keywords: ['IT'], allow: ['identity.name'] } } });
    const s = scan({ fields: [], page: { title: 'Submit your visit details' } });
    expect(determinePurpose(s, p, PAGE_URL).how).toBe('none');
    expect(determinePurpose(scan({ fields: [], page: { title: 'IT equipment request' } }), p, PAGE_URL).id).toBe('it');
  });
});

describe('determinePurpose specificity', () => {
  it('a longer keyword of another purpose wins over the short keyword it contains', () => {
    const policy = testPolicy();
    policy.purposes['field-attendance'] = {
      label: { en: 'field attendance' },
      keywords: ['外勤打卡', '外勤'],
      allow: ['identity.name', 'location.precise'],
    };
    const s = scan({ fields: [field('q1', '打卡地点', 'location.precise')], page: { title: '外勤打卡' } });
    expect(determinePurpose(s, policy, PAGE_URL).id).toBe('field-attendance');
    expect(determinePurpose(scan({ fields: [], page: { title: '每日打卡' } }), policy, PAGE_URL).id).toBe('attendance');
  });
});
