// The report as HR reads it: purpose, findings with citation and fix, questions, notice template.
import type { Locale, Report } from '../../core/types';
import { categoryInfo } from '../../core/taxonomy';
import type { Key } from './strings';

type T = (key: Key, subs?: Record<string, string | number>) => string;

export function ReportView({ report, locale, t }: { report: Report; locale: Locale; t: T }) {
  const flagged = new Set(report.findings.flatMap((f) => f.fields));
  const templates = report.findings
    .map((f) => (f as { noticeTemplate?: Record<Locale, string> }).noticeTemplate)
    .filter(Boolean);
  return (
    <>
      <h2>{t('report')}</h2>
      <p data-testid="summary">{t('summary', { ...report.summary })}</p>
      <p>
        <strong>{t('purposeFound')}:</strong> {report.purpose.id} — {t(`how_${report.purpose.how}`)}
        {report.purpose.evidence && (
          <>
            {' '}
            (<q>{report.purpose.evidence}</q>)
          </>
        )}
      </p>
      <h3>{t('findings')}</h3>
      {report.findings.length === 0 && <p data-testid="no-findings">{t('noFindings')}</p>}
      <ol>
        {report.findings.map((f, i) => (
          <li key={i} class={`finding ${f.severity}`} data-testid="finding" data-rule={f.rule} data-check={f.check}>
            <div>
              <strong>{t(`severity_${f.severity}`)}</strong> · <code>{f.rule}</code> / <code>{f.check}</code>
            </div>
            <p>{f.message[locale]}</p>
            {f.fix && (
              <p class="fix">
                <strong>{t('fix')}:</strong> {f.fix[locale]}
              </p>
            )}
            <div class="meta">
              {t('citation')}: {f.citation.join('; ')}
              {f.checklist?.length ? ` · ${t('checklist')}: ${f.checklist.join(', ')}` : ''}
            </div>
            {f.fields.length > 0 && (
              <div class="meta">
                {f.fields.map((s) => (
                  <code key={s}>{s} </code>
                ))}
              </div>
            )}
          </li>
        ))}
      </ol>
      {templates.length > 0 && (
        <>
          <h3>{t('noticeTemplate')}</h3>
          <pre class="template" data-testid="notice-template">
            {templates[0]![locale]}
          </pre>
          <button type="button" onClick={() => void navigator.clipboard.writeText(templates[0]![locale])}>
            {t('copy')}
          </button>
        </>
      )}
      <h3>{t('fields')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('label')}</th>
            <th scope="col">{t('category')}</th>
            <th scope="col">{t('verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {report.fields.map((f) => (
            <tr key={f.selector}>
              <td>{f.label || <code>{f.name ?? f.selector}</code>}</td>
              <td>{f.category ? categoryInfo(f.category).label[locale] : t('notPersonal')}</td>
              <td>{flagged.has(f.selector) ? t('flagged') : t('ok')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
