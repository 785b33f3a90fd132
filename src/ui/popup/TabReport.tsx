// The popup's view of one tab's report. The first screen decides (issue 18): the verdict and the
// one thing to do now, then the consent choice for this form; below it each finding as a line
// that opens into its detail, who else can read the form, and how the purpose was determined.
import type { TabReportReady } from '../../messaging/contract';
import { bySeriousness, verdictOf, type VerdictInput } from '../../core/report/verdict';
import type { Locale, Report } from '../../core/types';
import { FormConsentPanel } from '../ledger/FormConsentPanel';
import { FindingItem } from './FindingItem';
import type { PopupKey } from './strings';
import type { T } from './t';
import { Verdict } from './Verdict';

const HOW_KEY: Record<Report['purpose']['how'], PopupKey> = {
  'site-rule': 'popupHowSiteRule',
  'page-text': 'popupHowPageText',
  'cli-flag': 'popupHowCliFlag',
  none: 'popupHowNone',
};

export function TabReport({ reply, tabId, locale, t }: { reply: TabReportReady; tabId: number; locale: Locale; t: T }) {
  const { report } = reply;
  const input: VerdictInput = { report, purposeLabel: reply.purposeLabel };
  const verdict = verdictOf(input, locale);
  const findings = bySeriousness(report.findings);
  const recipients = [
    ...new Set(report.findings.filter((f) => f.rule === 'third-party-recipient').flatMap((f) => f.recipients ?? [])),
  ];
  const purposeLabel = reply.purposeLabel?.[locale] || reply.purposeLabel?.en || report.purpose.id;
  return (
    <>
      <Verdict
        verdict={verdict}
        t={t}
        detail={
          findings.length === 0
            ? t('popupNothingDetail', { fields: report.summary.fields, personal: report.summary.personal })
            : undefined
        }
      />
      <FormConsentPanel
        tabId={tabId}
        report={report}
        formFingerprint={reply.formFingerprint}
        origin={reply.origin}
        locale={locale}
      />
      {findings.length > 0 && (
        <section aria-labelledby="findings-h" class="findings-section">
          <h2 id="findings-h">
            {t('popupFindings')} <span class="meta">({t('popupFindingsCount', { n: findings.length })})</span>
          </h2>
          <ul class="findings">
            {findings.map((f, i) => (
              <FindingItem
                key={`${f.rule}/${f.check}/${i}`}
                finding={f}
                input={input}
                report={report}
                tabId={tabId}
                locale={locale}
                t={t}
              />
            ))}
          </ul>
        </section>
      )}
      {recipients.length > 0 && (
        <section aria-labelledby="who-h" class="who">
          <h2 id="who-h">{t('popupWhoElse')}</h2>
          <p>{t('popupWhoElseIntro')}</p>
          <ul>
            {recipients.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </section>
      )}
      <section class="purpose" aria-labelledby="purpose-h">
        <h2 id="purpose-h">{t('popupPurpose')}</h2>
        <p>{report.purpose.id === 'none' ? t('popupPurposeNone') : purposeLabel}</p>
        <p class="how">
          {t(HOW_KEY[report.purpose.how])}
          {report.purpose.evidence ? ` — ${report.purpose.evidence}` : ''}
        </p>
      </section>
      <p class="summary">{t('popupSummary', report.summary)}</p>
    </>
  );
}
