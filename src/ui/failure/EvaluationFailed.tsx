// Popup: FormWarden could not check this tab, and why (issue 13: a failure is never silent).
// Self-contained (own strings and styles) so the popup only decides when to show it.
import type { Locale } from '../../core/types';
import { makeT } from '../i18n';
import { FAILURE_STRINGS } from './strings';
import './failure.css';

export function EvaluationFailed({ reason, locale }: { reason: string; locale: Locale }) {
  const t = makeT(FAILURE_STRINGS, locale);
  return (
    <section
      class="evaluation-failed"
      role="alert"
      aria-labelledby="evaluation-failed-h"
      data-testid="evaluation-failed"
    >
      <h2 id="evaluation-failed-h">{t('couldNotCheck')}</h2>
      <p>{t('notProtected')}</p>
      <p>
        <strong>{t('reason')}: </strong>
        <code data-testid="evaluation-failed-reason">{reason}</code>
      </p>
      <p class="what">{t('whatToDo')}</p>
    </section>
  );
}
