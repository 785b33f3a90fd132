import { describe, expect, it } from 'vitest';
import { applyCandidate, EMPTY_STATE, inForce, managedCandidate, rejectUnparsable, removeSource, statusOf } from '../../../src/background/policy-layers';
import { DEFAULT_POLICY } from '../../../src/core/policy';

const good = (id: string, version = '1') => ({
  id, version, jurisdiction: 'CN',
  purposes: { attendance: { label: { en: 'Attendance' }, allow: ['identity.name'] } },
});
const bad = { id: 'broken', version: '2', purposes: { attendance: { label: { en: 'A' }, allow: ['identity.name', 'health.temprature'] } } };

describe('background policy state: default < local < managed', () => {
  it('starts with the shipped default', () => {
    expect(inForce(EMPTY_STATE)).toEqual({ policy: DEFAULT_POLICY, source: 'default' });
  });

  it('a valid local policy wins over the default, a valid managed one over local, and locks local edits', () => {
    const local = applyCandidate(EMPTY_STATE, 'local', good('ours-local'), 1).next;
    expect(inForce(local).source).toBe('local');
    const managed = applyCandidate(local, 'managed', good('acme-managed'), 2).next;
    expect(inForce(managed)).toMatchObject({ source: 'managed', policy: { id: 'acme-managed' } });
    expect(statusOf(managed).locked).toBe(true);
  });

  it('an invalid managed policy is never applied: the last valid one stays and the rejection is shown', () => {
    const first = applyCandidate(EMPTY_STATE, 'managed', good('acme', '1'), 1).next;
    const { next, outcome } = applyCandidate(first, 'managed', bad, 2);
    expect(outcome).toMatchObject({ applied: false, policyId: 'broken', version: '2' });
    expect(outcome.errors.map((e) => e.path)).toContain('purposes.attendance.allow[1]');
    expect(outcome.errors[0]!.message.en).toContain("did you mean 'health.temperature'");
    expect(inForce(next)).toMatchObject({ source: 'managed', policy: { id: 'acme', version: '1' } });
    const status = statusOf(next);
    expect(status.managed.rejected).toBe(outcome);
    expect(status.outcomes.map((o) => o.applied)).toEqual([false, true]);
  });

  it('a later valid push clears the shown rejection', () => {
    let s = applyCandidate(EMPTY_STATE, 'managed', bad, 1).next;
    expect(statusOf(s).managed.rejected).toBeDefined();
    s = applyCandidate(s, 'managed', good('acme', '3'), 2).next;
    expect(statusOf(s).managed.rejected).toBeUndefined();
    expect(inForce(s).policy.version).toBe('3');
  });

  it('an invalid first managed policy leaves the employee under the default policy', () => {
    const { next } = applyCandidate(EMPTY_STATE, 'managed', bad, 1);
    expect(inForce(next)).toEqual({ policy: DEFAULT_POLICY, source: 'default' });
  });

  it('removing the managed policy falls back to local, then default', () => {
    let s = applyCandidate(EMPTY_STATE, 'local', good('mine'), 1).next;
    s = applyCandidate(s, 'managed', good('acme'), 2).next;
    s = removeSource(s, 'managed');
    expect(inForce(s)).toMatchObject({ source: 'local', policy: { id: 'mine' } });
    expect(inForce(removeSource(s, 'local')).source).toBe('default');
  });

  it('reads the admin value under `policy` (object) or `policyJson` (string); broken JSON is a located error', () => {
    expect(managedCandidate({})).toEqual({ present: false });
    expect(managedCandidate({ policy: { id: 'x' } })).toEqual({ present: true, candidate: { id: 'x' } });
    expect(managedCandidate({ policyJson: JSON.stringify(good('y')) })).toMatchObject({ present: true, candidate: { id: 'y' } });
    const broken = managedCandidate({ policyJson: '{"id":\n  "y",' });
    expect('errors' in broken && broken.errors[0]!.message.en).toMatch(/line 2/);
    const s = rejectUnparsable(EMPTY_STATE, 'managed', 'errors' in broken ? broken.errors : [], 5).next;
    expect(statusOf(s).managed.rejected?.errors.length).toBe(1);
  });
});
