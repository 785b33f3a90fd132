// The popup's first screen (issue 18): how bad it is (word and icon as well as colour), the verdict
// in one sentence, and the one thing the employee can do now. The sentence is the core's.
import type { Verdict as VerdictData } from '../../core/report/verdict';
import type { Severity } from '../../core/types';
import { SeverityIcon } from './SeverityIcon';
import type { PopupKey } from './strings';
import type { T } from './t';

const WORST_KEY: Record<Severity | 'none', PopupKey> = {
  high: 'popupWorstHigh',
  medium: 'popupWorstMedium',
  low: 'popupWorstLow',
  none: 'popupWorstNone',
};

/** `detail`: a line under the sentence (on a page with nothing to say: what was looked at). */
export function Verdict({ verdict, detail, t }: { verdict: VerdictData; detail?: string; t: T }) {
  const clean = verdict.worst === 'none';
  return (
    <section
      class={clean ? 'verdict empty' : 'verdict'}
      role={clean ? 'status' : undefined}
      data-worst={verdict.worst}
      aria-labelledby="verdict-h"
    >
      <h2 id="verdict-h">
        <SeverityIcon severity={verdict.worst} />
        {t(WORST_KEY[verdict.worst])}
      </h2>
      <p class="verdict-sentence" data-testid="verdict">
        {verdict.sentence}
      </p>
      {detail && <p class="meta">{detail}</p>}
      {verdict.action && (
        <p class="do-now" data-testid="action">
          <strong>{t('popupDoNow')}: </strong>
          {verdict.action}
        </p>
      )}
    </section>
  );
}
