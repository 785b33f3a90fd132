// Options page: the last page FormWarden could not check — when, which page, why — as the service
// worker stored it (background/evaluation-failure.ts). Shown only when there is one.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { LAST_FAILURE_KEY, type EvaluationFailure } from '../../background/evaluation-failure';
import type { Locale } from '../../core/types';
import { makeT } from '../i18n';
import { formatDateTime } from '../ledger/format';
import { FAILURE_STRINGS } from './strings';
import './failure.css';

const isFailure = (v: unknown): v is EvaluationFailure =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as EvaluationFailure).at === 'number' &&
  typeof (v as EvaluationFailure).reason === 'string';

export function LastFailure({ locale }: { locale: Locale }) {
  const t = makeT(FAILURE_STRINGS, locale);
  const [failure, setFailure] = useState<EvaluationFailure | null>(null);
  useEffect(() => {
    const read = () =>
      void browser.storage.local.get(LAST_FAILURE_KEY).then((items) => {
        const value = items[LAST_FAILURE_KEY];
        setFailure(isFailure(value) ? value : null);
      });
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && LAST_FAILURE_KEY in changes) read();
    };
    read();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  if (!failure) return null;
  return (
    <section
      class="evaluation-failed last-failure"
      role="status"
      aria-labelledby="last-failure-h"
      data-testid="last-failure"
    >
      <h2 id="last-failure-h">{t('lastFailureTitle')}</h2>
      <p data-testid="last-failure-when">
        {t('lastFailureWhen', { time: formatDateTime(failure.at, locale), page: failure.page || '—' })}
      </p>
      <p>
        <strong>{t('reason')}: </strong>
        <code data-testid="last-failure-reason">{failure.reason}</code>
      </p>
      <p class="what">{t('lastFailureExplain')}</p>
    </section>
  );
}
