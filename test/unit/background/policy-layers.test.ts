import { describe, expect, it } from 'vitest';
import {
  applyCandidate,
  EMPTY_STATE,
  inForce,
  managedCandidate,
  rejectUnparsable,
  removeSource,
  revalidateStored,
  statusOf,
  type StoredPolicyState,
} from '../../../src/background/policy-layers';
import { DEFAULT_POLICY } from '../../../src/core/policy';

const good = (id: string, version = '1') => ({
  id,
  version,
  jurisdiction: 'CN',
  purposes: { attendance: { label: { en: 'Attendance' }, allow: ['identity.name'] } },
});
const bad = {
  id: 'broken',
  version: '2',
  purposes: { attendance: { label: { en: 'A' }, allow: ['identity.name', 'health.temprature'] } },
};

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

  it("at start-up a stored policy today's validator refuses leaves force with its reasons (issue 13: stored before purposes was required)", () => {
    const local = applyCandidate(EMPTY_STATE, 'local', good('ours-local'), 1).next;
    const managed = applyCandidate(local, 'managed', good('acme', '1'), 2).next;
    // What an older FormWarden stored after accepting a managed policy without purposes.
    const { purposes: _none, ...withoutPurposes } = good('acme', '2');
    const stored: StoredPolicyState = {
      ...managed,
      layers: {
        ...managed.layers,
        lastValid: {
          ...managed.layers.lastValid,
          managed: { policy: withoutPurposes as never, receivedAt: 3, warnings: [] },
        },
      },
    };
    const s = revalidateStored(stored, 10);
    expect(inForce(s)).toMatchObject({ source: 'local', policy: { id: 'ours-local' } });
    const status = statusOf(s);
    expect(status.managed.rejected).toMatchObject({ at: 10, applied: false, policyId: 'acme', version: '2' });
    expect(status.managed.rejected!.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['purposes purposesRequired']);
    // Valid stored policies stay exactly in force.
    expect(revalidateStored(managed, 10)).toEqual(managed);
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
    expect(managedCandidate({ policyJson: JSON.stringify(good('y')) })).toMatchObject({
      present: true,
      candidate: { id: 'y' },
    });
    const broken = managedCandidate({ policyJson: '{"id":\n  "y",' });
    expect('errors' in broken && broken.errors[0]!.message.en).toMatch(/line 2/);
    const s = rejectUnparsable(EMPTY_STATE, 'managed', 'errors' in broken ? broken.errors : [], 5).next;
    expect(statusOf(s).managed.rejected?.errors.length).toBe(1);
  });
});
