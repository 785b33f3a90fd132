// STUB — replaced by the admin module (owner: admin). Options page tab "Policy".
export function PolicyPanel() {
  return null;
}
