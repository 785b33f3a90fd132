// Domain helpers for the third-party checks. Registrable domains come from src/core/recipients
// (public-suffix list via tldts), so the evaluator and the recipient grouping always agree.
import { getDomain, getHostname } from 'tldts';
import { registrableDomain, TLD_OPTIONS } from '../recipients';

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase() || null;
  } catch {
    return getHostname(url);
  }
}

/** The page's origin, or null for a URL with none (unparsable, or an opaque origin such as data:). */
export function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
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

/**
 * Whether a host (or registrable domain) is covered by the policy's `recipients`: the listed domain
 * itself or any subdomain of it. An entry that is only a public suffix ("com", "com.cn") covers
 * nothing — one careless entry must not silence every third party — and IP addresses and
 * single-label intranet names match exactly.
 */
export function isListedRecipient(host: string, recipients: readonly string[] | undefined): boolean {
  if (!recipients) return false;
  const h = host.toLowerCase();
  return recipients.some((r) => {
    const listed = r.trim().toLowerCase().replace(/^\*\./, '');
    if (listed === '') return false;
    if (IP_HOST.test(h) || IP_HOST.test(listed) || !listed.includes('.')) return h === listed;
    const isDomain = getDomain(listed, TLD_OPTIONS) !== null;
    return isDomain && (h === listed || h.endsWith(`.${listed}`));
  });
}

const IP_HOST = /^(\d{1,3}\.){3}\d{1,3}$|^\[[0-9a-f:]+\]$/i;
