// Toolbar badge: how many findings the tab has, coloured by the worst one; empty when none; "!" in
// a colour of its own when FormWarden could not check the tab (evaluation-failure.ts).
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
    await browser.action.setTitle({ tabId, title: browser.i18n.getMessage('extName') || 'FormWarden' });
    if (worst !== 'none') {
      await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[worst].background });
      await browser.action.setBadgeTextColor?.({ tabId, color: BADGE_COLOURS[worst].text });
    }
  } catch {
    // The tab closed between evaluation and drawing: nothing to show.
  }
}

/** Not a severity: purple, so "could not check" is never read as "a warning" or as "all clear". */
export const FAILURE_BADGE = { text: '!', background: '#6a1b9a', foreground: '#ffffff' } as const;

export async function showFailureBadge(tabId: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: FAILURE_BADGE.text });
    // The button's tooltip and accessible name say it in words ("!" alone is a symbol).
    await browser.action.setTitle({
      tabId,
      title: browser.i18n.getMessage('failure_couldNotCheck') || 'FormWarden could not check this page',
    });
    await browser.action.setBadgeBackgroundColor({ tabId, color: FAILURE_BADGE.background });
    await browser.action.setBadgeTextColor?.({ tabId, color: FAILURE_BADGE.foreground });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}
