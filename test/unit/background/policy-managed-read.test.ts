// A read of storage.managed that never answers (seen in Chromium: a new worker's first read, made
// while a tab had a request left hanging) must not hold up every evaluation: after a short wait the
// stored policy stays in force, and the managed answer is applied whenever it comes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MANAGED_KEYS } from '../../../src/core/policy/schema';

const local: Record<string, unknown> = {};
let answerManaged: (items: Record<string, unknown>) => void = () => undefined;

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      onChanged: { addListener: () => undefined },
      local: {
        get: async (key: string) => (key in local ? { [key]: local[key] } : {}),
        set: async (items: Record<string, unknown>) => void Object.assign(local, items),
      },
      managed: {
        get: () =>
          new Promise<Record<string, unknown>>((ok) => {
            answerManaged = ok;
          }),
      },
    },
  },
}));

const { getPolicyInForce } = await import('../../../src/background/policy-in-force');

const adminPolicy = {
  id: 'acme-managed',
  version: '3',
  jurisdiction: 'CN',
  purposes: { attendance: { label: { en: 'Attendance' }, allow: ['identity.name'] } },
};

afterEach(() => {
  vi.useRealTimers();
});

describe('storage.managed that does not answer', () => {
  it('lets evaluations go on with the stored policy, then applies the managed answer when it comes', async () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const first = getPolicyInForce();
    // Without the wait's end this never settles: the test would time out.
    await vi.advanceTimersByTimeAsync(2500);
    expect(await first).toMatchObject({ source: 'default' });
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('storage.managed did not answer'));

    answerManaged({ [MANAGED_KEYS.object]: adminPolicy });
    await vi.waitFor(async () =>
      expect(await getPolicyInForce()).toMatchObject({ source: 'managed', policy: { id: 'acme-managed' } }),
    );
  });
});
