// Third parties present on the page, as the evaluator needs them. The provider knowledge lives in
// src/core/recipients (owned by the notice engineer); until that module lands this adapter groups
// scripts and frames by registrable domain and knows only a handful of replay providers.
import type { PageFacts } from '../types';
import { registrableDomainOf, resolveUrl } from './domains';

export type ThirdPartyKind = 'session-replay' | 'analytics' | 'chat' | 'ab-testing' | 'tag-manager' | 'unknown';

export interface ThirdParty {
  /** Registrable domain (or host when it has none). */
  domain: string;
  provider: string | null;
  kind: ThirdPartyKind;
  /** The provider records form input by default. */
  recordsInput: boolean;
  /** Script / frame URLs from this domain. */
  urls: string[];
}

interface KnownProvider { name: string; domains: string[]; kind: ThirdPartyKind; recordsInput: boolean }

// Temporary: replaced by src/core/recipients' data file when it lands.
const KNOWN: KnownProvider[] = [
  { name: 'Hotjar', domains: ['hotjar.com', 'hotjar.io'], kind: 'session-replay', recordsInput: true },
  { name: 'FullStory', domains: ['fullstory.com'], kind: 'session-replay', recordsInput: true },
  { name: 'Microsoft Clarity', domains: ['clarity.ms'], kind: 'session-replay', recordsInput: true },
  { name: 'LogRocket', domains: ['logrocket.com', 'lr-ingest.io', 'logrocket.io'], kind: 'session-replay', recordsInput: true },
  { name: 'Mouseflow', domains: ['mouseflow.com'], kind: 'session-replay', recordsInput: true },
  { name: 'Smartlook', domains: ['smartlook.com'], kind: 'session-replay', recordsInput: true },
  { name: 'Sensors Data', domains: ['sensorsdata.cn'], kind: 'analytics', recordsInput: false },
  { name: 'GrowingIO', domains: ['growingio.com'], kind: 'analytics', recordsInput: false },
  { name: 'Baidu Tongji', domains: ['hm.baidu.com'], kind: 'analytics', recordsInput: false },
];

function providerFor(host: string): KnownProvider | null {
  return KNOWN.find((p) => p.domains.some((d) => host === d || host.endsWith(`.${d}`))) ?? null;
}

export function thirdPartiesOf(page: PageFacts, pageUrl: string): ThirdParty[] {
  const pageDomain = registrableDomainOf(pageUrl);
  const byDomain = new Map<string, ThirdParty>();
  const urls = [...page.scripts.filter((s) => !s.inline && s.src).map((s) => s.src), ...page.frames];
  for (const raw of urls) {
    const url = resolveUrl(raw, pageUrl);
    if (!url || !/^https?:/.test(url)) continue;
    const domain = registrableDomainOf(url);
    if (!domain || domain === pageDomain) continue;
    const host = new URL(url).hostname.toLowerCase();
    const known = providerFor(host);
    const entry = byDomain.get(domain) ?? {
      domain,
      provider: known?.name ?? null,
      kind: known?.kind ?? 'unknown',
      recordsInput: known?.recordsInput ?? false,
      urls: [],
    };
    if (!entry.urls.includes(url)) entry.urls.push(url);
    byDomain.set(domain, entry);
  }
  return [...byDomain.values()].sort((a, b) => a.domain.localeCompare(b.domain));
}
