// The employee's view of one tab: the purpose found and how, each finding in plain words with its
// fields (a click shows the field in the page), the rule it rests on, what they can do, who else
// can read the form, and the consent ledger's panel. A tab with nothing to say says so.
import { useEffect, useState } from 'preact/hooks';
import { ask } from '../ask';
import browser from 'webextension-polyfill';
import type { TabReportReady } from '../../messaging/contract';
import type { Finding, Locale, Report, ReportField, RuleId, Severity } from '../../core/types';
import { EvaluationFailed } from '../failure/EvaluationFailed';
import { ConsentPanel } from '../ledger/ConsentPanel';
import { makeT } from '../i18n';
import { POPUP_STRINGS, type PopupKey } from './strings';

type T = (key: PopupKey, subs?: Record<string, string | number>) => string;
type Load = { state: 'loading' } | { state: 'none' } | { state: 'ready'; reply: TabReportReady } | { state: 'failed'; reason: string };

const SEVERITY_KEY: Record<Severity, PopupKey> = { high: 'popupSeverityHigh', medium: 'popupSeverityMedium', low: 'popupSeverityLow' };
const HOW_KEY: Record<Report['purpose']['how'], PopupKey> = { 'site-rule': 'popupHowSiteRule', 'page-text': 'popupHowPageText', 'cli-flag': 'popupHowCliFlag', none: 'popupHowNone' };
const ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const REPORT_ATTEMPTS = 8;
const REPORT_RETRY_MS = 400;
/** What the employee (not HR) can do about each kind of finding. */
const ADVICE_KEY: Record<RuleId, PopupKey> = {
  'purpose-limitation': 'popupAdvicePurpose',
  'minimal-necessity': 'popupAdviceMinimal',
  'consent-notice': 'popupAdviceNotice',
  'separate-consent': 'popupAdviceSeparate',
  'insecure-transport': 'popupAdviceTransport',
  'third-party-recipient': 'popupAdviceThirdParty',
};

export async function resolveTabId(search: string): Promise<number | null> {
  const fromUrl = new URLSearchParams(search).get('tab');
  if (fromUrl && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** What the employee sees for a selector: a field's question, or a notice link's / consent box's text. */
function visibleText(report: Report, selector: string, field: ReportField | undefined): string {
  const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
  if (field) return shorten(field.label || field.name || selector);
  const other = report.page?.noticeLinks.find((l) => l.selector === selector)?.text ?? report.page?.consentControls.find((c) => c.selector === selector)?.text;
  return shorten(other || selector);
}

function FieldButton({ label, selector, tabId, t }: { label: string; selector: string; tabId: number; t: T }) {
  const show = () => void ask({ type: 'tab/highlight', tabId, selector });
  return (
    <li>
      <button type="button" onClick={show} aria-label={t('popupShowField', { label })} title={selector}>{label}</button>
    </li>
  );
}

function FindingItem({ finding, report, tabId, locale, t }: { finding: Finding; report: Report; tabId: number; locale: Locale; t: T }) {
  const byselector = new Map(report.fields.map((f) => [f.selector, f]));
  const id = `finding-${finding.rule}-${finding.check}`;
  return (
    <li class="finding" data-severity={finding.severity} data-check={finding.check} aria-labelledby={id}>
      <p id={id}>
        <span class="sev">{t(SEVERITY_KEY[finding.severity])}</span>
        {finding.message[locale] || finding.message.en}
      </p>
      {finding.fields.length > 0 && (
        <ul class="fields" aria-label={t('popupFields')}>
          {finding.fields.map((s) => <FieldButton key={s} selector={s} label={visibleText(report, s, byselector.get(s))} tabId={tabId} t={t} />)}
        </ul>
      )}
      <p class="advice"><strong>{t('popupWhatYouCanDo')}: </strong>{t(ADVICE_KEY[finding.rule] ?? 'popupAdviceDefault')}</p>
      {finding.fix && <p class="meta"><strong>{t('popupOwnerFix')}: </strong>{finding.fix[locale] || finding.fix.en}</p>}
      {finding.citation.length > 0 && <p class="meta">{t('popupCitation')}: {finding.citation.join('; ')}{finding.checklist?.length ? ` · ${finding.checklist.join(', ')}` : ''}</p>}
    </li>
  );
}

export function ReportView({ reply, tabId, locale, t }: { reply: TabReportReady; tabId: number; locale: Locale; t: T }) {
  const { report } = reply;
  const findings = [...report.findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const recipients = [...new Set(report.findings.filter((f) => f.rule === 'third-party-recipient').flatMap((f) => f.recipients ?? []))];
  const purposeLabel = reply.purposeLabel?.[locale] || reply.purposeLabel?.en || report.purpose.id;
  return (
    <>
      <section class="purpose" aria-labelledby="purpose-h">
        <h2 id="purpose-h">{t('popupPurpose')}</h2>
        <p>{report.purpose.id === 'none' ? t('popupPurposeNone') : purposeLabel}</p>
        <p class="how">{t(HOW_KEY[report.purpose.how])}{report.purpose.evidence ? ` — ${report.purpose.evidence}` : ''}</p>
      </section>
      {findings.length === 0 ? (
        <section class="empty" role="status">
          <h2>{t('popupNothingToSay')}</h2>
          <p>{t('popupNothingDetail', { fields: report.summary.fields, personal: report.summary.personal })}</p>
        </section>
      ) : (
        <section aria-labelledby="findings-h">
          <h2 id="findings-h">{t('popupFindings')} <span class="meta">({t('popupFindingsCount', { n: findings.length })})</span></h2>
          <ul class="findings">
            {findings.map((f, i) => <FindingItem key={`${f.rule}/${f.check}/${i}`} finding={f} report={report} tabId={tabId} locale={locale} t={t} />)}
          </ul>
        </section>
      )}
      {recipients.length > 0 && (
        <section aria-labelledby="who-h" class="who">
          <h2 id="who-h">{t('popupWhoElse')}</h2>
          <p>{t('popupWhoElseIntro')}</p>
          <ul>{recipients.map((r) => <li key={r}>{r}</li>)}</ul>
        </section>
      )}
      <ConsentPanel tabId={tabId} report={report} formFingerprint={reply.formFingerprint} origin={reply.origin} />
      <p class="summary">{t('popupSummary', report.summary)}</p>
    </>
  );
}

export function Popup({ locale }: { locale: Locale }) {
  const t = makeT(POPUP_STRINGS, locale);
  const [tabId, setTabId] = useState<number | null>(null);
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    void (async () => {
      const id = await resolveTabId(location.search);
      setTabId(id);
      if (id === null) return setLoad({ state: 'none' });
      // The first scan waits for the page's load; a popup opened right away retries for a while.
      for (let attempt = 0; attempt < REPORT_ATTEMPTS; attempt++) {
        const reply = await ask({ type: 'tab/report', tabId: id }).catch(() => null);
        if (reply && 'error' in reply) return setLoad({ state: 'failed', reason: reply.error });
        if (reply) return setLoad({ state: 'ready', reply });
        await new Promise((ok) => setTimeout(ok, REPORT_RETRY_MS));
      }
      setLoad({ state: 'none' });
    })();
  }, []);

  const pageUrl = load.state === 'ready' ? load.reply.report.pageUrl : '';
  return (
    <main aria-busy={load.state === 'loading'}>
      <header>
        <h1>{t('popupTitle')}</h1>
        {pageUrl && <span class="page" title={pageUrl} aria-label={`${t('popupPageLabel')}: ${pageUrl}`}>{pageUrl}</span>}
      </header>
      {load.state === 'loading' && <p role="status">{t('popupLoading')}</p>}
      {load.state === 'none' && <p role="status" class="empty">{t('popupNoPage')}</p>}
      {load.state === 'ready' && tabId !== null && <ReportView reply={load.reply} tabId={tabId} locale={locale} t={t} />}
      {load.state === 'failed' && <EvaluationFailed reason={load.reason} locale={locale} />}
      <footer>
        {load.state === 'ready' && <span>{t('popupPolicy', { id: load.reply.report.policy.id, version: load.reply.report.policy.version, source: load.reply.report.policy.source })}</span>}
        <a href="#" onClick={(e) => { e.preventDefault(); void browser.runtime.openOptionsPage(); }}>{t('popupOpenOptions')}</a>
      </footer>
    </main>
  );
}
