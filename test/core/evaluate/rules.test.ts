// Scenario tests: for each check, a page where it fires and its twin where it does not.
import { describe, expect, it } from 'vitest';
import { evaluate, type EvaluationInput } from '../../../src/core/evaluate';
import type { Finding } from '../../../src/core/types';
import { checksOf, consentBox, field, noNotice, notice, PAGE_URL, scan, testPolicy, type ScanSpec } from './helpers';

const NOW = Date.UTC(2026, 10, 25, 12);

function run(spec: ScanSpec, over: Partial<EvaluationInput> = {}): Finding[] {
  return evaluate({
    scan: scan(spec),
    policy: testPolicy(),
    pageUrl: PAGE_URL,
    purposeOverride: 'epidemic-prevention',
    now: NOW,
    ...over,
  }).findings;
}

function only(findings: Finding[], key: string): Finding[] {
  return findings.filter((f) => `${f.rule}/${f.check}` === key);
}

const HEALTH_OK = [
  field('q1', '姓名', 'identity.name'),
  field('q2', '今日体温', 'health.temperature'),
  field('q3', '所在城市', 'location.city'),
];
const COMPLIANT: ScanSpec = { fields: HEALTH_OK, notice: notice({ separateConsentFor: ['health.temperature'] }) };

describe('compliant and non-personal pages', () => {
  it('a compliant health report yields no finding', () => {
    expect(run(COMPLIANT)).toEqual([]);
  });

  it('a page with no personal controls yields nothing at all, even over http with no notice', () => {
    const findings = run(
      {
        fields: [field('q1', '会议室', null), field('q2', '满意度', null)],
        notice: noNotice(),
        page: { consentControls: [consentBox('#a', '同意', [], true)] },
      },
      { pageUrl: 'http://oa.example.cn/x', purposeOverride: undefined },
    );
    expect(findings).toEqual([]);
  });
});

describe('purpose-limitation', () => {
  it('category-not-allowed: attendance asks for body temperature', () => {
    const findings = run(
      {
        fields: [field('q1', '姓名', 'identity.name'), field('q2', '体温', 'health.temperature')],
        notice: notice({ separateConsentFor: ['health.temperature'] }),
      },
      { purposeOverride: 'attendance' },
    );
    const [f] = only(findings, 'purpose-limitation/category-not-allowed');
    expect(f).toBeDefined();
    expect(f!.fields).toEqual(['#q2']);
    expect(f!.severity).toBe('high');
    expect(f!.message.en).toBe(
      'This form is for attendance and asks for your body temperature. Health data is not needed for attendance (purpose limitation).',
    );
    expect(f!.message['zh-CN']).toContain('考勤打卡');
    expect(f!.message['zh-CN']).toContain('健康信息');
    expect(f!.citation).toContain('PIPL Art. 6');
    expect(f!.fix?.en).toMatch(/Remove the questions asking for body temperature/);
  });

  it('extra-uses: the notice mentions marketing', () => {
    expect(checksOf(run({ ...COMPLIANT, page: { extraUses: ['用于市场营销'] } }))).toEqual([
      'purpose-limitation/extra-uses',
    ]);
  });

  it('an EU policy cites GDPR instead', () => {
    const findings = run(
      {
        fields: [field('q2', 'Temperature', 'health.temperature')],
        notice: notice({ separateConsentFor: ['health.temperature'] }),
      },
      { purposeOverride: 'attendance', policy: testPolicy({ jurisdiction: 'EU' }) },
    );
    expect(only(findings, 'purpose-limitation/category-not-allowed')[0]!.citation).toContain('GDPR Art. 5(1)(b)');
  });
});

describe('minimal-necessity', () => {
  it('category-not-needed: ID number on a daily health report', () => {
    const findings = run({
      ...COMPLIANT,
      fields: [...HEALTH_OK, field('q4', '身份证号', 'identity.id_number')],
      notice: notice({ separateConsentFor: ['health.temperature', 'identity.id_number'] }),
    });
    expect(checksOf(findings)).toEqual(['minimal-necessity/category-not-needed']);
    expect(findings[0]!.fields).toEqual(['#q4']);
    expect(findings[0]!.checklist).toEqual(['四.1']);
    expect(findings[0]!.fix?.['zh-CN']).toContain('删除身份证件号码这一问题');
  });

  it('too-precise: address or GPS where the city is enough; precise > address > city', () => {
    const findings = run({
      ...COMPLIANT,
      fields: [...HEALTH_OK, field('q4', '家庭住址', 'location.address'), field('q5', '定位', 'location.precise')],
      notice: notice({ separateConsentFor: ['health.temperature', 'location.precise'] }),
    });
    expect(checksOf(findings)).toEqual(['minimal-necessity/too-precise', 'minimal-necessity/too-precise']);
    expect(findings[0]!.fix?.en).toBe('Ask for the city or region instead of address.');
  });

  it('too-precise respects maxGranularity "address"', () => {
    const policy = testPolicy();
    policy.purposes['epidemic-prevention']!.maxGranularity = { location: 'address' };
    const findings = run(
      {
        ...COMPLIANT,
        fields: [...HEALTH_OK, field('q4', '家庭住址', 'location.address'), field('q5', '定位', 'location.precise')],
        notice: notice({ separateConsentFor: ['health.temperature', 'location.precise'] }),
      },
      { policy },
    );
    expect(findings.map((f) => f.fields)).toEqual([['#q5']]);
  });

  it('a coarser location than the purpose allows is fine', () => {
    const findings = run(
      { fields: [field('q1', '姓名', 'identity.name'), field('q2', '城市', 'location.city')], notice: notice() },
      { purposeOverride: 'attendance' },
    );
    expect(findings).toEqual([]);
  });

  it('asked-twice: the same question twice in one form, not in two forms', () => {
    const twice = [...HEALTH_OK, field('q4', '手机号*', 'identity.phone'), field('q5', '手机号：', 'identity.phone')];
    expect(checksOf(run({ ...COMPLIANT, fields: twice }))).toEqual(['minimal-necessity/asked-twice']);
    const twoForms = [
      ...HEALTH_OK,
      field('q4', '手机号', 'identity.phone', { formIndex: 0 }),
      field('q5', '手机号', 'identity.phone', { formIndex: 1 }),
    ];
    expect(run({ ...COMPLIANT, fields: twoForms })).toEqual([]);
    // An emergency contact's name is another person's name, not the same question.
    expect(run({ ...COMPLIANT, fields: [...HEALTH_OK, field('q4', '紧急联系人姓名', 'identity.name')] })).toEqual([]);
    // A legend shared by several questions, or an ID number plus photos of the card, is not a repeat.
    const legend = { labelSource: 'legend' as const };
    expect(
      run({
        ...COMPLIANT,
        fields: [
          ...HEALTH_OK,
          field('f1', '个人基本信息', 'location.city', legend),
          field('f2', '个人基本信息', 'location.city', legend),
        ],
      }),
    ).toEqual([]);
    expect(
      run({ ...COMPLIANT, fields: [...HEALTH_OK, field('f1', '所在城市', 'location.city', { type: 'file' })] }),
    ).toEqual([]);
  });

  it('refusal-blocks-submit: an item outside the purpose is required', () => {
    const findings = run({
      ...COMPLIANT,
      fields: [...HEALTH_OK, field('q4', '身份证号', 'identity.id_number', { required: true })],
      notice: notice({ separateConsentFor: ['health.temperature', 'identity.id_number'] }),
    });
    expect(checksOf(findings)).toEqual([
      'minimal-necessity/category-not-needed',
      'minimal-necessity/refusal-blocks-submit',
    ]);
    expect(only(findings, 'minimal-necessity/refusal-blocks-submit')[0]!.checklist).toEqual(['四.2']);
    // Required items the purpose needs are fine.
    expect(
      run({ ...COMPLIANT, fields: [field('q1', '姓名', 'identity.name', { required: true }), ...HEALTH_OK.slice(1)] }),
    ).toEqual([]);
  });
});

describe('consent-notice', () => {
  it('notice-missing carries a notice template', () => {
    const findings = run({ ...COMPLIANT, notice: noNotice() });
    const [f] = only(findings, 'consent-notice/notice-missing');
    expect(f!.fields).toEqual(['#q1', '#q2', '#q3']);
    expect(f!.citation).toEqual(expect.arrayContaining(['PIPL Art. 17', 'App认定方法(2019) 一.1']));
    expect(f!.noticeTemplate?.['zh-CN']).toContain('保存期限：28 天');
  });

  it('element-missing names the missing elements and their checklist rows', () => {
    const elements = { ...notice().elements, retention: false, withdrawal: false, contact: false };
    const policy = testPolicy({
      rules: { 'consent-notice': { requireElements: ['purpose', 'retention', 'withdrawal', 'contact'] } },
    });
    const findings = run(
      { ...COMPLIANT, notice: notice({ separateConsentFor: ['health.temperature'], elements }) },
      { policy },
    );
    const [f] = only(findings, 'consent-notice/element-missing');
    expect(f!.message.en).toBe(
      'The privacy notice on this form does not say how long the data is kept, how to withdraw consent and whom to contact or complain to.',
    );
    expect(f!.checklist).toEqual(['二.1', '三.8', '六.5']);
    expect(f!.citation).toEqual(expect.arrayContaining(['PIPL Art. 15', 'PIPL Art. 50']));
  });

  it("element-missing: the default set is policy.md's, and withdrawal is required only under consent", () => {
    const elements = { ...notice().elements, controller: false, withdrawal: false };
    const spec = { ...COMPLIANT, notice: notice({ separateConsentFor: ['health.temperature'], elements }) };
    expect(run(spec).map((f) => f.message.en)).toEqual([
      'The privacy notice on this form does not say who is collecting it.',
    ]);
    const policy = testPolicy({ rules: { 'consent-notice': { requireElements: ['withdrawal', 'contact'] } } });
    expect(checksOf(run(spec, { policy }))).toEqual(['consent-notice/element-missing']);
    policy.purposes['epidemic-prevention']!.legalBasis = 'public-health';
    expect(run(spec, { policy })).toEqual([]);
  });

  it('element-missing follows requireElements from the policy', () => {
    const elements = { ...notice().elements, retention: false, recipients: false };
    const policy = testPolicy({ rules: { 'consent-notice': { requireElements: ['recipients'] } } });
    const findings = run(
      { ...COMPLIANT, notice: notice({ separateConsentFor: ['health.temperature'], elements }) },
      { policy },
    );
    expect(findings.map((f) => f.message.en)).toEqual([
      'The privacy notice on this form does not say who else receives it.',
    ]);
  });

  it('purpose-undeclared when no purpose can be determined', () => {
    const findings = run(COMPLIANT, { purposeOverride: undefined });
    expect(checksOf(findings)).toEqual(['consent-notice/purpose-undeclared']);
  });

  it('pre-ticked-consent fires for a box checked by default, not for an unticked one', () => {
    const ticked = run({
      ...COMPLIANT,
      page: { consentControls: [consentBox('#agree', '我已阅读并同意《隐私政策》', [], true)] },
    });
    expect(checksOf(ticked)).toEqual(['consent-notice/pre-ticked-consent']);
    expect(ticked[0]!.fields).toEqual(['#agree']);
    expect(ticked[0]!.checklist).toEqual(['三.4']);
    expect(
      run({ ...COMPLIANT, page: { consentControls: [consentBox('#agree', '我已阅读并同意《隐私政策》')] } }),
    ).toEqual([]);
  });

  it('sensitive-purpose-not-stated unless the intro or the question states a purpose', () => {
    const bare = run({ ...COMPLIANT, page: { introStatesPurpose: false } });
    expect(checksOf(bare)).toEqual(['consent-notice/sensitive-purpose-not-stated']);
    expect(bare[0]!.fields).toEqual(['#q2']);
    expect(run({ ...COMPLIANT, page: { introStatesPurpose: false, fieldsWithPurposeStated: ['#q2'] } })).toEqual([]);
    // A hidden input is not a question; it is not "asked without a purpose".
    const hidden = run({
      ...COMPLIANT,
      fields: [...HEALTH_OK.slice(0, 1), field('g', '', 'health.temperature', { hidden: true })],
      page: { introStatesPurpose: false },
    });
    expect(hidden).toEqual([]);
  });

  it('notice-unreachable: dead link, live 404, hidden, tiny or faint text — not a real link at 7:1', () => {
    const dead = run({
      ...COMPLIANT,
      page: { noticeLinks: [{ text: '隐私政策', href: 'javascript:void(0)', reachable: false, selector: '#pp' }] },
    });
    expect(checksOf(dead)).toEqual(['consent-notice/notice-unreachable']);
    const live404 = run(
      {
        ...COMPLIANT,
        page: { noticeLinks: [{ text: 'Privacy', href: 'https://oa.example.cn/p', reachable: true, selector: '#pp' }] },
      },
      { live: { brokenNoticeLinks: ['https://oa.example.cn/p'] } },
    );
    expect(checksOf(live404)).toEqual(['consent-notice/notice-unreachable']);
    const styles = run({
      ...COMPLIANT,
      page: {
        noticeTextStyles: [
          { selector: '#n1', hidden: true, fontSizePx: 12, contrastRatio: 7 },
          { selector: '#n2', hidden: false, fontSizePx: 9, contrastRatio: 7 },
          { selector: '#n3', hidden: false, fontSizePx: 12, contrastRatio: 2.1 },
        ],
      },
    });
    expect(styles.map((f) => f.fields[0])).toEqual(['#n1', '#n2', '#n3']);
    expect(styles[2]!.message.en).toContain('2.1:1');
    const fine = run({
      ...COMPLIANT,
      page: {
        noticeLinks: [{ text: '隐私政策', href: 'https://oa.example.cn/privacy', reachable: true, selector: '#pp' }],
        noticeTextStyles: [{ selector: '#n1', hidden: false, fontSizePx: 12, contrastRatio: 7 }],
      },
    });
    expect(fine).toEqual([]);
  });
});

describe('separate-consent', () => {
  it('bundled-consent when sensitive data has only a general consent', () => {
    const findings = run({
      ...COMPLIANT,
      notice: notice(),
      page: { consentControls: [consentBox('#agree', '我已阅读并同意隐私政策')] },
    });
    expect(checksOf(findings)).toEqual(['separate-consent/bundled-consent']);
    expect(findings[0]!.fields).toEqual(['#q2']);
    expect(findings[0]!.fix?.en).toContain('separate, unticked consent checkbox');
  });

  it('a consent control naming the category counts as separate consent', () => {
    expect(
      run({
        ...COMPLIANT,
        notice: notice(),
        page: { consentControls: [consentBox('#c', '我同意提供体温', ['health.temperature'])] },
      }),
    ).toEqual([]);
  });

  it('collected-before-consent from static markup', () => {
    const findings = run(
      {
        ...COMPLIANT,
        fields: [...HEALTH_OK, field('loc', '', 'location.precise', { hidden: true })],
        notice: notice({ separateConsentFor: ['health.temperature', 'location.precise'] }),
        page: { staticEarlyCollection: [{ kind: 'geolocation', evidence: 'getCurrentPosition on load' }] },
      },
      { purposeOverride: 'attendance' },
    );
    const early = only(findings, 'separate-consent/collected-before-consent');
    expect(early).toHaveLength(1);
    expect(early[0]!.fields).toEqual(['#loc']);
    expect(early[0]!.checklist).toEqual(['三.1']);
  });

  it('collected-before-consent live: geolocation before the first interaction fires, after it does not', () => {
    const spec: ScanSpec = {
      fields: [field('q1', '姓名', 'identity.name'), field('loc', '打卡地点', 'location.precise')],
      notice: notice({ separateConsentFor: ['location.precise'] }),
      page: { staticEarlyCollection: [{ kind: 'geolocation', evidence: 'script' }] },
    };
    const before = run(spec, {
      purposeOverride: 'attendance',
      live: { geolocation: [{ at: 100 }], firstConsentInteractionAt: 500, firstFormInteractionAt: null },
    });
    expect(checksOf(before)).toEqual(['separate-consent/collected-before-consent']);
    const after = run(spec, {
      purposeOverride: 'attendance',
      live: { geolocation: [{ at: 900 }], firstConsentInteractionAt: 500, firstFormInteractionAt: 700 },
    });
    expect(after).toEqual([]);
  });
});

describe('legalBasis other than consent', () => {
  it('no missing-consent findings, but the notice is still required and a pre-ticked box still misleads', () => {
    const spec: ScanSpec = {
      fields: [
        field('q1', '姓名', 'identity.name'),
        field('q2', '身份证号', 'identity.id_number'),
        field('q3', '银行卡号', 'financial.account'),
      ],
      notice: noNotice(),
      page: { consentControls: [consentBox('#agree', '同意', [], true)] },
    };
    const checks = checksOf(run(spec, { purposeOverride: 'onboarding' }));
    expect(checks).toContain('consent-notice/notice-missing');
    expect(checks).not.toContain('separate-consent/bundled-consent');
    expect(checks).toContain('consent-notice/pre-ticked-consent');
    // The same page under a consent-based purpose gets both.
    const policy = testPolicy();
    policy.purposes.onboarding!.legalBasis = 'consent';
    const consentChecks = checksOf(run(spec, { purposeOverride: 'onboarding', policy }));
    expect(consentChecks).toEqual(expect.arrayContaining(['separate-consent/bundled-consent']));
  });
});

describe('insecure-transport', () => {
  it('http-page when the page is http:', () => {
    expect(checksOf(run(COMPLIANT, { pageUrl: 'http://oa.example.cn/form' }))).toEqual([
      'insecure-transport/http-page',
    ]);
  });
  it('http-action when an https page posts over http:', () => {
    const findings = run({ ...COMPLIANT, action: 'http://oa.example.cn/submit' });
    expect(checksOf(findings)).toEqual(['insecure-transport/http-action']);
    expect(findings[0]!.message.en).toContain('http://oa.example.cn/submit');
  });
  it.each([
    'http://localhost:8080/form',
    'http://127.0.0.1/form',
    'http://[::1]:3000/form',
    'http://hr.localhost/form',
  ])('loopback is potentially trustworthy (Secure Contexts): no finding for %s', (pageUrl) => {
    expect(checksOf(run({ ...COMPLIANT, action: pageUrl.replace('/form', '/submit') }, { pageUrl }))).toEqual([]);
  });
  it('a host that only looks like loopback is not: http://127.0.0.1.example.com', () => {
    expect(checksOf(run(COMPLIANT, { pageUrl: 'http://127.0.0.1.example.com/form' }))).toEqual([
      'insecure-transport/http-page',
    ]);
  });
});

describe('policy settings', () => {
  it('severity comes from the policy and enabled:false turns a rule off', () => {
    const spec = { ...COMPLIANT, action: 'http://oa.example.cn/submit' };
    const low = run(spec, { policy: testPolicy({ rules: { 'insecure-transport': { severity: 'low' } } }) });
    expect(low[0]!.severity).toBe('low');
    expect(run(spec, { policy: testPolicy({ rules: { 'insecure-transport': { enabled: false } } }) })).toEqual([]);
  });

  it('findings are sorted by severity, rule, check, first field', () => {
    const findings = run(
      { fields: [...HEALTH_OK, field('q4', '身份证号', 'identity.id_number', { required: true })], notice: noNotice() },
      { pageUrl: 'http://oa.example.cn/f' },
    );
    expect(checksOf(findings)).toEqual([
      'consent-notice/notice-missing',
      'separate-consent/bundled-consent',
      'insecure-transport/http-page',
      'minimal-necessity/category-not-needed',
      'minimal-necessity/refusal-blocks-submit',
    ]);
  });
});

describe('issue 9 "done means"', () => {
  it('pre-ticked box + javascript:void(0) link + ID number with no stated purpose → three findings with checklist rows and fixes', () => {
    const findings = run(
      {
        fields: [field('q1', '姓名', 'identity.name'), field('q2', '身份证号', 'identity.id_number')],
        notice: notice({ separateConsentFor: ['identity.id_number'] }),
        page: {
          introStatesPurpose: false,
          consentControls: [consentBox('#agree', '我已阅读并同意《隐私政策》', [], true)],
          noticeLinks: [
            { text: '《隐私政策》', href: 'javascript:void(0)', reachable: false, selector: '#agree-link' },
          ],
        },
      },
      { purposeOverride: 'onboarding' },
    );
    expect(checksOf(findings)).toEqual([
      'consent-notice/notice-unreachable',
      'consent-notice/pre-ticked-consent',
      'consent-notice/sensitive-purpose-not-stated',
    ]);
    expect(findings.map((f) => f.checklist)).toEqual([['一.3', '一.4'], ['三.4'], ['二.3']]);
    for (const f of findings) {
      expect(f.fix?.['zh-CN']).toBeTruthy();
      expect(f.citation.some((c) => c.startsWith('App认定方法(2019)'))).toBe(true);
    }
  });
});
