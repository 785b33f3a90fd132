import { describe, expect, it } from 'vitest';
import { applyCandidate, EMPTY_STATE, inForce, managedCandidate } from '../../../src/background/policy-layers';
import { DEFAULT_POLICY } from '../../../src/core/policy';

const good = (id: string, version = '1') => ({
  id, version, jurisdiction: 'CN',
  purposes: { attendance: { label: { en: 'Attendance' }, allow: ['identity.name'] } },
});
const bad = { id: 'broken', version: '2', purposes: { attendance: { label: { en: 'A' }, allow: ['health.temprature'] } } };

describe('policy in force: default < local < managed', () => {
  it('starts with the shipped default', () => {
    expect(inForce(EMPTY_STATE)).toEqual({ policy: DEFAULT_POLICY, source: 'default' });
  });

  it('a valid local policy wins over the default, a valid managed one over local', () => {
    const local = applyCandidate(EMPTY_STATE, 'local', good('ours-local'), 1).next;
    expect(inForce(local).source).toBe('local');
    const managed = applyCandidate(local, 'managed', good('acme-managed'), 2).next;
    expect(inForce(managed)).toMatchObject({ source: 'managed', policy: { id: 'acme-managed' } });
  });

  it('an invalid managed policy is never applied: the last valid one stays and the rejection is kept', () => {
    const first = applyCandidate(EMPTY_STATE, 'managed', good('acme', '1'), 1).next;
    const { next, outcome } = applyCandidate(first, 'managed', bad, 2);
    expect(outcome.applied).toBe(false);
    expect(outcome.errors.length).toBeGreaterThan(0);
    expect(outcome.errors[0]!.path).toContain('purposes.attendance.allow');
    expect(inForce(next)).toMatchObject({ source: 'managed', policy: { id: 'acme', version: '1' } });
    expect(next.managed.rejected?.policyId).toBe('broken');
    expect(next.outcomes[0]).toBe(outcome);
  });

  it('an invalid first managed policy leaves the employee under the local/default policy', () => {
    const { next } = applyCandidate(EMPTY_STATE, 'managed', bad, 1);
    expect(inForce(next)).toEqual({ policy: DEFAULT_POLICY, source: 'default' });
  });

  it('reads the admin value under `policy` (object) or `policyJson` (string)', () => {
    expect(managedCandidate({})).toEqual({ present: false });
    expect(managedCandidate({ policy: { id: 'x' } })).toEqual({ present: true, candidate: { id: 'x' } });
    expect(managedCandidate({ policyJson: '{"id":"y"}' })).toEqual({ present: true, candidate: { id: 'y' } });
    const broken = managedCandidate({ policyJson: '{"id":' });
    expect(broken.present).toBe(true);
    expect(broken.parseError?.path).toBe('policyJson');
  });
});
