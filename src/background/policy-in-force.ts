// The one place that knows which policy is in force and why (default < local < managed), in the
// manner of uBlock Origin's single reader of chrome.storage.managed. Everything else asks it.
// The state (last valid policy per source, open rejections, outcome log) lives in
// storage.local so it survives service-worker restarts; the transitions are pure (policy-layers.ts).
import browser from 'webextension-polyfill';
import { PRESETS } from '../core/policy';
import type { Handlers } from './router';
import {
  applyCandidate,
  EMPTY_STATE,
  inForce,
  managedCandidate,
  parsedOrErrors,
  rejectUnparsable,
  removeSource,
  revalidateStored,
  statusOf,
  type PolicyState,
  type StoredPolicyState,
} from './policy-layers';

export type { PolicyState } from './policy-layers';

const STORAGE_KEY = 'policyState';
let state: StoredPolicyState = EMPTY_STATE;
let ready: Promise<void> | null = null;
const listeners = new Set<() => void>();

async function commit(next: StoredPolicyState): Promise<void> {
  const before = inForce(state);
  state = next;
  await browser.storage.local.set({ [STORAGE_KEY]: state });
  const after = inForce(state);
  if (after.source !== before.source || after.policy !== before.policy) for (const l of listeners) l();
}

/** Avoids logging the same managed policy again on every service-worker start. */
function alreadyInForce(candidate: unknown): boolean {
  const valid = state.layers.lastValid.managed;
  return !!valid && !state.layers.rejections.managed && JSON.stringify(candidate) === JSON.stringify(valid.policy);
}

/**
 * How long a read of storage.managed may take before evaluations go on without it. Chromium's
 * answer has been seen never to come: the first read of a new worker, made while a tab had a
 * request left hanging, waited for ever, and every tab's evaluation with it (no badge, no marks).
 */
const MANAGED_READ_MS = 2000;

async function readManaged(): Promise<void> {
  const reading = browser.storage.managed
    .get(null)
    // No managed storage on this browser/profile (Firefox without policies.json): nothing pushed.
    .catch((): Record<string, unknown> => ({}));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((ok) => (timer = setTimeout(() => ok(null), MANAGED_READ_MS)));
  const items = await Promise.race([reading, late]);
  clearTimeout(timer);
  if (items === null) {
    // Unknown is not "none": what is stored stays in force (an admin's policy is not dropped) and
    // the answer is applied whenever it comes.
    console.warn(
      `[FormWarden policy] storage.managed did not answer within ${MANAGED_READ_MS} ms; the stored policy stays in force`,
    );
    void reading.then(applyManaged);
    return;
  }
  await applyManaged(items);
}

async function applyManaged(items: Record<string, unknown>): Promise<void> {
  const found = managedCandidate(items);
  if (!found.present) {
    // The managed layer is what storage.managed says now, whatever storage.local claims: where a
    // content script can still write storage.local (Firefox), a forged "managed" policy would
    // otherwise lock the employee under it.
    if (state.managedPresent || state.layers.lastValid.managed || state.layers.rejections.managed)
      await commit(removeSource(state, 'managed'));
  } else if ('errors' in found) {
    await commit(rejectUnparsable(state, 'managed', found.errors, Date.now()).next);
  } else if (!alreadyInForce(found.candidate)) {
    await commit(applyCandidate(state, 'managed', found.candidate, Date.now()).next);
  }
}

export function initPolicyStore(): Promise<void> {
  ready ??= (async () => {
    const stored = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY] as StoredPolicyState | undefined;
    if (stored && typeof stored === 'object' && 'layers' in stored)
      state = revalidateStored({ ...EMPTY_STATE, ...stored }, Date.now());
    browser.storage.onChanged.addListener((_changes, area) => {
      if (area === 'managed') void readManaged();
    });
    await readManaged();
  })();
  return ready;
}

export async function getPolicyInForce(): Promise<PolicyState> {
  await initPolicyStore();
  return inForce(state);
}

export function onPolicyChange(listener: () => void): void {
  listeners.add(listener);
}

async function loadLocal(candidate: unknown) {
  const { next, outcome } = applyCandidate(state, 'local', candidate, Date.now());
  await commit(next);
  return { ok: outcome.applied, errors: outcome.errors, warnings: outcome.warnings };
}

/** The policy routes of the message contract (extension pages only: the router checks). */
export const policyHandlers: Pick<
  Handlers,
  'policy/get-status' | 'policy/load-local' | 'policy/use-preset' | 'policy/clear-local' | 'policy/refresh-managed'
> = {
  async 'policy/get-status'() {
    await initPolicyStore();
    return statusOf(state);
  },
  async 'policy/load-local'({ text, fileName }) {
    await initPolicyStore();
    if (statusOf(state).locked) return { ok: false, locked: true, errors: [] };
    const parsed = parsedOrErrors(typeof text === 'string' ? text : '', String(fileName ?? 'policy.json'));
    if ('errors' in parsed) {
      const { next, outcome } = rejectUnparsable(state, 'local', parsed.errors, Date.now());
      await commit(next);
      return { ok: false, errors: outcome.errors, warnings: [] };
    }
    return loadLocal(parsed.candidate);
  },
  async 'policy/use-preset'({ preset }) {
    await initPolicyStore();
    if (statusOf(state).locked) return { ok: false, locked: true };
    const chosen = Object.prototype.hasOwnProperty.call(PRESETS, preset)
      ? PRESETS[preset as keyof typeof PRESETS]
      : undefined;
    return chosen ? loadLocal(chosen) : { ok: false };
  },
  async 'policy/clear-local'() {
    await initPolicyStore();
    if (statusOf(state).locked) return { ok: false, locked: true };
    await commit(removeSource(state, 'local'));
    return { ok: true };
  },
  async 'policy/refresh-managed'() {
    await initPolicyStore();
    await readManaged();
    return statusOf(state);
  },
};
