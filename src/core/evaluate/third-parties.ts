// Third parties present on the page, as the evaluator and the report need them: a thin view of
// src/core/recipients (which owns the provider data and the registrable-domain grouping).
import { classifyRecipients, type ProviderKind } from '../recipients';
import type { PageFacts } from '../types';
import type { EvalContext } from './context';
import { hostOf, isListedRecipient, registrableDomainOf } from './domains';

export type ThirdPartyKind = ProviderKind | 'unknown';

export interface ThirdParty {
  /** Registrable domain (or host when it has none). */
  domain: string;
  provider: string | null;
  kind: ThirdPartyKind;
  /** The provider records form input by default: true / false per its documentation, null when unknown. */
  recordsInput: boolean | null;
  /** Script / frame URLs from this domain. */
  urls: string[];
}

export function thirdPartiesOf(page: Pick<PageFacts, 'scripts' | 'frames'>, pageUrl: string): ThirdParty[] {
  return classifyRecipients(page, pageUrl)
    .map((g) => ({
      domain: g.domain,
      provider: g.provider ?? null,
      kind: g.kind ?? ('unknown' as const),
      recordsInput: g.recordsInput ?? null,
      urls: g.scripts,
    }))
    .sort((a, b) => a.domain.localeCompare(b.domain) || (a.provider ?? '').localeCompare(b.provider ?? ''));
}

/** A third-party domain the policy does not list, or null when it is the page's own or listed. */
export function unlistedThirdParty(ctx: EvalContext, url: string): string | null {
  const host = hostOf(url);
  const domain = registrableDomainOf(url);
  if (!host || !domain || domain === ctx.pageDomain) return null;
  if (isListedRecipient(host, ctx.policy.recipients) || isListedRecipient(domain, ctx.policy.recipients)) return null;
  return domain;
}

/** The provider's name for a domain, or the domain when it is no known provider. */
export function providerName(ctx: EvalContext, domain: string): string {
  return ctx.thirdParties.find((t) => t.domain === domain)?.provider ?? domain;
}
