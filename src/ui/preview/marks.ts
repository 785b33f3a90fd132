// Marks flagged fields inside the preview frame. The frame holds a throw-away copy of the form, so
// styling its elements directly is harmless here (the content script uses an isolated overlay).
import type { Locale, Report, Severity } from '../../core/types';
import { resolveSelector } from '../../core/dom/resolve-selector';

const COLOURS: Record<Severity, string> = { high: '#c62828', medium: '#ef6c00', low: '#c9a400' };
const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

export function markFields(doc: Document, report: Report, locale: Locale): void {
  const worst = new Map<string, { severity: Severity; messages: string[] }>();
  for (const f of report.findings) {
    for (const selector of f.fields) {
      const entry = worst.get(selector) ?? { severity: f.severity, messages: [] };
      if (RANK[f.severity] > RANK[entry.severity]) entry.severity = f.severity;
      entry.messages.push(f.message[locale]);
      worst.set(selector, entry);
    }
  }
  for (const [selector, { severity, messages }] of worst) {
    const el = resolveSelector(doc, selector) as HTMLElement | null;
    if (!el?.style) continue;
    el.style.outline = `3px solid ${COLOURS[severity]}`;
    el.style.outlineOffset = '2px';
    el.title = messages.join('\n');
    el.setAttribute('data-formwarden-mark', severity);
  }
}
