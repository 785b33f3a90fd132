// Rendered by the popup under the findings: "I consent for this purpose" / "I do not consent" —
// per sensitive category when the policy asks for separate consent — with refusals recorded
// earlier for this form shown FIRST (认定方法 三.2: a refused form should not keep asking).
// Decisions go to the background's ledger ('ledger/consent'); this panel never opens IndexedDB.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { ask } from '../ask';
import { categoriesAskedBy } from '../../core/report';
import type { HistoryEntry, Locale, Report } from '../../core/types';
import type { LedgerContextReply } from '../../messaging/contract';
import type { LedgerStatus } from '../../db';
import { currentLocale, makeT } from '../i18n';
import { categoryList, formatDate, formatDateTime } from './format';
import { consentGroups, type Group } from './groups';
import { LedgerStatusBanner } from './LedgerStatusBanner';
import { LEDGER_STRINGS } from './strings';
import './ledger.css';

export interface FormConsentPanelProps {
  tabId: number;
  report: Report;
  formFingerprint: string;
  origin: string;
  locale?: Locale;
}

function absoluteLink(link: string, base: string): string {
  try {
    return new URL(link, base).href;
  } catch {
    return link;
  }
}

export function FormConsentPanel({
  tabId,
  report,
  formFingerprint,
  origin,
  locale = currentLocale(),
}: FormConsentPanelProps) {
  const t = makeT(LEDGER_STRINGS, locale);
  const categories = categoriesAskedBy(report);
  const [context, setContext] = useState<LedgerContextReply | null>(null);
  const [status, setStatus] = useState<LedgerStatus | null>(null);
  const [answers, setAnswers] = useState<
    Record<string, { decision: 'granted' | 'refused'; at: number; written: boolean }>
  >({});

  useEffect(() => {
    let live = true;
    void (async () => {
      const reply = await ask({ type: 'ledger/context', origin, formFingerprint, purposeId: report.purpose.id }).catch(
        () => null,
      );
      if (!live || !reply) return;
      setContext(reply);
      setStatus(reply.status);
    })();
    return () => {
      live = false;
    };
  }, [origin, formFingerprint, report.purpose.id]);

  if (!origin || !formFingerprint) return null;
  const purposeLabel = report.purpose.id === 'none' ? t('purposeNone') : (context?.purposeLabel ?? report.purpose.id);
  const history: HistoryEntry[] = context?.history ?? [];
  const refusals = history.filter((h) => h.kind === 'refused');
  const others = history.filter((h) => h.kind === 'granted' || h.kind === 'revoked');
  const groups = consentGroups(categories, context?.separateConsent ?? true);
  const retentionDays = context?.retentionDays ?? null;

  const decide = async (group: Group, decision: 'granted' | 'refused') => {
    const reply = await ask({
      type: 'ledger/consent',
      decision,
      tabId,
      origin,
      formFingerprint,
      purposeId: report.purpose.id,
      categories: group.categories,
      notice: {
        links: report.notice.links.map((l) => absoluteLink(l, report.pageUrl)),
        elements: report.notice.elements,
      },
      policyId: report.policy.id,
      policyVersion: report.policy.version,
      language: locale,
    }).catch((e: unknown) => ({ ok: false, recorded: false, written: false, error: String(e), status: undefined }));
    if (reply?.status) setStatus(reply.status);
    if (reply?.ok)
      setAnswers((a) => ({ ...a, [group.key]: { decision, at: Date.now(), written: reply.written ?? false } }));
  };

  const retry = async () => {
    const s = await ask({ type: 'ledger/retry' }).catch(() => null);
    if (s) setStatus(s);
  };

  return (
    <section
      class="ledger-panel"
      aria-labelledby="ledger-panel-h"
      data-testid="consent-panel"
      aria-busy={context === null}
    >
      {/* With something to consent to, the question is the heading: the choice stays on the popup's first screen (issue 18). */}
      <h2 id="ledger-panel-h">
        {categories.length === 0 ? t('panelTitle') : t('collects', { purpose: purposeLabel })}
      </h2>
      <LedgerStatusBanner status={status} t={t} onRetry={retry} />
      {refusals.length > 0 && (
        <div class="ledger-refusals" role="note" data-testid="earlier-refusals">
          <ul>
            {refusals.map((r) => (
              <li key={`${r.at}-${r.categories.join()}`}>
                {t('refusedBefore', {
                  date: formatDateTime(r.at, locale),
                  purpose: r.purposeLabel ?? r.purposeId,
                  categories: categoryList(r.categories, locale),
                })}
              </li>
            ))}
          </ul>
          <p>{t('askedAgain')}</p>
        </div>
      )}
      {others.slice(0, 3).map((h) => (
        <p class="ledger-meta" key={`${h.kind}-${h.at}`}>
          {h.kind === 'granted'
            ? t('grantedBefore', { date: formatDateTime(h.at, locale), purpose: h.purposeLabel ?? h.purposeId })
            : t('revokedBefore', { date: formatDateTime(h.at, locale) })}
        </p>
      ))}
      {categories.length === 0 ? (
        <p class="ledger-meta">{t('noPersonal')}</p>
      ) : (
        <>
          <p class="ledger-meta">
            {retentionDays
              ? t('retention', { n: retentionDays, date: formatDate(Date.now() + retentionDays * 86_400_000, locale) })
              : t('noRetention')}
            {groups.length > 1 && ` ${t('separateIntro')}`}
          </p>
          <ul class="ledger-groups">
            {groups.map((g) => {
              const answer = answers[g.key];
              const label =
                g.key === 'other'
                  ? t('otherData', { categories: categoryList(g.categories, locale) })
                  : categoryList(g.categories, locale);
              return (
                <li key={g.key} data-group={g.key}>
                  <span class="ledger-group-label" id={`ledger-group-${g.key}`}>
                    {label}
                    {g.sensitive && groups.length > 1 && <span class="ledger-tag">{t('sensitiveTag')}</span>}
                  </span>
                  {answer ? (
                    <span role="status" class="ledger-recorded" data-decision={answer.decision}>
                      {t(answer.decision === 'granted' ? 'recordedGranted' : 'recordedRefused', {
                        time: formatDateTime(answer.at, locale),
                      })}
                      {!answer.written && ` ${t('recordedPending')}`}
                    </span>
                  ) : (
                    <span class="ledger-actions">
                      {/* The item's label describes both buttons: "I consent — ID number, sensitive". */}
                      <button
                        type="button"
                        class="ledger-grant"
                        aria-describedby={`ledger-group-${g.key}`}
                        onClick={() => void decide(g, 'granted')}
                      >
                        {t('consent')}
                      </button>
                      <button
                        type="button"
                        class="ledger-refuse"
                        aria-describedby={`ledger-group-${g.key}`}
                        onClick={() => void decide(g, 'refused')}
                      >
                        {t('refuse')}
                      </button>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p class="ledger-meta">
        <a
          href="#"
          onClick={(e) => {
            e.preventDefault();
            void browser.tabs.create({ url: browser.runtime.getURL('src/ui/options/options.html#consents') });
          }}
        >
          {t('openConsents')}
        </a>
      </p>
    </section>
  );
}
