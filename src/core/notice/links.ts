// Links to a privacy notice and whether they lead anywhere (认定方法 一.3: the notice cannot be
// reached). A 404 is only seen live by the extension; statically we catch links that go nowhere.
import type { NoticeLink } from '../types';
import { collapse, insideAny, type Root, textOf } from './dom';
import type { Meter, Pacer, Steps } from '../steps';
import type { PageSurvey } from './survey';
import { isIntlCandidate, isNoticeTitle } from './statements';

/**
 * URL paths that name a privacy notice even when the link text is generic ("点击查看").
 * Trap: account pages such as /privacy-settings or /privacy/preferences are not notices.
 */
const NOTICE_HREF =
  /(privacy|yinsi)(?![-_/]?(settings?|setup|preferences|center|centre|controls?)\b)|gdpr|datenschutz|personal[-_]?(data|information)[-_]?(policy|notice)|pipl/i;
const DEAD_HREF = /^(#!?|javascript:\s*(void\s*\(?\s*0?\s*\)?|;|false|undefined|null)?\s*;?\s*)$/i;
const NO_OP_HANDLER = /^\s*(return\s+false|void\s*\(?\s*0\s*\)?|javascript:\s*;?)?\s*;?\s*$/i;

/** Where a link's in-page target is looked up: the survey's ids and anchor names of the root. */
type Targets = Pick<PageSurvey, 'counts' | 'anchorNames' | 'complete'>;

/**
 * Whether an in-page target exists for "#id", data-target, aria-controls: a look-up in the ids and
 * anchor names the survey counted in `root` (a query of the whole root per link made a page of
 * thousands of links quadratic). A walk cut short by its bound answers yes when it did not see
 * the target: the rest of the page was not read, and a query per link is what the bound avoids.
 */
function hasInPageTarget(el: Element, root: Root, href: string, targets: Targets): boolean {
  const refs = [
    href.startsWith('#') && href.length > 1 ? href.slice(1) : null,
    (el.getAttribute('data-target') ?? el.getAttribute('data-bs-target') ?? '').replace(/^#/, '') || null,
    el.getAttribute('aria-controls'),
  ].filter((r): r is string => !!r);
  const counts = targets.counts.get(root);
  const names = targets.anchorNames.get(root);
  return refs.some((ref) => !targets.complete || !!counts?.byId(ref) || !!names?.has(ref));
}

/** false for "#", "", "javascript:void(0)", "javascript:;" unless a handler or in-page target is there. */
export function isReachable(el: Element, root: Root, targets: Targets): boolean {
  const href = collapse(el.getAttribute('href') ?? el.getAttribute('data-href') ?? el.getAttribute('data-url') ?? '');
  const handler = el.getAttribute('onclick');
  const hasHandler = handler !== null && !NO_OP_HANDLER.test(handler);
  const opensDialog = /modal|dialog|popup|layer|collapse/i.test(
    el.getAttribute('data-toggle') ?? el.getAttribute('data-bs-toggle') ?? '',
  );
  if (hasInPageTarget(el, root, href, targets)) return true;
  if (href === '' || DEAD_HREF.test(href))
    return hasHandler || (opensDialog && hasInPageTarget(el, root, href, targets));
  if (href.startsWith('#')) return false; // a fragment with no element of that id
  return true;
}

export interface FoundNoticeLink extends NoticeLink {
  element: Element;
  /** Named only by another language's stem: resolveNotice confirms it (notice/languages.ts). */
  pending: boolean;
}

/** Text nodes and elements read of one link-like at most: a link wrapping a page costs what a short one does. */
const MAX_LINK_NODES = 400;

/** `meter`: the one `pacer` counts (a link's reads end the step with it). */
export function* findNoticeLinksSteps(
  root: Root,
  survey: PageSurvey,
  pacer: Pacer,
  meter: Meter,
): Steps<FoundNoticeLink[]> {
  const links: FoundNoticeLink[] = [];
  const kept = new Set<Element>();
  for (const el of survey.linkLikes) {
    if (pacer.due()) yield;
    const text = textOf(el, 300, meter, MAX_LINK_NODES);
    if (text.length > 200) continue; // a whole paragraph with onclick is not a link to a notice
    const href = el.getAttribute('href');
    const titled = isNoticeTitle(text) || (href !== null && NOTICE_HREF.test(href));
    if (!titled && !isIntlCandidate(text)) continue;
    // Nested link-likes (span with onclick inside an <a>): keep the outermost, met first in
    // document order.
    if (insideAny(el, kept)) continue;
    kept.add(el);
    // A selector is as long as the element is deep: what it costs is counted (64 characters a unit).
    const selector = survey.selectorOf(el);
    meter.units += selector.length >> 6;
    links.push({
      text,
      href,
      reachable: isReachable(el, root, survey),
      selector,
      element: el,
      pending: !titled,
    });
  }
  return links;
}
