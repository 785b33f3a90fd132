// The content script judges "third party" by exact host (it cannot afford the public-suffix list);
// here, with tldts, the form's action is compared with the page by registrable domain, so
// forms.example.com posting to api.example.com is not a third party.
import { getDomain } from 'tldts';
import type { TransportReport } from '../core/types';

function siteOf(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    return host ? getDomain(url) ?? host : null;
  } catch {
    return null;
  }
}

export function withRegistrableDomainCheck(transport: TransportReport, pageUrl: string): TransportReport {
  if (!transport.action) return transport;
  const action = siteOf(transport.action);
  const page = siteOf(pageUrl);
  return { ...transport, thirdParty: action !== null && page !== null && action !== page };
}
