import { describe, expect, it } from 'vitest';
import { PRESETS, validatePolicy, type ValidationIssue } from '../../../src/core/policy';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const base = () => clone(PRESETS['cn-pipl']) as unknown as Record<string, any>;

function errorsOf(input: unknown): ValidationIssue[] {
  const r = validatePolicy(input);
  expect(r.ok, 'expected the policy to be rejected').toBe(false);
  return r.ok ? [] : r.errors;
}
const at = (issues: ValidationIssue[], path: string) => issues.filter((i) => i.path === path);

describe('validatePolicy: precise paths and reasons in three languages', () => {
  it('names a mistyped category with its path and suggests the right one (the issue example)', () => {
    const p = base();
    p.purposes.attendance.allow.push('health.temprature');
    const [e] = at(errorsOf(p), 'purposes.attendance.allow[3]');
    expect(e).toBeDefined();
    expect(e!.severity).toBe('error');
    expect(e!.message.en).toBe("'health.temprature' is not a category; did you mean 'health.temperature'?");
    expect(e!.message['zh-CN']).toBe("'health.temprature' 不是有效的数据类别；是否想写 'health.temperature'？");
    expect(e!.message['zh-TW']).toBe("'health.temprature' 不是有效的資料類別；是否想寫 'health.temperature'？");
  });

  it('suggests a category from a bare name, different case or separators', () => {
    const p = base();
    p.purposes.onboarding.allow = ['ID_Number', 'Identity.Phone', 'temperature', 'qwertyuiop'];
    const errors = errorsOf(p);
    expect(at(errors, 'purposes.onboarding.allow[0]')[0]!.message.en).toContain("did you mean 'identity.id_number'?");
    expect(at(errors, 'purposes.onboarding.allow[1]')[0]!.message.en).toContain("did you mean 'identity.phone'?");
    expect(at(errors, 'purposes.onboarding.allow[2]')[0]!.message.en).toContain("did you mean 'health.temperature'?");
    expect(at(errors, 'purposes.onboarding.allow[3]')[0]!.message.en).not.toContain('did you mean');
  });

  it('requires id and version, and explains wrong types', () => {
    const errors = errorsOf({ version: 2024.1, purposes: [] });
    expect(at(errors, 'id')[0]!.message.en).toBe("'id' is required");
    expect(at(errors, 'id')[0]!.message['zh-CN']).toBe("缺少必填项 'id'");
    expect(at(errors, 'version')[0]!.message.en).toBe('must be a text string, found a number');
    expect(at(errors, 'purposes')[0]!.message.en).toBe('must be an object, found a list');
    expect(at(errors, 'purposes')[0]!.message['zh-TW']).toBe('應為物件，實際為陣列');
  });

  it('rejects enum values with a suggestion: jurisdiction, locale, legal basis, granularity, severity, elements, onSubmit', () => {
    const p = base();
    p.jurisdiction = 'cn';
    p.locale = 'zh_CN';
    p.purposes.attendance.legalBasis = 'hr';
    p.purposes.attendance.maxGranularity.location = 'adress';
    p.rules['purpose-limitation'].severity = 'hihg';
    p.rules['consent-notice'].requireElements.push('retension');
    p.onSubmit = 'blocks';
    const errors = errorsOf(p);
    expect(at(errors, 'jurisdiction')[0]!.message.en).toBe("'cn' is not one of CN, EU, generic; did you mean 'CN'?");
    expect(at(errors, 'locale')[0]!.message.en).toContain("did you mean 'zh-CN'?");
    expect(at(errors, 'purposes.attendance.maxGranularity.location')[0]!.message.en).toContain(
      "did you mean 'address'?",
    );
    expect(at(errors, 'rules.purpose-limitation.severity')[0]!.message.en).toContain("did you mean 'high'?");
    expect(at(errors, 'rules.consent-notice.requireElements[6]')[0]!.message.en).toContain("did you mean 'retention'?");
    expect(at(errors, 'onSubmit')[0]!.message.en).toContain("did you mean 'block'?");
    expect(at(errors, 'purposes.attendance.legalBasis')).toHaveLength(1);
  });

  it('checks retentionDays ≥ 0 and whole days; repeatWithinDays too', () => {
    const p = base();
    p.purposes.attendance.retentionDays = -1;
    p.purposes.benefits.retentionDays = 1.5;
    p.rules['minimal-necessity'].repeatWithinDays = -3;
    const errors = errorsOf(p);
    expect(at(errors, 'purposes.attendance.retentionDays')[0]!.message.en).toBe('must be 0 or more, found -1');
    expect(at(errors, 'purposes.benefits.retentionDays')[0]!.message.en).toBe('must be a whole number, found a number');
    expect(at(errors, 'rules.minimal-necessity.repeatWithinDays')[0]!.message.en).toBe('must be 0 or more, found -3');
  });

  it('checks sites: declared purpose (with suggestion), "infer", URL pattern', () => {
    const p = base();
    p.sites = [
      { match: 'https://oa.example.cn/health/*', purpose: 'epidemic' },
      { match: 'https://oa.example.cn', purpose: 'attendance' },
      { match: 'oa.example.cn/*', purpose: 'infer' },
      { match: 'https://oa.*.cn/*', purpose: 'constructor' },
      { match: '*://*.wjx.cn/*', purpose: 'infer' },
    ];
    const errors = errorsOf(p);
    expect(at(errors, 'sites[0].purpose')[0]!.message.en).toBe(
      "purpose 'epidemic' is not declared; did you mean 'epidemic-prevention'?",
    );
    expect(at(errors, 'sites[1].match')[0]!.message.en).toContain('it needs a path; add /* to match every page');
    expect(at(errors, 'sites[2].match')[0]!.message.en).toContain('it needs a scheme');
    expect(at(errors, 'sites[3].match')[0]!.message['zh-CN']).toContain('主机名中的“*”');
    // An inherited property name is not a declared purpose.
    expect(at(errors, 'sites[3].purpose')[0]!.message.en).toContain("purpose 'constructor' is not declared");
    expect(at(errors, 'sites[4].match')).toEqual([]);
    expect(at(errors, 'sites[4].purpose')).toEqual([]);
  });

  it('rejects purpose ids that are not slugs or are reserved', () => {
    const p = base();
    p.purposes['Health Check'] = clone(p.purposes.attendance);
    p.purposes.none = clone(p.purposes.attendance);
    p.purposes.constructor = clone(p.purposes.attendance);
    const errors = errorsOf(p);
    expect(at(errors, 'purposes["Health Check"]')[0]!.message.en).toContain(
      "purpose id 'Health Check' must be lowercase letters",
    );
    expect(at(errors, 'purposes.none')[0]!.message.en).toBe("'none' cannot be a purpose id (reserved)");
    expect(at(errors, 'purposes.constructor')[0]!.message.en).toBe("'constructor' cannot be a purpose id (reserved)");
  });

  it('checks recipients are bare domains and says what to write', () => {
    const p = base();
    p.recipients = ['wjx.cn', 'https://www.wjx.cn/vm/x', '问卷星.中国'];
    const errors = errorsOf(p);
    expect(at(errors, 'recipients[1]')[0]!.message.en).toBe(
      "'https://www.wjx.cn/vm/x' is not a domain; write only the registrable domain, e.g. 'www.wjx.cn'",
    );
    expect(at(errors, 'recipients[0]')).toEqual([]);
    expect(at(errors, 'recipients[2]')).toEqual([]);
  });

  it('reports every error in one pass', () => {
    const p = base();
    p.id = '';
    p.purposes.attendance.allow.push('x.y');
    p.sites = [{ match: 'nope', purpose: 'nope' }];
    const paths = errorsOf(p).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['id', 'purposes.attendance.allow[3]', 'sites[0].match', 'sites[0].purpose']),
    );
  });
});

describe('validatePolicy: warnings are not failures', () => {
  it('warns about unknown keys at any depth, with did-you-mean, and drops them from the policy', () => {
    const p = base();
    p.purposes.attendance.retentionDay = 30;
    p.rules['purpose-limitaton'] = { severity: 'low' };
    p.comment = 'ours';
    p.purposes.attendance.label.ja = '勤怠';
    const r = validatePolicy(p);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const byPath = Object.fromEntries(r.warnings.map((w) => [w.path, w]));
    expect(byPath['purposes.attendance.retentionDay']!.message.en).toBe(
      "unknown key 'retentionDay' is ignored; did you mean 'retentionDays'?",
    );
    expect(byPath['purposes.attendance.retentionDay']!.message['zh-CN']).toBe(
      "未知的键 'retentionDay' 将被忽略；是否想写 'retentionDays'？",
    );
    expect(byPath['rules.purpose-limitaton']!.message.en).toContain("did you mean 'purpose-limitation'?");
    expect(byPath.comment!.severity).toBe('warning');
    expect(byPath['purposes.attendance.label.ja']).toBeDefined();
    expect(r.policy).not.toHaveProperty('comment');
    expect(r.policy.purposes.attendance).not.toHaveProperty('retentionDay');
    expect(r.policy.rules).not.toHaveProperty('purpose-limitaton');
    expect(r.policy.purposes.attendance!.retentionDays).toBe(730);
  });

  it('warns about duplicates, contradictions and missing labels', () => {
    const p = base();
    p.purposes.attendance.allow.push('identity.name');
    p.purposes['epidemic-prevention'].allow.push('location.precise');
    p.purposes.benefits.label = {};
    p.sites = [
      { match: 'https://a.cn/*', purpose: 'infer' },
      { match: 'https://a.cn/*', purpose: 'attendance' },
    ];
    p.rules['insecure-transport'].repeatWithinDays = 3;
    p.rules['consent-notice'].requireElements = ['purpose'];
    const r = validatePolicy(p);
    expect(r.ok).toBe(true);
    const codes = r.warnings.map((w) => `${w.path} ${w.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'purposes.attendance.allow[3] duplicateValue',
        'purposes.epidemic-prevention.allow[10] granularityConflict',
        'purposes.benefits.label noLabel',
        'sites[1].match duplicateSite',
        'rules.insecure-transport.repeatWithinDays ruleOptionIgnored',
        'rules.consent-notice.requireElements consentWithoutElement',
      ]),
    );
  });

  it('a policy without purposes is refused, naming purposes with a reason in three languages (issue 13)', () => {
    const r = validatePolicy({ id: 'x', version: '1' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['purposes purposesRequired']);
    const [error] = r.errors;
    expect(error!.message.en).toContain("'purposes' is required");
    expect(error!.message['zh-CN']).toContain('purposes');
    expect(error!.message['zh-TW']).toContain('purposes');
    expect(new Set(Object.values(error!.message)).size).toBe(3);
  });

  it('day counts beyond a century are refused: no date that far out exists for a receipt or an expiry (issue 13)', () => {
    const r = validatePolicy({
      id: 'x',
      version: '1',
      purposes: { a: { label: { en: 'A' }, allow: [], retentionDays: 1e300 } },
      rules: { 'minimal-necessity': { repeatWithinDays: 36_501 } },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.path} ${e.code}`)).toEqual([
      'purposes.a.retentionDays maximum',
      'rules.minimal-necessity.repeatWithinDays maximum',
    ]);
    expect(r.errors[0]!.message.en).toBe('must be 36500 or less, found 1e+300');
    expect(
      validatePolicy({
        id: 'x',
        version: '1',
        purposes: { a: { label: { en: 'A' }, allow: [], retentionDays: 36_500 } },
      }).ok,
    ).toBe(true);
  });

  it('a minimal policy with an empty purposes map is valid, with a warning', () => {
    const r = validatePolicy({ id: 'x', version: '1', purposes: {} });
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(['noPurposes']);
  });
});
