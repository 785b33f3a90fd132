// Domain helpers for the third-party checks. Registrable domains come from src/core/recipients
// (public-suffix list via tldts), so the evaluator and the recipient grouping always agree.
import { getHostname } from 'tldts';
import { registrableDomain } from '../recipients';

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase() || null;
  } catch {
    return getHostname(url);
  }
}

export function registrableDomainOf(url: string): string | null {
  const host = hostOf(url);
  return host ? registrableDomain(host) : null;
}

export function resolveUrl(href: string, base: string): string | null {
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

/** Whether a host (or registrable domain) is covered by the policy's `recipients`: the listed
 *  domain itself or any subdomain of it. */
export function isListedRecipient(host: string, recipients: readonly string[] | undefined): boolean {
  if (!recipients) return false;
  const h = host.toLowerCase();
  return recipients.some((r) => {
    const listed = r.trim().toLowerCase().replace(/^\*\./, '');
    return listed !== '' && (h === listed || h.endsWith(`.${listed}`));
  });
}
