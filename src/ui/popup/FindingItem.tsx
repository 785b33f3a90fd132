// One finding as a short line (severity word and icon, then the finding in a few words) that opens
// — a native <details>, so keyboard and screen readers get a disclosure for free — into the full
// message, its fields (a click shows the field in the page), what the employee can do, what the
// form's owner should change, and the rule with its citations.
import { ask } from '../ask';
import { findingLine, type VerdictInput } from '../../core/report/verdict';
import type { Finding, Locale, Report, ReportField, RuleId } from '../../core/types';
import { SeverityIcon } from './SeverityIcon';
import type { PopupKey } from './strings';
import { SEVERITY_KEY, type T } from './t';

/** What the employee (not HR) can do about each kind of finding. */
const ADVICE_KEY: Record<RuleId, PopupKey> = {
  'purpose-limitation': 'popupAdvicePurpose',
  'minimal-necessity': 'popupAdviceMinimal',
  'consent-notice': 'popupAdviceNotice',
  'separate-consent': 'popupAdviceSeparate',
  'insecure-transport': 'popupAdviceTransport',
  'third-party-recipient': 'popupAdviceThirdParty',
};

/** What the employee sees for a selector: a field's question, or a notice link's / consent box's text. */
function visibleText(report: Report, selector: string, field: ReportField | undefined): string {
  const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
  if (field) return shorten(field.label || field.name || selector);
  const other =
    report.page?.noticeLinks.find((l) => l.selector === selector)?.text ??
    report.page?.consentControls.find((c) => c.selector === selector)?.text;
  return shorten(other || selector);
}

function FieldButton({ label, selector, tabId, t }: { label: string; selector: string; tabId: number; t: T }) {
  const show = () => void ask({ type: 'tab/highlight', tabId, selector });
  return (
    <li>
      <button type="button" onClick={show} aria-label={t('popupShowField', { label })} title={selector}>
        {label}
      </button>
    </li>
  );
}

export function FindingItem({
  finding,
  input,
  report,
  tabId,
  locale,
  t,
}: {
  finding: Finding;
  input: VerdictInput;
  report: Report;
  tabId: number;
  locale: Locale;
  t: T;
}) {
  const bySelector = new Map(report.fields.map((f) => [f.selector, f]));
  return (
    <li class="finding" data-severity={finding.severity} data-check={finding.check}>
      <details>
        <summary>
          <span class="sev">
            <SeverityIcon severity={finding.severity} />
            {t(SEVERITY_KEY[finding.severity])}
          </span>
          <span class="line">{findingLine(finding, input, locale)}</span>
        </summary>
        <div class="detail">
          <p class="message">{finding.message[locale] || finding.message.en}</p>
          {finding.fields.length > 0 && (
            <ul class="fields" aria-label={t('popupFields')}>
              {finding.fields.map((s) => (
                <FieldButton
                  key={s}
                  selector={s}
                  label={visibleText(report, s, bySelector.get(s))}
                  tabId={tabId}
                  t={t}
                />
              ))}
            </ul>
          )}
          <p class="advice">
            <strong>{t('popupWhatYouCanDo')}: </strong>
            {t(ADVICE_KEY[finding.rule] ?? 'popupAdviceDefault')}
          </p>
          {finding.fix && (
            <p class="owner">
              <strong>{t('popupOwnerFix')}: </strong>
              {finding.fix[locale] || finding.fix.en}
            </p>
          )}
          {finding.citation.length > 0 && (
            <p class="meta">
              {t('popupCitation')}: {finding.citation.join('; ')}
              {finding.checklist?.length ? ` · ${finding.checklist.join(', ')}` : ''}
            </p>
          )}
        </div>
      </details>
    </li>
  );
}
