// Who else is on the form page: third-party scripts and frames grouped by registrable domain
// (public-suffix list via tldts) and, where known, by provider (providers.ts). Issue 10.
//
// Size: tldts carries the whole public-suffix list (~47 KB gzip), more than the content script's
// budget. Import this module from the background / CLI / extension pages, never from the content
// script: the content script sends PageFacts.scripts and .frames, the background classifies them.
import { getDomain, getHostname } from 'tldts';
import type { PageFacts } from '../types';
import { PROVIDERS, SELF_HOSTED_SCRIPT_NAMES, type Provider, type ProviderKind } from './providers';

export { PROVIDERS, type Provider, type ProviderKind } from './providers';

export interface RecipientGroup {
  /** Registrable domain (eTLD+1), or the bare host when it has none (IP address, localhost). */
  domain: string;
  provider?: string;
  providerId?: string;
  kind?: ProviderKind;
  /** true / false per the provider's documented default; absent when unknown. */
  recordsInput?: boolean;
  /** Script and frame URLs from this domain, as found on the page. */
  scripts: string[];
}

export const TLD_OPTIONS = { allowPrivateDomains: true } as const;

function hostOf(urlOrHost: string): string | null {
  const text = urlOrHost.trim().toLowerCase();
  if (!text) return null;
  const host = /^[a-z][a-z0-9+.-]*:\/\/|^\/\//.test(text)
    ? getHostname(text.startsWith('//') ? `https:${text}` : text)
    : getHostname(`https://${text}`);
  return host ? host.replace(/\.$/, '') : null;
}

function hostMatches(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith(`.${suffix}`);
}

/** The known provider serving `urlOrHost` ("https://static.hotjar.com/c/hotjar.js", "mc.yandex.ru"), or null. */
export function matchProvider(urlOrHost: string): Provider | null {
  const host = hostOf(urlOrHost);
  if (!host) return null;
  const byUrl = PROVIDERS.find((p) => p.urlPatterns?.some((re) => re.test(urlOrHost.trim())));
  if (byUrl) return byUrl;
  const byHost = PROVIDERS.find((p) => p.domains.some((d) => hostMatches(host, d)));
  if (byHost) return byHost;
  const byName = SELF_HOSTED_SCRIPT_NAMES.find((s) => s.pattern.test(urlOrHost));
  return byName ? (PROVIDERS.find((p) => p.id === byName.providerId) ?? null) : null;
}

/** Registrable domain of a URL or host ("a.b.example.com.cn" → "example.com.cn"); the host when it has none. */
export function registrableDomain(urlOrHost: string): string | null {
  const host = hostOf(urlOrHost);
  if (!host) return null;
  return getDomain(host, TLD_OPTIONS) ?? host;
}

function isWebUrl(url: string): boolean {
  return /^(https?:)?\/\//i.test(url.trim());
}

/**
 * Third-party scripts and frames of a page, one group per registrable domain and provider
 * (a domain hosting a known service and other things, like qq.com, gives two groups).
 * The page's own registrable domain is left out.
 */
export function classifyRecipients(page: Pick<PageFacts, 'scripts' | 'frames'>, pageUrl: string): RecipientGroup[] {
  const own = isWebUrl(pageUrl) ? registrableDomain(pageUrl) : null;
  const urls = [...page.scripts.filter((s) => !s.inline && s.src).map((s) => s.src), ...page.frames];
  const groups = new Map<string, RecipientGroup>();
  for (const url of urls) {
    if (!isWebUrl(url)) continue;
    const domain = registrableDomain(url);
    if (!domain || domain === own) continue;
    const provider = matchProvider(url);
    const key = provider ? `${domain}|${provider.id}` : domain;
    let group = groups.get(key);
    if (!group) {
      group = { domain, scripts: [] };
      if (provider) {
        group.provider = provider.name;
        group.providerId = provider.id;
        group.kind = provider.kind;
        if (provider.recordsInputByDefault !== null) group.recordsInput = provider.recordsInputByDefault;
      }
      groups.set(key, group);
    }
    if (!group.scripts.includes(url)) group.scripts.push(url);
  }
  return [...groups.values()];
}
