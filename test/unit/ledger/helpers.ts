// Shared fixtures for the ledger unit tests.
import 'fake-indexeddb/auto';
import { Ledger, memorySpill, type DecisionInput, type LedgerOptions } from '../../../src/db';

let counter = 0;
/** Each test gets its own database so tests never see each other's records. */
export function freshDbName(): string {
  return `ledger-test-${Date.now()}-${counter++}`;
}

export function makeLedger(options: LedgerOptions = {}): Ledger {
  return new Ledger({
    dbName: freshDbName(),
    spill: memorySpill(),
    warn: () => {},
    retryBaseMs: 20,
    retryMaxMs: 100,
    openWaitMs: 200,
    ...options,
  });
}

export const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 10, 20, 9, 0, 0);

export function healthGrant(over: Partial<DecisionInput> = {}): DecisionInput {
  return {
    decision: 'granted',
    origin: 'https://oa.example.cn',
    formFingerprint: 'fp-health',
    purposeId: 'epidemic-prevention',
    purposeLabel: '疫情防控',
    categories: ['identity.name', 'health.temperature', 'location.travel'],
    notice: {
      hash: 'h1',
      elements: { purpose: true, retention: true, contact: true },
      links: ['https://oa.example.cn/privacy'],
      contact: 'privacy@example.cn',
      controller: 'Example Co.',
    },
    policyId: 'acme-cn',
    policyVersion: '2024.1',
    retentionDays: 28,
    legalBasis: 'public-health',
    jurisdiction: 'CN',
    language: 'zh-CN',
    collectionMethod: 'popup',
    at: T0,
    ...over,
  };
}

export function waitFor(predicate: () => boolean, timeoutMs = 3000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (predicate()) resolve();
      else if (Date.now() - started > timeoutMs) reject(new Error('timed out waiting'));
      else setTimeout(tick, 10);
    };
    tick();
  });
}
