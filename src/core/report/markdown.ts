// The report as a Markdown document HR can forward to their DPO (issue 3, 6, 9, 10): header,
// one row per question, findings with citations, the fix and the checklist row, the notice
// template when the notice is the problem, and the third-party scripts on the page.
import { thirdPartiesOf } from '../evaluate/third-parties';
import { checkInfo } from '../policy/citations';
import { categoryInfo } from '../taxonomy';
import type { Finding, Locale, Report, ReportField } from '../types';
import { MD_STRINGS, type MdStrings } from './strings';

/** Markdown table cells must not break the table. */
function cell(text: string): string {
  return text
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .trim();
}

const CRITERIA = ['一', '二', '三', '四', '五', '六'];

/** "三.4" → "item-3-4": the anchor docs/checklist.md gives each row. */
export function checklistAnchor(item: string): string {
  const [criterion = '', number = ''] = item.split('.');
  const index = CRITERIA.indexOf(criterion);
  return `item-${index >= 0 ? index + 1 : criterion}-${number}`;
}

export const CHECKLIST_DOC = 'docs/checklist.md';

function checkTitle(finding: Finding, locale: Locale): string {
  return checkInfo(finding.rule, finding.check)?.title[locale] ?? finding.check;
}

/**
 * A finding that names every personal question is about the page (no notice, http, a replay
 * script…): it is listed below, not repeated on each row, so rows show what is wrong with *that* question.
 */
function isPageLevel(finding: Finding, personalCount: number): boolean {
  return personalCount > 1 && finding.fields.length >= personalCount;
}

/** Findings by the selectors they name, built once (large forms: linear, not fields × findings). */
function findingsBySelector(findings: readonly Finding[]): Map<string, Finding[]> {
  const index = new Map<string, Finding[]>();
  for (const finding of findings) {
    for (const selector of new Set(finding.fields)) {
      const list = index.get(selector);
      if (list) list.push(finding);
      else index.set(selector, [finding]);
    }
  }
  return index;
}

function verdictOf(
  field: ReportField,
  index: ReadonlyMap<string, Finding[]>,
  s: MdStrings,
  locale: Locale,
  personalCount: number,
): string {
  if (field.category === null) return s.notPersonal;
  const hits = index.get(field.selector) ?? [];
  if (hits.length === 0) return s.ok;
  const own = hits.filter((f) => !isPageLevel(f, personalCount));
  if (own.length === 0) return s.okPageLevel;
  return `⚠ ${[...new Set(own.map((f) => checkTitle(f, locale)))].join('; ')}`;
}

function header(report: Report, s: MdStrings): string[] {
  const p = report.purpose;
  const purpose =
    p.how === 'none' ? s.purposeNone : `\`${p.id}\` — ${s.how[p.how]}${p.evidence ? ` (${p.evidence})` : ''}`;
  const sum = report.summary;
  return [
    `# ${s.title}: ${report.source}`,
    '',
    `- **${s.page}:** ${report.pageUrl}`,
    `- **${s.policy}:** \`${report.policy.id}\` ${report.policy.version} (${report.policy.source})`,
    `- **${s.purpose}:** ${purpose}`,
    `- **${s.summary}:** ${s.summaryLine(sum.fields, sum.personal, sum.sensitive, sum.findings)}; ${s.worst}: **${s.severity[sum.worst]}**`,
    `- **${s.tool}:** ${report.tool.name} ${report.tool.version}`,
    '',
  ];
}

/** Radio and checkbox groups are one question: consecutive controls of one group share a row. */
function questionsOf(fields: readonly ReportField[]): ReportField[][] {
  const groups: ReportField[][] = [];
  for (const field of fields) {
    const last = groups[groups.length - 1]?.[0];
    const grouped = field.type === 'radio' || field.type === 'checkbox';
    if (
      last &&
      grouped &&
      last.type === field.type &&
      last.label === field.label &&
      last.category === field.category &&
      (last.name ?? '') === (field.name ?? '')
    ) {
      groups[groups.length - 1]!.push(field);
    } else {
      groups.push([field]);
    }
  }
  return groups;
}

function questionTable(report: Report, s: MdStrings, locale: Locale): string[] {
  if (report.fields.length === 0) return [`## ${s.questions}`, '', s.noQuestions, ''];
  const personalCount = report.fields.filter((f) => f.category !== null).length;
  const index = findingsBySelector(report.findings);
  const rows = questionsOf(report.fields).map((group, i) => {
    const f = group[0]!;
    const label = f.label || f.name || f.selector;
    const category = f.category
      ? `${categoryInfo(f.category).label[locale]}${f.sensitive ? ` (${s.sensitive})` : ''}`
      : '—';
    const verdicts = [...new Set(group.map((member) => verdictOf(member, index, s, locale, personalCount)))];
    const verdict = verdicts.find((v) => v.startsWith('⚠')) ?? verdicts[0]!;
    return `| ${i + 1} | ${cell(label)} | ${cell(category)} | ${cell(verdict)} |`;
  });
  return [
    `## ${s.questions}`,
    '',
    `| # | ${s.question} | ${s.category} | ${s.verdict} |`,
    '|---|---|---|---|',
    ...rows,
    '',
  ];
}

function findingSection(report: Report, s: MdStrings, locale: Locale): string[] {
  if (report.findings.length === 0) return [`## ${s.findings}`, '', s.noFindings, ''];
  const out = [`## ${s.findings}`, ''];
  const labels = new Map(report.fields.map((f) => [f.selector, f.label] as const));
  report.findings.forEach((f, i) => {
    out.push(`### ${i + 1}. [${s.severity[f.severity]}] ${checkTitle(f, locale)} (\`${f.rule}\` / \`${f.check}\`)`, '');
    out.push(f.message[locale], '');
    if (f.fix) out.push(`- **${s.fix}:** ${f.fix[locale]}`);
    if (f.fields.length > 0) {
      const named = f.fields
        .slice(0, 12)
        .map((sel) => (labels.get(sel) ? `${labels.get(sel)} (\`${sel}\`)` : `\`${sel}\``));
      out.push(`- **${s.fields}:** ${named.join(', ')}${f.fields.length > 12 ? ` … (+${f.fields.length - 12})` : ''}`);
    }
    if (f.recipients?.length) out.push(`- **${s.recipients}:** ${f.recipients.join(', ')}`);
    if (f.citation.length > 0) out.push(`- **${s.citation}:** ${f.citation.join('; ')}`);
    if (f.checklist?.length) {
      out.push(
        `- **${s.checklist}:** ${f.checklist.map((item) => `[${item}](${CHECKLIST_DOC}#${checklistAnchor(item)})`).join(', ')}`,
      );
    }
    out.push('');
  });
  return out;
}

function noticeSection(report: Report, s: MdStrings, locale: Locale): string[] {
  const template = report.findings.find((f) => f.noticeTemplate)?.noticeTemplate;
  if (!template) return [];
  return [`## ${s.noticeTemplate}`, '', s.noticeTemplateIntro, '', '```text', template[locale], '```', ''];
}

function thirdPartySection(report: Report, s: MdStrings): string[] {
  if (!report.page) return [];
  const parties = thirdPartiesOf(report.page, report.pageUrl);
  if (parties.length === 0) return [`## ${s.thirdParties}`, '', s.noThirdParties, ''];
  const rows = parties.map(
    (p) =>
      `| ${cell(p.domain)} | ${cell(p.provider ?? '—')} | ${cell(s.kind[p.kind] ?? p.kind)} | ${p.recordsInput === null ? '?' : p.recordsInput ? s.yes : s.no} | ${cell(p.urls.slice(0, 3).join(' '))} |`,
  );
  return [
    `## ${s.thirdParties}`,
    '',
    s.thirdPartiesIntro,
    '',
    `| ${s.domain} | ${s.provider} | ${s.kindHeader} | ${s.recordsInput} | ${s.urls} |`,
    '|---|---|---|---|---|',
    ...rows,
    '',
  ];
}

export function renderReportMarkdown(report: Report, locale: Locale = 'en'): string {
  const s = MD_STRINGS[locale];
  return [
    ...header(report, s),
    ...questionTable(report, s, locale),
    ...findingSection(report, s, locale),
    ...noticeSection(report, s, locale),
    ...thirdPartySection(report, s),
  ].join('\n');
}

export function renderMarkdown(reports: readonly Report[], locale: Locale = 'en'): string {
  return reports.map((r) => renderReportMarkdown(r, locale)).join('\n---\n\n');
}
