// Whatever an admin, a tool or an attacker pushes, validation returns errors as values: it never
// throws, never hangs, never writes to a prototype, and says what is wrong.
import { describe, expect, it } from 'vitest';
import { JSON_LIMITS, PRESETS, parsePolicyText, validatePolicy, type PolicyValidation } from '../../../src/core/policy';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const valid = () => clone(PRESETS['cn-pipl']) as unknown as Record<string, any>;

function timed(fn: () => PolicyValidation): { result: PolicyValidation; ms: number } {
  const start = performance.now();
  const result = fn();
  return { result, ms: performance.now() - start };
}
function expectRejected(result: PolicyValidation, code?: string, path?: string): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  if (code) expect(result.errors.map((e) => e.code)).toContain(code);
  if (path !== undefined) expect(result.errors.map((e) => e.path)).toContain(path);
  for (const e of result.errors) for (const text of Object.values(e.message)) expect(text.length).toBeLessThan(1000);
}

function nested(depth: number, kind: 'object' | 'array'): unknown {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) v = kind === 'object' ? { a: v } : [v];
  return v;
}

describe('hostile input', () => {
  it('10,000 levels of nesting (objects and lists), as values and as text', () => {
    for (const kind of ['object', 'array'] as const) {
      const p = valid();
      p.purposes.attendance.label = nested(10_000, kind);
      const { result, ms } = timed(() => validatePolicy(p));
      expectRejected(result, 'tooDeep');
      expect(ms).toBeLessThan(2000);
    }
    const text = `{"id":"x","version":"1","purposes":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
    const parsed = parsePolicyText(text, 'deep.json');
    expect(parsed.ok).toBe(false);
    const arrays = parsePolicyText(`${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'deep.json');
    expect(arrays.ok).toBe(false);
  });

  it('a million-element list and a million keys are refused quickly', () => {
    const p = valid();
    p.recipients = new Array(1_000_000).fill('wjx.cn');
    const list = timed(() => validatePolicy(p));
    expectRejected(list.result, 'tooManyValues');
    expect(list.ms).toBeLessThan(2000);

    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    expectRejected(validatePolicy({ id: 'x', version: '1', sites: sparse }), 'tooManyValues');

    const many: Record<string, unknown> = {};
    for (let i = 0; i < 200_000; i++) many[`k${i}`] = i;
    const keys = timed(() => validatePolicy({ id: 'x', version: '1', purposes: many }));
    expectRejected(keys.result, 'tooManyValues');
    expect(keys.ms).toBeLessThan(3000);
  });

  it('many bad categories: errors are capped, the time is bounded', () => {
    const p = valid();
    p.purposes.attendance.allow = Array.from({ length: 50_000 }, (_, i) => `health.temprature${i % 7}`);
    const { result, ms } = timed(() => validatePolicy(p));
    expectRejected(result);
    if (!result.ok) {
      expect(result.errors.length).toBeLessThanOrEqual(110);
      expect(result.errors.at(-1)!.code).toBe('tooManyIssues');
    }
    expect(ms).toBeLessThan(3000);
  });

  it('10 MB strings as value, as key, as purpose id, and as a whole file', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const asValue = valid();
    asValue.id = huge;
    expectRejected(validatePolicy(asValue), 'stringTooLong', 'id');
    const asKey = valid();
    asKey.purposes[huge] = asKey.purposes.attendance;
    const { result, ms } = timed(() => validatePolicy(asKey));
    expectRejected(result, 'stringTooLong');
    expect(ms).toBeLessThan(2000);
    const asKeyword = valid();
    const index = asKeyword.purposes.attendance.keywords.push(huge) - 1;
    expectRejected(validatePolicy(asKeyword), 'stringTooLong', `purposes.attendance.keywords[${index}]`);
    const file = parsePolicyText(`{"id":"${huge}"}`, 'big.json');
    expect(file.ok).toBe(false);
    if (!file.ok) expect(file.errors[0]!.code).toBe('textTooLarge');
    // A long but legal string only fails the field's own limit.
    const long = valid();
    long.version = 'v'.repeat(5000);
    expectRejected(validatePolicy(long), 'maxLength', 'version');
  });

  it('wrong types everywhere', () => {
    const shapes: unknown[] = [undefined, null, 0, 1.5, -1, true, 'policy', [], [1, 2], {}];
    for (const root of shapes) expect(validatePolicy(root).ok).toBe(false);
    const fields = ['id', 'version', 'jurisdiction', 'locale', 'purposes', 'sites', 'recipients', 'rules', 'onSubmit'];
    for (const field of fields) {
      for (const value of [null, 7, true, 'text', [], { a: 1 }, [[{}]]]) {
        const p = valid();
        p[field] = value;
        const r = validatePolicy(p);
        expect(() => JSON.stringify(r)).not.toThrow();
      }
    }
    const p = valid();
    p.purposes.attendance = 'attendance';
    p.purposes.benefits.allow = 'identity.name';
    p.purposes.onboarding.label = ['入职'];
    p.sites = ['https://a.cn/*', { match: 1, purpose: [] }, null];
    p.rules = { 'consent-notice': { requireElements: 'purpose', enabled: 'yes' } };
    const r = validatePolicy(p);
    expectRejected(r);
    if (!r.ok) {
      const paths = r.errors.map((e) => e.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          'purposes.attendance',
          'purposes.benefits.allow',
          'purposes.onboarding.label',
          'sites[0]',
          'sites[1].match',
          'sites[1].purpose',
          'sites[2]',
          'rules.consent-notice.requireElements',
          'rules.consent-notice.enabled',
        ]),
      );
    }
  });

  it('__proto__, constructor and prototype keys never pollute anything', () => {
    const text = JSON.stringify(valid())
      .replace(
        '"purposes":{',
        '"purposes":{"__proto__":{"label":{"en":"x"},"allow":[]},"constructor":{"label":{"en":"y"},"allow":[]},',
      )
      .replace(
        '"id":"cn-pipl"',
        '"__proto__":{"polluted":true,"jurisdiction":"EU"},"constructor":{"prototype":{"polluted":true}},"id":"cn-pipl"',
      )
      .replace('"label":{', '"label":{"__proto__":{"polluted":true},');
    const viaText = parsePolicyText(text, 'proto.json');
    const viaValue = validatePolicy(JSON.parse(text));
    for (const r of [viaText, viaValue]) {
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.errors.map((e) => e.path)).toEqual(
        expect.arrayContaining(['purposes.__proto__', 'purposes.constructor']),
      );
      expect(r.warnings.map((w) => w.path)).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
    }
    // Without the bad purpose ids the policy applies, and carries none of those keys.
    const fine = JSON.parse(
      JSON.stringify(valid()).replace('"id":"cn-pipl"', '"__proto__":{"polluted":true},"id":"cn-pipl"'),
    );
    const r = validatePolicy(fine);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(Object.getPrototypeOf(r.policy)).toBe(Object.prototype);
      expect(Object.hasOwn(r.policy, '__proto__')).toBe(false);
      expect((r.policy as unknown as Record<string, unknown>).polluted).toBeUndefined();
      expect(r.policy.jurisdiction).toBe('CN');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('non-JSON values: functions, symbols, BigInt, NaN, Infinity, Date, Map, class instances, cycles', () => {
    const cases: [unknown, string][] = [
      [() => 1, 'a function'],
      [Symbol('x'), 'a symbol'],
      [10n, 'a BigInt'],
      [NaN, 'NaN'],
      [Infinity, 'Infinity'],
      [new Date(0), 'a Date object'],
      [new Map(), 'a Map object'],
      [new (class Policy {})(), 'object'],
      [/x/, 'a RegExp object'],
    ];
    for (const [value, what] of cases) {
      const p = valid();
      p.purposes.attendance.retentionDays = value;
      const r = validatePolicy(p);
      expectRejected(r, 'notJsonValue', 'purposes.attendance.retentionDays');
      if (!r.ok) expect(r.errors[0]!.message.en).toContain(what);
    }
    const cyclic = valid();
    cyclic.purposes.attendance.label.self = cyclic;
    const { result, ms } = timed(() => validatePolicy(cyclic));
    expectRejected(result, 'tooDeep');
    expect(ms).toBeLessThan(2000);
    expect(validatePolicy(Object.assign(valid(), { id: undefined })).ok).toBe(false);
  });

  it('getters, throwing getters, proxies with throwing traps and revoked proxies', () => {
    const p = valid();
    let called = false;
    Object.defineProperty(p, 'version', {
      enumerable: true,
      get: () => {
        called = true;
        throw new Error('boom');
      },
    });
    expectRejected(validatePolicy(p), 'notJsonValue', 'version');
    expect(called).toBe(false);

    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    expect(() => validatePolicy(trap)).not.toThrow();
    expectRejected(validatePolicy(trap), 'unreadable');

    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const withRevoked = valid();
    withRevoked.rules = proxy;
    expect(() => validatePolicy(withRevoked)).not.toThrow();
    expectRejected(validatePolicy(withRevoked), undefined, 'rules');
    expectRejected(validatePolicy(proxy));
  });

  it('the limits are the documented ones', () => {
    expect(JSON_LIMITS.maxDepth).toBeGreaterThanOrEqual(8);
    expect(JSON_LIMITS.maxStringLength).toBeLessThan(10 * 1024 * 1024);
  });
});
