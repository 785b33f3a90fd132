// Marks flagged fields inside the preview frame. The frame holds a throw-away copy of the form, so
// styling its elements directly is harmless here (the content script uses an isolated overlay).
import { fieldMarks } from '../../core/report/field-marks';
import type { Locale, Report, Severity } from '../../core/types';
import { resolveSelector } from '../../core/dom/resolve-selector';

/** The in-page marks' colours: at least 3:1 against white, as a focus-like outline must be (WCAG 1.4.11). */
const COLOURS: Record<Severity, string> = { high: '#c5221f', medium: '#a15700', low: '#7a6000' };

export function markFields(doc: Document, report: Report, locale: Locale): void {
  for (const { selector, severity, reasons } of fieldMarks(report.findings, locale)) {
    const el = resolveSelector(doc, selector) as HTMLElement | null;
    if (!el?.style) continue;
    el.style.outline = `3px solid ${COLOURS[severity]}`;
    el.style.outlineOffset = '2px';
    el.title = reasons.join('\n');
    el.setAttribute('data-formwarden-mark', severity);
  }
}
