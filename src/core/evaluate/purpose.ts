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

interface PageText {
  source: TextSource;
  text: string;
}

function pageTexts(scan: ScanResult): PageText[] {
  const page = scan.page;
  return [
    ...(page.title ? [{ source: 'title' as const, text: page.title }] : []),
    ...page.headings.map((text) => ({ source: 'heading' as const, text })),
    ...page.intro.map((text) => ({ source: 'intro' as const, text })),
    ...scan.fields.map((f) => ({ source: 'label' as const, text: f.label })),
  ].filter((t) => t.text.trim() !== '');
}

interface Candidate {
  id: string;
  score: number;
  best: PageText | null;
  bestWeight: number;
  order: number;
}

function keywordsOf(purpose: Policy['purposes'][string]): string[] {
  const labels = Object.values(purpose.label ?? {}).filter((l): l is string => typeof l === 'string');
  return [...new Set([...(purpose.keywords ?? []), ...labels])].filter((k) => k.trim() !== '');
}

/**
 * Which purposes a text speaks for. A match that is only part of another purpose's longer match
 * does not count: "外勤打卡" is field attendance, not attendance's "打卡".
 */
function purposesSpokenFor(text: string, keywordsByPurpose: readonly string[][]): Set<number> {
  const matched = keywordsByPurpose.map((keywords) =>
    keywords.filter((k) => keywordMatches(text, k)).map((k) => k.toLowerCase()),
  );
  const out = new Set<number>();
  matched.forEach((mine, i) => {
    const others = matched.flatMap((theirs, j) => (j === i ? [] : theirs));
    if (mine.some((k) => !others.some((o) => o.length > k.length && o.includes(k)))) out.add(i);
  });
  return out;
}

export function inferPurpose(scan: ScanResult, policy: Policy): { id: string; evidence: PageText } | null {
  const texts = pageTexts(scan);
  const entries = Object.entries(policy.purposes ?? {});
  const keywordsByPurpose = entries.map(([, purpose]) => keywordsOf(purpose));
  const candidates: Candidate[] = entries.map(([id], order) => ({ id, score: 0, best: null, bestWeight: 0, order }));
  const labelScore = candidates.map(() => 0);
  for (const text of texts) {
    const weight = WEIGHT[text.source];
    for (const i of purposesSpokenFor(text.text, keywordsByPurpose)) {
      const candidate = candidates[i]!;
      if (text.source === 'label') {
        if (labelScore[i]! >= MAX_LABEL_SCORE) continue;
        labelScore[i] = labelScore[i]! + weight;
      }
      candidate.score += weight;
      if (weight > candidate.bestWeight) {
        candidate.best = text;
        candidate.bestWeight = weight;
      }
    }
  }
  const ranked = candidates
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || b.bestWeight - a.bestWeight || a.order - b.order);
  const winner = ranked[0];
  return winner?.best ? { id: winner.id, evidence: winner.best } : null;
}

function evidenceText(text: PageText, locale: Locale): string {
  const clipped = text.text.trim().replace(/\s+/g, ' ').slice(0, 120);
  return `${SOURCE_NAME[text.source][locale]}: ${clipped}`;
}

export function determinePurpose(scan: ScanResult, policy: Policy, pageUrl: string, override?: string): PurposeReport {
  if (override !== undefined && override !== '') {
    const known = Object.hasOwn(policy.purposes ?? {}, override);
    return {
      id: override,
      how: 'cli-flag',
      evidence: known ? `--purpose ${override}` : `--purpose ${override} (not in policy ${policy.id})`,
    };
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
