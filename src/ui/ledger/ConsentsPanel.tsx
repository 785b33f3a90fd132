// STUB — replaced by the consent-ledger module (owner: ledger). Options page tab "My consents".
export function ConsentsPanel() {
  return null;
}
