// The verdict an employee reads in five seconds (issue 18): one sentence built from the report
// (purpose, the most serious problems), the one thing to do now, a short line per finding, and
// the accessible name of each in-page mark. Pure: the popup, the background (for the marks) and
// tests call it with a report and the purpose's label from the policy in force.
import type { CategoryId } from '../taxonomy';
import { cap, categoryLabel, joinList, purposeLabel } from '../evaluate/words';
import { SEVERITY_ORDER, type Finding, type Locale, type Localized, type Report, type Severity } from '../types';
import { ACTION, CHECK_WORDS, RULE_WORDS, SENTENCE, type CheckWords, type VerdictWords } from './verdict-words';
import { worstSeverity } from './build';
import { categoriesAskedBy } from './categories-asked';

export interface VerdictInput {
  report: Pick<Report, 'purpose' | 'fields' | 'findings' | 'summary'>;
  /** The purpose's label from the policy in force (the report carries only its id). */
  purposeLabel?: Partial<Localized>;
}

export interface Verdict {
  worst: Severity | 'none';
  sentence: string;
  /** The one thing the employee can do now; null when there is nothing to do. */
  action: string | null;
}

/** Clauses in the sentence: more would not be read in five seconds (the list below has them all). */
const MAX_CLAUSES = 2;
/** Categories named in one clause before "and more". */
const MAX_LISTED = 3;
const MAX_LISTED_IN_ACTION = 2;
/** Between findings of one severity, the one that names concrete data leads. */
const PRIORITY = [
  'category-not-allowed',
  'category-not-needed',
  'too-precise',
  'refusal-blocks-submit',
  'notice-missing',
  'sensitive-purpose-not-stated',
  'http-action',
  'http-page',
  'form-target',
  'keystroke-listener',
  'sent-while-typing',
  'session-replay',
  'bundled-consent',
  'collected-before-consent',
  'pre-ticked-consent',
  'asked-again-after-refusal',
];

function rank(check: string): number {
  const i = PRIORITY.indexOf(check);
  return i === -1 ? PRIORITY.length : i;
}

/** Most serious first; the report's order breaks remaining ties. */
export function bySeriousness<F extends Pick<Finding, 'severity' | 'check'>>(findings: readonly F[]): F[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[b.f.severity] - SEVERITY_ORDER[a.f.severity] || rank(a.f.check) - rank(b.f.check) || a.i - b.i,
    )
    .map((x) => x.f);
}

function wordsOf(check: Pick<Finding, 'rule' | 'check'>): CheckWords {
  return CHECK_WORDS[check.check] ?? RULE_WORDS[check.rule];
}

/** The purpose's label as it reads inside a sentence, or null when none was determined. */
function purposeText(input: VerdictInput, locale: Locale): string | null {
  const id = input.report.purpose.id;
  if (id === 'none') return null;
  const label = input.purposeLabel ? purposeLabel({ label: input.purposeLabel }, id, locale) : id;
  // "Epidemic prevention" reads as "epidemic prevention" mid-sentence; acronyms stay as they are.
  return locale === 'en' && /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

function categoriesOf(finding: Pick<Finding, 'fields'>, input: VerdictInput, sensitiveFirst = false): CategoryId[] {
  const bySelector = new Map(input.report.fields.map((f) => [f.selector, f]));
  const fields = finding.fields.flatMap((s) => bySelector.get(s) ?? []);
  const sensitive = fields.filter((f) => f.sensitive);
  const chosen = sensitiveFirst && sensitive.length > 0 ? sensitive : fields;
  return categoriesAskedBy({ fields: chosen });
}

function listOf(categories: readonly CategoryId[], locale: Locale, max: number): string {
  const names = categories.map((c) => categoryLabel(c, locale));
  if (names.length <= max) return joinList(names, locale);
  const shown = locale === 'en' ? names.slice(0, max).join(', ') : names.slice(0, max).join('、');
  return SENTENCE[locale].listMore(shown);
}

/** The action names fewer categories than the sentence: it has to stay one glance long. */
function words(finding: Pick<Finding, 'fields'>, input: VerdictInput, locale: Locale, forAction = false): VerdictWords {
  const purpose = purposeText(input, locale);
  return {
    cats: listOf(categoriesOf(finding, input, forAction), locale, forAction ? MAX_LISTED_IN_ACTION : MAX_LISTED),
    purpose: purpose ?? '',
    that: SENTENCE[locale].that(purpose),
  };
}

export function verdictOf(input: VerdictInput, locale: Locale): Verdict {
  const { report } = input;
  const s = SENTENCE[locale];
  const purpose = purposeText(input, locale);
  const worst = worstSeverity(report.findings);
  if (report.findings.length === 0) {
    return { worst, sentence: report.summary.personal === 0 ? s.noPersonal : s.clean(purpose), action: null };
  }
  const ordered = bySeriousness(report.findings);
  const clauses: string[] = [];
  for (const f of ordered) {
    const clause = wordsOf(f).problem[locale](words(f, input, locale));
    if (!clauses.includes(clause)) clauses.push(clause);
    if (clauses.length === MAX_CLAUSES) break;
  }
  const top = ordered[0]!;
  return {
    worst,
    sentence: `${s.opening(purpose)}${locale === 'en' ? ' ' : ''}${clauses.join(s.join)}${s.end}`,
    action: ACTION[top.rule][locale](words(top, input, locale, true)),
  };
}

/** A finding in a few words, for a collapsed line: "ID number — not needed for attendance". */
export function findingLine(
  finding: Pick<Finding, 'rule' | 'check' | 'fields'>,
  input: VerdictInput,
  locale: Locale,
): string {
  const w = words(finding, input, locale);
  const phrases = wordsOf(finding);
  const short = phrases.short[locale](w);
  return w.cats && !phrases.aboutPage
    ? `${locale === 'en' ? cap(w.cats) : w.cats}${SENTENCE[locale].subjectSep}${short}`
    : locale === 'en'
      ? cap(short)
      : short;
}

/** Reasons named in one mark's name before the rest is left to the popup. */
const MAX_MARK_REASONS = 3;
/** A question's own text in a mark's name, at most (a hostile page's labels can be pages long). */
const MAX_SUBJECT = 60;

/**
 * What a screen reader says for each in-page mark, by selector: "FormWarden: body temperature —
 * not needed for attendance". The field is named by its category in the reader's language (the
 * page's own label is read with the field itself), else by its question text.
 */
export function markNames(input: VerdictInput, locale: Locale): Record<string, string> {
  const s = SENTENCE[locale];
  const bySelector = new Map(input.report.fields.map((f) => [f.selector, f]));
  const reasons = new Map<string, string[]>();
  for (const f of bySeriousness(input.report.findings)) {
    const short = wordsOf(f).short[locale](words(f, input, locale));
    for (const selector of f.fields) {
      const list = reasons.get(selector) ?? [];
      if (!list.includes(short) && list.length < MAX_MARK_REASONS) list.push(short);
      reasons.set(selector, list);
    }
  }
  const names: Record<string, string> = {};
  for (const [selector, list] of reasons) {
    const field = bySelector.get(selector);
    const label = field?.label ?? '';
    const subject = field?.category
      ? categoryLabel(field.category, locale)
      : label.length > MAX_SUBJECT
        ? `${label.slice(0, MAX_SUBJECT - 1)}…`
        : label;
    names[selector] = `${s.brand}${subject ? `${subject}${s.markSep}` : ''}${list.join(s.listJoin)}`;
  }
  return names;
}
