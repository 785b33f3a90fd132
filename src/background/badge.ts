// Toolbar badge: how many findings the tab has, coloured by the worst one; empty when none.
import browser from 'webextension-polyfill';
import { worstSeverity } from '../core/report';
import type { Finding, Severity } from '../core/types';

export const BADGE_COLOURS: Record<Severity, { background: string; text: string }> = {
  high: { background: '#c5221f', text: '#ffffff' },
  medium: { background: '#e37400', text: '#ffffff' },
  low: { background: '#f9c80e', text: '#000000' },
};

export async function showBadge(tabId: number, findings: Pick<Finding, 'severity'>[]): Promise<void> {
  const worst = worstSeverity(findings);
  try {
    await browser.action.setBadgeText({ tabId, text: worst !== 'none' ? String(findings.length) : '' });
    if (worst !== 'none') {
      await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[worst].background });
      await browser.action.setBadgeTextColor?.({ tabId, color: BADGE_COLOURS[worst].text });
    }
  } catch {
    // The tab closed between evaluation and drawing: nothing to show.
  }
}
