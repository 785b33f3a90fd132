import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, PRESETS, resolvePolicyInForce, type PolicyInForce } from '../../../src/core/policy';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const policyNamed = (id: string, version = '1') => ({ ...clone(PRESETS['cn-pipl']), id, version });
const broken = (id: string) => ({
  ...policyNamed(id),
  purposes: { attendance: { label: { en: 'A' }, allow: ['health.temprature'] } },
});

describe('resolvePolicyInForce: default < local < managed', () => {
  it('uses the default when nothing else is there', () => {
    const r = resolvePolicyInForce({ default: DEFAULT_POLICY });
    expect(r.source).toBe('default');
    expect(r.policy).toBe(DEFAULT_POLICY);
    expect(r.rejected).toBeUndefined();
  });

  it('managed over local over default', () => {
    const local = resolvePolicyInForce({ default: DEFAULT_POLICY, local: { raw: policyNamed('mine'), receivedAt: 1 } });
    expect([local.source, local.policy.id]).toEqual(['local', 'mine']);
    const both = resolvePolicyInForce({
      default: DEFAULT_POLICY,
      local: { raw: policyNamed('mine'), receivedAt: 1 },
      managed: { raw: policyNamed('corp'), receivedAt: 2 },
    });
    expect([both.source, both.policy.id]).toEqual(['managed', 'corp']);
    expect(both.lastValid.local?.policy.id).toBe('mine');
    expect(both.lastValid.managed?.receivedAt).toBe(2);
  });

  it('a broken managed policy is never applied: the last good managed policy stays, the failure is kept', () => {
    const first = resolvePolicyInForce({
      default: DEFAULT_POLICY,
      local: { raw: policyNamed('mine'), receivedAt: 1 },
      managed: { raw: policyNamed('corp', 'v1'), receivedAt: 2 },
    });
    const second = resolvePolicyInForce(
      { default: DEFAULT_POLICY, managed: { raw: broken('corp'), receivedAt: 3 } },
      first,
    );
    expect(second.source).toBe('managed');
    expect(second.policy.version).toBe('v1');
    expect(second.rejected?.source).toBe('managed');
    expect(second.rejected?.at).toBe(3);
    expect(second.rejected?.errors[0]?.path).toBe('purposes.attendance.allow[0]');
    // The local layer was not mentioned: it is kept as it was.
    expect(second.lastValid.local?.policy.id).toBe('mine');
    // The rejection stays visible until the managed source delivers a valid policy again.
    const third = resolvePolicyInForce({ default: DEFAULT_POLICY }, second);
    expect(third.rejected?.at).toBe(3);
    const fourth = resolvePolicyInForce(
      { default: DEFAULT_POLICY, managed: { raw: policyNamed('corp', 'v2'), receivedAt: 4 } },
      third,
    );
    expect([fourth.policy.version, fourth.rejected]).toEqual(['v2', undefined]);
  });

  it('a broken first managed policy falls back to local, never to the broken one', () => {
    const r = resolvePolicyInForce({
      default: DEFAULT_POLICY,
      local: { raw: policyNamed('mine'), receivedAt: 1 },
      managed: { raw: broken('corp'), receivedAt: 2 },
    });
    expect([r.source, r.policy.id]).toEqual(['local', 'mine']);
    expect(r.rejected?.source).toBe('managed');
    const none = resolvePolicyInForce({
      default: DEFAULT_POLICY,
      managed: { raw: 'not even an object', receivedAt: 2 },
    });
    expect(none.source).toBe('default');
    expect(none.rejected?.errors[0]?.message['zh-CN']).toBeTruthy();
  });

  it('a broken local file keeps the previous local policy', () => {
    const first = resolvePolicyInForce({
      default: DEFAULT_POLICY,
      local: { raw: policyNamed('mine', 'a'), receivedAt: 1 },
    });
    const second = resolvePolicyInForce(
      { default: DEFAULT_POLICY, local: { raw: broken('mine'), receivedAt: 2 } },
      first,
    );
    expect([second.source, second.policy.version, second.rejected?.source]).toEqual(['local', 'a', 'local']);
  });

  it('removing a layer (null) falls back and clears its state', () => {
    const first = resolvePolicyInForce({
      default: DEFAULT_POLICY,
      managed: { raw: policyNamed('corp'), receivedAt: 1 },
    });
    const removed = resolvePolicyInForce({ default: DEFAULT_POLICY, managed: null }, first);
    expect(removed.source).toBe('default');
    expect(removed.lastValid.managed).toBeUndefined();
  });

  it('is pure: the previous state is not modified and the result survives structured cloning', () => {
    const first = resolvePolicyInForce({
      default: DEFAULT_POLICY,
      managed: { raw: policyNamed('corp'), receivedAt: 1 },
    });
    const snapshot = JSON.stringify(first);
    const next = resolvePolicyInForce(
      { default: DEFAULT_POLICY, managed: { raw: broken('corp'), receivedAt: 2 } },
      first,
    );
    expect(JSON.stringify(first)).toBe(snapshot);
    const stored = structuredClone<PolicyInForce>(next);
    const again = resolvePolicyInForce({ default: DEFAULT_POLICY }, stored);
    expect(again.policy.id).toBe('corp');
    expect(again.rejected?.at).toBe(2);
  });

  it('keeps unknown-key warnings of the policy in force', () => {
    const raw = { ...policyNamed('corp'), note: 'x' };
    const r = resolvePolicyInForce({ default: DEFAULT_POLICY, managed: { raw, receivedAt: 1 } });
    expect(r.warnings.map((w) => w.path)).toEqual(['note']);
  });
});
