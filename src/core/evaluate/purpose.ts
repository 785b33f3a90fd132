// Which purpose a page declares (issue 3): a `sites` rule first (first match wins; "infer" means
// read the page), then the purposes' keywords in the page's own words, weighted by where they
// appear, then none. A CLI override beats everything.
import { matchesPattern } from '../policy/match-pattern';
import type { Locale, Policy, PurposeReport, ScanResult } from '../types';

type TextSource = 'title' | 'heading' | 'intro' | 'label';

/** Where a keyword appears says how much the page means it: a title declares, a label only hints. */
const WEIGHT: Record<TextSource, number> = { title: 3, heading: 3, intro: 2, label: 1 };
/** Many labels must not outvote one title. */
const MAX_LABEL_SCORE = 2;

const SOURCE_NAME: Record<TextSource, Record<Locale, string>> = {
  title: { en: 'title', 'zh-CN': '标题', 'zh-TW': '標題' },
  heading: { en: 'heading', 'zh-CN': '标题', 'zh-TW': '標題' },
  intro: { en: 'intro', 'zh-CN': '说明', 'zh-TW': '說明' },
  label: { en: 'question', 'zh-CN': '问题', 'zh-TW': '問題' },
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A `sites[].match` pattern against a URL — the policy module's matcher, so what validates is what matches. */
export function urlMatches(pattern: string, url: string): boolean {
  return matchesPattern(pattern, url);
}

function keywordMatches(text: string, keyword: string): boolean {
  const k = keyword.trim().toLowerCase();
  if (k === '') return false;
  const t = text.toLowerCase();
  // Short Latin keywords ("HR", "IT") only as whole words; CJK has no word boundaries.
  if (/^[a-z0-9 ]{1,4}$/.test(k)) return new RegExp(`(^|[^a-z0-9])${escapeRegExp(k)}([^a-z0-9]|$)`).test(t);
  return t.includes(k);
}

interface PageText { source: TextSource; text: string }

function pageTexts(scan: ScanResult): PageText[] {
  const page = scan.page;
  return [
    ...(page.title ? [{ source: 'title' as const, text: page.title }] : []),
    ...page.headings.map((text) => ({ source: 'heading' as const, text })),
    ...page.intro.map((text) => ({ source: 'intro' as const, text })),
    ...scan.fields.map((f) => ({ source: 'label' as const, text: f.label })),
  ].filter((t) => t.text.trim() !== '');
}

interface Candidate { id: string; score: number; best: PageText | null; bestWeight: number; order: number }

export function inferPurpose(scan: ScanResult, policy: Policy): { id: string; evidence: PageText } | null {
  const texts = pageTexts(scan);
  const candidates: Candidate[] = [];
  Object.entries(policy.purposes ?? {}).forEach(([id, purpose], order) => {
    const labels = Object.values(purpose.label ?? {}).filter((l): l is string => typeof l === 'string');
    const keywords = [...new Set([...(purpose.keywords ?? []), ...labels])];
    const candidate: Candidate = { id, score: 0, best: null, bestWeight: 0, order };
    let labelScore = 0;
    for (const text of texts) {
      if (!keywords.some((k) => keywordMatches(text.text, k))) continue;
      const weight = WEIGHT[text.source];
      if (text.source === 'label') {
        if (labelScore >= MAX_LABEL_SCORE) continue;
        labelScore += weight;
      }
      candidate.score += weight;
      if (weight > candidate.bestWeight) {
        candidate.best = text;
        candidate.bestWeight = weight;
      }
    }
    if (candidate.score > 0) candidates.push(candidate);
  });
  candidates.sort((a, b) => b.score - a.score || b.bestWeight - a.bestWeight || a.order - b.order);
  const winner = candidates[0];
  return winner?.best ? { id: winner.id, evidence: winner.best } : null;
}

function evidenceText(text: PageText, locale: Locale): string {
  const clipped = text.text.trim().replace(/\s+/g, ' ').slice(0, 120);
  return `${SOURCE_NAME[text.source][locale]}: ${clipped}`;
}

export function determinePurpose(scan: ScanResult, policy: Policy, pageUrl: string, override?: string): PurposeReport {
  if (override !== undefined && override !== '') {
    const known = Object.hasOwn(policy.purposes ?? {}, override);
    return { id: override, how: 'cli-flag', evidence: known ? `--purpose ${override}` : `--purpose ${override} (not in policy ${policy.id})` };
  }
  const locale = policy.locale ?? 'en';
  const site = (policy.sites ?? []).find((s) => urlMatches(s.match, pageUrl));
  if (site && site.purpose !== 'infer' && Object.hasOwn(policy.purposes ?? {}, site.purpose)) {
    return { id: site.purpose, how: 'site-rule', evidence: `sites: ${site.match}` };
  }
  const inferred = inferPurpose(scan, policy);
  if (inferred) return { id: inferred.id, how: 'page-text', evidence: evidenceText(inferred.evidence, locale) };
  return { id: 'none', how: 'none', evidence: '' };
}
