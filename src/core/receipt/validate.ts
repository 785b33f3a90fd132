// Shape check for receipts read back from an import file (untrusted JSON): errors as values.
import { KANTARA_VERSION, type ConsentReceipt } from './kantara';

export function receiptProblems(value: unknown): string[] {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null) return ['not an object'];
  const r = value as Record<string, unknown>;
  if (r.version !== KANTARA_VERSION) problems.push(`version must be ${KANTARA_VERSION}`);
  for (const key of [
    'jurisdiction',
    'collectionMethod',
    'consentReceiptID',
    'language',
    'piiPrincipalId',
    'policyUrl',
  ] as const) {
    if (typeof r[key] !== 'string') problems.push(`${key} must be a string`);
  }
  if (typeof r.consentTimestamp !== 'number') problems.push('consentTimestamp must be a number');
  if (typeof r.sensitive !== 'boolean') problems.push('sensitive must be a boolean');
  if (!Array.isArray(r.piiControllers) || r.piiControllers.length === 0)
    problems.push('piiControllers must be a non-empty array');
  if (!Array.isArray(r.services) || r.services.length === 0) problems.push('services must be a non-empty array');
  if (!Array.isArray(r.spiCat)) problems.push('spiCat must be an array');
  return problems;
}

export function isConsentReceipt(value: unknown): value is ConsentReceipt {
  return receiptProblems(value).length === 0;
}
