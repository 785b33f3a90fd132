// Registrable-domain helpers for the third-party checks. tldts knows the public-suffix list;
// hosts without a registrable domain (IP addresses, localhost) stand for themselves.
import { getDomain, getHostname } from 'tldts';

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase() || null;
  } catch {
    return getHostname(url);
  }
}

export function registrableDomainOf(url: string): string | null {
  const host = hostOf(url);
  if (!host) return null;
  return getDomain(host) ?? host;
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
