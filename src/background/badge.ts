// Toolbar badge: how many findings the tab has, coloured by the worst one; empty when none.
import browser from 'webextension-polyfill';
import type { Finding, Severity } from '../core/types';
import { SEVERITY_ORDER } from './messages';

export const BADGE_COLOURS: Record<Severity, { background: string; text: string }> = {
  high: { background: '#c5221f', text: '#ffffff' },
  medium: { background: '#e37400', text: '#ffffff' },
  low: { background: '#f9c80e', text: '#000000' },
};

export function worstSeverity(findings: Pick<Finding, 'severity'>[]): Severity | null {
  let worst: Severity | null = null;
  for (const f of findings) if (!worst || SEVERITY_ORDER[f.severity] > SEVERITY_ORDER[worst]) worst = f.severity;
  return worst;
}

export async function showBadge(tabId: number, findings: Pick<Finding, 'severity'>[]): Promise<void> {
  const worst = worstSeverity(findings);
  try {
    await browser.action.setBadgeText({ tabId, text: worst ? String(findings.length) : '' });
    if (worst) {
      await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[worst].background });
      await browser.action.setBadgeTextColor?.({ tabId, color: BADGE_COLOURS[worst].text });
    }
  } catch {
    // The tab closed between evaluation and drawing: nothing to show.
  }
}
