// One mark per flagged field: the worst severity of the findings that name it, and each finding's
// message once. The content script's overlay and the HR preview draw the same marks from it.
import { SEVERITY_ORDER, type Finding, type Locale, type Severity } from '../types';

export interface FieldMark {
  selector: string;
  severity: Severity;
  reasons: string[];
}

export function fieldMarks(
  findings: readonly Pick<Finding, 'severity' | 'fields' | 'message'>[],
  locale: Locale,
): FieldMark[] {
  const byField = new Map<string, FieldMark>();
  for (const f of [...findings].sort((a, b) => SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity])) {
    for (const selector of f.fields) {
      const mark = byField.get(selector) ?? { selector, severity: f.severity, reasons: [] };
      const text = f.message[locale] || f.message.en;
      if (!mark.reasons.includes(text)) mark.reasons.push(text);
      byField.set(selector, mark);
    }
  }
  return [...byField.values()];
}
