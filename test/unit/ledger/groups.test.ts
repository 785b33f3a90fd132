import { describe, expect, it } from 'vitest';
import { consentGroups } from '../../../src/ui/ledger/groups';

describe('consent groups in the popup', () => {
  it('separate consent: one question per sensitive category, the rest together', () => {
    expect(consentGroups(['identity.name', 'health.temperature', 'identity.phone', 'location.travel'], true)).toEqual([
      { key: 'health.temperature', categories: ['health.temperature'], sensitive: true },
      { key: 'location.travel', categories: ['location.travel'], sensitive: true },
      { key: 'other', categories: ['identity.name', 'identity.phone'], sensitive: false },
    ]);
  });
  it('bundled when the policy does not ask for separate consent; nothing when nothing personal', () => {
    expect(consentGroups(['identity.name', 'health.temperature'], false)).toEqual([
      { key: 'all', categories: ['identity.name', 'health.temperature'], sensitive: true },
    ]);
    expect(consentGroups([], true)).toEqual([]);
    expect(consentGroups(['identity.email'], true)).toEqual([
      { key: 'other', categories: ['identity.email'], sensitive: false },
    ]);
  });
});
