import { describe, expect, it } from 'vitest';
import { noticeTemplate } from '../../../src/core/fixes';
import { testPolicy } from '../evaluate/helpers';

describe('noticeTemplate', () => {
  const policy = testPolicy();

  it('states purpose, categories, retention, basis, rights, withdrawal and contact in three languages', () => {
    const t = noticeTemplate(
      policy,
      'epidemic-prevention',
      ['identity.name', 'health.temperature', 'identity.name'],
      'hr@example.cn',
    );
    expect(t['zh-CN']).toContain('为疫情防控，[单位名称]将收集您的以下个人信息，仅用于该目的：姓名和体温。');
    expect(t['zh-CN']).toContain('其中体温属于敏感个人信息');
    expect(t['zh-CN']).toContain('保存期限：28 天');
    expect(t['zh-CN']).toContain('撤回同意');
    expect(t['zh-CN']).toContain('hr@example.cn');
    expect(t['zh-TW']).toContain('個人資料蒐集告知——疫情防控');
    expect(t.en).toContain(
      'collects the following information for epidemic prevention only: name and body temperature.',
    );
    expect(t.en).toContain('We keep it for 28 days');
    expect(t.en).toContain('You may ask to see, copy, correct or delete');
  });

  it('names the legal basis and leaves out withdrawal when the basis is not consent', () => {
    const t = noticeTemplate(policy, 'onboarding', ['identity.name', 'identity.id_number']);
    expect(t['zh-CN']).toContain('按照依法制定的劳动规章制度实施人力资源管理所必需');
    expect(t['zh-CN']).not.toContain('撤回同意');
    expect(t['zh-CN']).not.toContain('单独征求');
    expect(t.en).toContain('[department, e-mail or phone]');
  });

  it('leaves blanks for an unknown purpose', () => {
    const t = noticeTemplate(policy, 'none', []);
    expect(t.en).toContain('[purpose]');
    expect(t['zh-CN']).toContain('[目的]');
  });
});
