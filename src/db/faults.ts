// What went wrong with IndexedDB, in words the popup and options page can show. Dexie wraps the
// browser's DOMException (QuotaExceededError inside an AbortError inside an OpenFailedError...), so
// we look through the chain of `inner` errors.

export type LedgerErrorKind = 'unavailable' | 'blocked' | 'quota' | 'open-failed' | 'write-failed' | 'closed';

export interface LedgerError {
  kind: LedgerErrorKind;
  message: string;
  at: number;
}

function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const e = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof e.name === 'string') names.push(e.name);
    current = e.inner ?? e.cause;
  }
  return names;
}

export function classifyLedgerError(error: unknown, during: 'open' | 'write'): LedgerErrorKind {
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return 'quota';
  if (names.includes('MissingAPIError')) return 'unavailable';
  if (names.includes('DatabaseClosedError')) return during === 'open' ? 'open-failed' : 'closed';
  return during === 'open' ? 'open-failed' : 'write-failed';
}

export function describeError(error: unknown): string {
  const names = errorNames(error);
  const message = error instanceof Error ? error.message : String(error);
  return names.length ? `${names.join(' ← ')}: ${message}` : message;
}
