// The background half of notice detection in the languages beyond Chinese and English: the DOM
// half kept every link, consent box and text block holding one of INTL_NOTICE_CUE's stems as a
// candidate; here the full vocabularies of notice/languages.ts decide which are a notice title,
// a consent statement about data, or a notice text, and which notice elements it states.
import type { CategoryId, Family } from '../taxonomy';
import type { CollectedTextStyle, ConsentControl, NoticeElement, NoticeLink } from '../types';
import { NOTICE_ELEMENTS } from '../types';
import type { PendingNotice } from './facts';
import { INTL_SENSITIVE_NAMINGS, NOTICE_LANGUAGES } from './languages';
import { withNamings } from './statements';

function isTitle(text: string): boolean {
  return NOTICE_LANGUAGES.some((l) => l.titles.test(text));
}

/** Consent wording that is about personal data, and not only a pledge that the answers are true. */
export function isIntlConsentStatement(text: string): boolean {
  return NOTICE_LANGUAGES.some(
    (l) =>
      l.consent.test(text) &&
      (l.data.test(text) || l.titles.test(text)) &&
      !(l.pledge?.test(text) && !l.titles.test(text)),
  );
}

export function isIntlNoticeText(text: string): boolean {
  return isTitle(text) || NOTICE_LANGUAGES.some((l) => l.collection.test(text)) || isIntlConsentStatement(text);
}

export function intlNoticeElementsIn(text: string): Record<NoticeElement, boolean> {
  const out = {} as Record<NoticeElement, boolean>;
  for (const element of NOTICE_ELEMENTS)
    out[element] = NOTICE_LANGUAGES.some((l) => l.elements[element]?.test(text) ?? false);
  return out;
}

export function mergeElements(
  a: Record<NoticeElement, boolean>,
  b: Record<NoticeElement, boolean>,
): Record<NoticeElement, boolean> {
  const out = {} as Record<NoticeElement, boolean>;
  for (const element of NOTICE_ELEMENTS) out[element] = a[element] || b[element];
  return out;
}

function namings(text: string): { categories: CategoryId[]; families: Family[] } {
  const categories = new Set<CategoryId>();
  const families = new Set<Family>();
  for (const n of INTL_SENSITIVE_NAMINGS) {
    if (!n.pattern.test(text)) continue;
    if (n.category) categories.add(n.category);
    if (n.family) families.add(n.family);
  }
  return { categories: [...categories], families: [...families] };
}

/** Uses beyond the purpose (marketing, advertising), unless denied just before ("nicht für Werbung"). */
const EXTRA_USES: readonly { pattern: RegExp; use: string }[] = [
  {
    pattern:
      /marketing|werbezweck|werbung|prospection commerciale|mercadotecnia|comunicaciones comerciales|маркетинг|pazarlama|マーケティング|마케팅|pemasaran|tiếp thị|विपणन/giu,
    use: 'marketing',
  },
  {
    pattern: /publicité|publicidad|pubblicità|publicidade|reclame|reklam|реклам|広告|광고|iklan|quảng cáo|विज्ञापन/giu,
    use: 'advertising',
  },
];
const DENIED =
  /nicht|kein|jamais|\bpas\b|\bno\b|\bnon\b|\bnão\b|\bniet\b|\bnie\b|\bне\b|\bни\b|değil|しない|ません|않|\btidak\b|\bkhông\b|नहीं/iu;

function extraUsesIn(text: string): string[] {
  const uses: string[] = [];
  for (const { pattern, use } of EXTRA_USES) {
    for (const m of text.matchAll(pattern)) {
      const clause =
        text
          .slice(Math.max(0, (m.index ?? 0) - 40), m.index)
          .split(/[.;!?。；]/)
          .pop() ?? '';
      if (!DENIED.test(clause)) {
        uses.push(use);
        break;
      }
    }
  }
  return uses;
}

export interface ConfirmedNotice {
  found: boolean;
  links: NoticeLink[];
  consentControls: ConsentControl[];
  styles: CollectedTextStyle[];
  /** Texts to read notice elements from: confirmed blocks and consent statements. */
  texts: string[];
  extraUses: string[];
}

export function confirmPending(pending: PendingNotice | undefined): ConfirmedNotice {
  if (!pending) return { found: false, links: [], consentControls: [], styles: [], texts: [], extraUses: [] };
  const links = pending.links.filter((l) => isTitle(l.text));
  const controls = pending.consentControls.filter((c) => isIntlConsentStatement(c.text));
  const blocks = pending.blocks.filter((b) => isIntlNoticeText(b.text));
  const texts = [...blocks.map((b) => b.text)];
  for (const c of controls) if (!texts.some((t) => t.includes(c.text))) texts.push(c.text);
  const styles = [...links, ...controls, ...blocks]
    .map((x) => x.style)
    .filter((s): s is CollectedTextStyle => s !== null);
  return {
    found: links.length + controls.length + blocks.length > 0,
    links: links.map(({ style: _style, ...link }) => link),
    consentControls: controls.map(({ style: _style, ...control }) => {
      const base = withNamings(control);
      const named = namings(control.text);
      const families = [...new Set([...(base.namedFamilies ?? []), ...named.families])];
      return {
        ...control,
        names: [...new Set([...base.names, ...named.categories])],
        ...(families.length ? { namedFamilies: families } : {}),
      };
    }),
    styles: [...new Map(styles.map((s) => [s.selector, s])).values()],
    texts,
    extraUses: [...new Set(texts.flatMap(extraUsesIn))],
  };
}
