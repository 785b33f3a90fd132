// The one place that knows which policy is in force and why (default < local < managed), in the
// manner of uBlock Origin's single reader of chrome.storage.managed. Everything else asks it.
//
// A policy that fails validation is never applied: the last valid policy of the same source stays
// in force, and the rejection (time, source, errors with JSON paths) is kept for the options page.
import browser from 'webextension-polyfill';
import { PRESETS } from '../core/policy';
import {
  applyCandidate, EMPTY_STATE, inForce, jsonParseIssue, managedCandidate, MAX_OUTCOMES,
  type PolicyOutcome, type PolicyState, type PolicyStatus, type StoredPolicyState,
} from './policy-layers';

export type { PolicyOutcome, PolicyState, PolicyStatus } from './policy-layers';

const STORAGE_KEY = 'policyState';
let state: StoredPolicyState = EMPTY_STATE;
let ready: Promise<void> | null = null;
const listeners = new Set<() => void>();

async function persist(): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEY]: state });
}

function notify(before: PolicyState): void {
  const after = inForce(state);
  if (after.source !== before.source || after.policy !== before.policy) for (const l of listeners) l();
}

async function readManaged(): Promise<void> {
  let items: Record<string, unknown> = {};
  try {
    items = (await browser.storage.managed.get(null)) as Record<string, unknown>;
  } catch {
    // No managed storage on this browser / profile (Firefox without policies.json): nothing pushed.
    items = {};
  }
  const before = inForce(state);
  const found = managedCandidate(items);
  if (!found.present) {
    if (state.managedPresent) state = { ...state, managedPresent: false, managed: {} };
  } else if (found.parseError) {
    const outcome: PolicyOutcome = { at: Date.now(), source: 'managed', applied: false, errors: [found.parseError], warnings: [] };
    state = { ...state, managedPresent: true, managed: { ...state.managed, rejected: outcome }, outcomes: [outcome, ...state.outcomes].slice(0, MAX_OUTCOMES) };
  } else if (!sameAsLastSeen(found.candidate)) {
    state = applyCandidate(state, 'managed', found.candidate, Date.now()).next;
  }
  await persist();
  notify(before);
}

/** Avoids recording the same managed policy again on every service-worker start. */
function sameAsLastSeen(candidate: unknown): boolean {
  const m = state.managed;
  if (!m.lastValid) return false;
  const lastOutcome = state.outcomes.find((o) => o.source === 'managed');
  return lastOutcome?.applied === true && JSON.stringify(candidate) === JSON.stringify(m.lastValid);
}

export function initPolicyStore(): Promise<void> {
  ready ??= (async () => {
    const stored = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY] as StoredPolicyState | undefined;
    if (stored && typeof stored === 'object') state = { ...EMPTY_STATE, ...stored };
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

export async function getPolicyStatus(): Promise<PolicyStatus> {
  await initPolicyStore();
  const current = inForce(state);
  return { ...current, locked: current.source === 'managed', managedPresent: state.managedPresent, managed: state.managed, local: state.local, outcomes: state.outcomes };
}

export function onPolicyChange(listener: () => void): void {
  listeners.add(listener);
}

async function loadLocal(candidate: unknown): Promise<PolicyOutcome> {
  await initPolicyStore();
  const before = inForce(state);
  const { next, outcome } = applyCandidate(state, 'local', candidate, Date.now());
  state = next;
  await persist();
  notify(before);
  return outcome;
}

async function clearLocal(): Promise<void> {
  await initPolicyStore();
  const before = inForce(state);
  state = { ...state, local: {} };
  await persist();
  notify(before);
}

/** Messages whose type starts with "policy/" (from the options page). */
export async function handlePolicyMessage(message: { type: string; [k: string]: unknown }): Promise<unknown> {
  switch (message.type) {
    case 'policy/get-status':
      return getPolicyStatus();
    case 'policy/load-local': {
      if ((await getPolicyStatus()).locked) return { ok: false, locked: true };
      const text = typeof message.text === 'string' ? message.text : '';
      let candidate: unknown;
      try {
        candidate = JSON.parse(text);
      } catch (e) {
        return { ok: false, errors: [jsonParseIssue(String(message.fileName ?? ''), e)] };
      }
      const outcome = await loadLocal(candidate);
      return { ok: outcome.applied, errors: outcome.errors, warnings: outcome.warnings };
    }
    case 'policy/use-preset': {
      if ((await getPolicyStatus()).locked) return { ok: false, locked: true };
      const preset = PRESETS[message.preset as keyof typeof PRESETS];
      if (!preset) return { ok: false };
      await loadLocal(preset);
      return { ok: true };
    }
    case 'policy/clear-local':
      if ((await getPolicyStatus()).locked) return { ok: false, locked: true };
      await clearLocal();
      return { ok: true };
    case 'policy/refresh-managed':
      await readManaged();
      return getPolicyStatus();
    default:
      return undefined;
  }
}
