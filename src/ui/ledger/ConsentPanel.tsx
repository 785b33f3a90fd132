// STUB — replaced by the consent-ledger module (owner: ledger). Rendered by the popup under the
// findings: "I consent for this purpose" / "I do not consent" (per sensitive category when the
// policy asks for separate consent), and refusals recorded earlier for this form.
import type { Report } from '../../core/types';

export interface ConsentPanelProps { tabId: number; report: Report; formFingerprint: string; origin: string }

export function ConsentPanel(_props: ConsentPanelProps) {
  return null;
}
