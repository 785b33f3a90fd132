// The verdict sentence, the one action, the finding lines and the marks' names (issue 18), in
// the three languages, from hand-built reports.
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../src/core/evaluate/checks';
import { CHECK_WORDS } from '../../../src/core/report/verdict-words';
import { bySeriousness, findingLine, markNames, verdictOf, type VerdictInput } from '../../../src/core/report/verdict';
import type { Finding, ReportField } from '../../../src/core/types';
import type { CategoryId } from '../../../src/core/taxonomy';

const field = (selector: string, label: string, category: CategoryId | null, sensitive = false): ReportField => ({
  id: null,
  name: null,
  selector,
  tag: 'input',
  type: 'text',
  label,
  category,
  sensitive,
  confidence: 0.9,
  evidence: [],
});
const finding = (rule: Finding['rule'], check: string, severity: Finding['severity'], fields: string[]): Finding => ({
  rule,
  check,
  severity,
  fields,
  message: { en: `${check} message`, 'zh-CN': `${check} 说明`, 'zh-TW': `${check} 說明` },
  citation: ['PIPL Art. 6'],
});

const FIELDS = [
  field('#name', '姓名', 'identity.name'),
  field('#temp', '今日体温', 'health.temperature', true),
  field('#note', '备注', null),
];
const CHECK_IN: VerdictInput = {
  report: {
    purpose: { id: 'attendance', how: 'site-rule', evidence: '' },
    fields: FIELDS,
    findings: [
      finding('consent-notice', 'notice-missing', 'high', ['#name', '#temp']),
      finding('purpose-limitation', 'category-not-allowed', 'high', ['#temp']),
      finding('third-party-recipient', 'keystroke-listener', 'medium', ['#name']),
    ],
    summary: { fields: 3, personal: 2, sensitive: 1, findings: 3, worst: 'high' },
  },
  purposeLabel: { en: 'Attendance', 'zh-CN': '考勤打卡', 'zh-TW': '出勤打卡' },
};

describe('verdictOf', () => {
  it('names the purpose and the two most serious problems in one sentence, concrete data first', () => {
    const v = verdictOf(CHECK_IN, 'en');
    expect(v.worst).toBe('high');
    expect(v.sentence).toBe(
      'This form for attendance asks for your body temperature, which that purpose does not need; it has no privacy notice.',
    );
    expect(v.action).toBe('Leave your body temperature empty if you may, or ask the form’s owner why it is needed.');
  });

  it('reads the same in Simplified and Traditional Chinese', () => {
    expect(verdictOf(CHECK_IN, 'zh-CN').sentence).toBe(
      '此表单用于「考勤打卡」，要求填写体温，而该目的并不需要；没有个人信息处理告知。',
    );
    expect(verdictOf(CHECK_IN, 'zh-TW').sentence).toBe(
      '此表單用於「出勤打卡」，要求填寫體溫，而該目的並不需要；沒有個人資料處理告知。',
    );
    expect(verdictOf(CHECK_IN, 'zh-CN').action).toContain('体温');
    expect(verdictOf(CHECK_IN, 'zh-TW').action).toContain('體溫');
  });

  it('falls back to the purpose id without a label, and to "this form" without a purpose', () => {
    expect(verdictOf({ report: CHECK_IN.report }, 'en').sentence).toMatch(/^This form for attendance /);
    const none: VerdictInput = {
      report: {
        ...CHECK_IN.report,
        purpose: { id: 'none', how: 'none', evidence: '' },
        findings: [finding('consent-notice', 'notice-missing', 'high', ['#name'])],
      },
    };
    expect(verdictOf(none, 'en').sentence).toBe('This form has no privacy notice.');
    expect(verdictOf(none, 'zh-CN').sentence).toBe('此表单没有个人信息处理告知。');
    expect(verdictOf(none, 'en').action).toBe(
      'Before you answer, ask the form’s owner why they need your name, how long it is kept and who gets it.',
    );
  });

  it('says there is nothing to worry about when there are no findings, and offers no action', () => {
    const clean: VerdictInput = {
      ...CHECK_IN,
      report: { ...CHECK_IN.report, findings: [], summary: { ...CHECK_IN.report.summary, findings: 0, worst: 'none' } },
    };
    expect(verdictOf(clean, 'en')).toEqual({
      worst: 'none',
      sentence: 'Nothing to worry about: this form for attendance asks only for what its purpose needs.',
      action: null,
    });
    const nothing: VerdictInput = {
      report: { ...clean.report, summary: { fields: 1, personal: 0, sensitive: 0, findings: 0, worst: 'none' } },
    };
    expect(verdictOf(nothing, 'zh-TW').sentence).toBe('此頁面沒有蒐集個人資料。');
  });

  it('lists at most three categories, then "and more"', () => {
    const many: VerdictInput = {
      report: {
        ...CHECK_IN.report,
        fields: [
          field('#a', 'a', 'identity.id_number', true),
          field('#b', 'b', 'health.temperature', true),
          field('#c', 'c', 'health.symptoms', true),
          field('#d', 'd', 'biometric.face', true),
        ],
        findings: [finding('consent-notice', 'sensitive-purpose-not-stated', 'high', ['#a', '#b', '#c', '#d'])],
      },
    };
    expect(verdictOf(many, 'en').sentence).toBe(
      'This form for attendance does not say why it needs your ID number, body temperature, symptoms and more.',
    );
    expect(verdictOf(many, 'zh-CN').sentence).toBe(
      '此表单用于「attendance」，未说明为何需要您的身份证件号码、体温、症状等。',
    );
    // The one action names two, to stay one glance long.
    expect(verdictOf(many, 'en').action).toBe(
      'Before you answer, ask the form’s owner why they need your ID number, body temperature and more, how long it is kept and who gets it.',
    );
  });
});

describe('findingLine and markNames', () => {
  it('puts a finding in a few words', () => {
    expect(findingLine(CHECK_IN.report.findings[1]!, CHECK_IN, 'en')).toBe(
      'Body temperature — not needed for attendance',
    );
    expect(findingLine(CHECK_IN.report.findings[1]!, CHECK_IN, 'zh-CN')).toBe('体温：「考勤打卡」不需要');
    expect(findingLine(finding('insecure-transport', 'http-page', 'high', []), CHECK_IN, 'en')).toBe(
      'Sent unencrypted (http)',
    );
    // A finding about the whole form does not list the fields it names.
    expect(findingLine(CHECK_IN.report.findings[0]!, CHECK_IN, 'en')).toBe('No privacy notice');
  });

  it('names each mark for a screen reader, most serious reason first', () => {
    const en = markNames(CHECK_IN, 'en');
    expect(en['#temp']).toBe('FormWarden: body temperature — not needed for attendance; no privacy notice');
    expect(en['#name']).toBe('FormWarden: name — no privacy notice; third parties read what you type');
    expect(markNames(CHECK_IN, 'zh-TW')['#temp']).toBe('FormWarden：體溫——「出勤打卡」不需要；沒有個人資料處理告知');
  });

  it('names a mark on something that is no field (a notice link) by its reasons alone', () => {
    const input: VerdictInput = {
      report: {
        ...CHECK_IN.report,
        findings: [finding('consent-notice', 'notice-unreachable', 'medium', ['a.privacy'])],
      },
    };
    expect(markNames(input, 'en')['a.privacy']).toBe('FormWarden: the privacy notice cannot be read');
  });

  it('has words of its own for every check the evaluator has, in each language', () => {
    for (const check of CHECKS) {
      const words = CHECK_WORDS[check.id];
      expect(words, check.id).toBeDefined();
      for (const locale of ['en', 'zh-CN', 'zh-TW'] as const) {
        expect(
          words!.problem[locale]({ cats: 'x', purpose: 'p', that: 't' }).length,
          `${check.id} ${locale}`,
        ).toBeGreaterThan(3);
        expect(
          words!.short[locale]({ cats: 'x', purpose: 'p', that: 't' }).length,
          `${check.id} ${locale}`,
        ).toBeGreaterThan(3);
      }
    }
  });

  it('orders by severity, then by how concrete the check is', () => {
    const order = bySeriousness([
      finding('consent-notice', 'element-missing', 'low', []),
      finding('consent-notice', 'notice-missing', 'high', []),
      finding('minimal-necessity', 'category-not-needed', 'high', []),
    ]);
    expect(order.map((f) => f.check)).toEqual(['category-not-needed', 'notice-missing', 'element-missing']);
  });
});
