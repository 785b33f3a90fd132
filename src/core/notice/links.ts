// Links to a privacy notice and whether they lead anywhere (认定方法 一.3: the notice cannot be
// reached). A 404 is only seen live by the extension; statically we catch links that go nowhere.
import type { NoticeLink } from '../types';
import { collapse, type Root, textOf } from './dom';
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

/** Whether an in-page target exists for "#id", data-target, aria-controls. */
function hasInPageTarget(el: Element, root: Root, href: string): boolean {
  const refs = [
    href.startsWith('#') && href.length > 1 ? href.slice(1) : null,
    (el.getAttribute('data-target') ?? el.getAttribute('data-bs-target') ?? '').replace(/^#/, '') || null,
    el.getAttribute('aria-controls'),
  ].filter((r): r is string => !!r);
  return refs.some((ref) => {
    try {
      return (
        !!root.querySelector(`[id="${ref.replace(/"/g, '\\"')}"]`) ||
        !!root.querySelector(`a[name="${ref.replace(/"/g, '\\"')}"]`)
      );
    } catch {
      return false;
    }
  });
}

/** false for "#", "", "javascript:void(0)", "javascript:;" unless a handler or in-page target is there. */
export function isReachable(el: Element, root: Root): boolean {
  const href = collapse(el.getAttribute('href') ?? el.getAttribute('data-href') ?? el.getAttribute('data-url') ?? '');
  const handler = el.getAttribute('onclick');
  const hasHandler = handler !== null && !NO_OP_HANDLER.test(handler);
  const opensDialog = /modal|dialog|popup|layer|collapse/i.test(
    el.getAttribute('data-toggle') ?? el.getAttribute('data-bs-toggle') ?? '',
  );
  if (hasInPageTarget(el, root, href)) return true;
  if (href === '' || DEAD_HREF.test(href)) return hasHandler || (opensDialog && hasInPageTarget(el, root, href));
  if (href.startsWith('#')) return false; // a fragment with no element of that id
  return true;
}

export interface FoundNoticeLink extends NoticeLink {
  element: Element;
  /** Named only by another language's stem: resolveNotice confirms it (notice/languages.ts). */
  pending: boolean;
}

export function findNoticeLinks(
  root: Root,
  selectorFor: (el: Element) => string,
  survey: PageSurvey,
): FoundNoticeLink[] {
  const links: FoundNoticeLink[] = [];
  for (const el of survey.linkLikes) {
    const text = textOf(el, 300);
    if (text.length > 200) continue; // a whole paragraph with onclick is not a link to a notice
    const href = el.getAttribute('href');
    const titled = isNoticeTitle(text) || (href !== null && NOTICE_HREF.test(href));
    if (!titled && !isIntlCandidate(text)) continue;
    // Nested link-likes (span with onclick inside an <a>): keep the outermost.
    if (links.some((l) => l.element.contains(el))) continue;
    links.push({
      text,
      href,
      reachable: isReachable(el, root),
      selector: selectorFor(el),
      element: el,
      pending: !titled,
    });
  }
  return links;
}
