// "Delete everything", asked twice: the ledger's every record and submission, by the service worker.
import { useState } from 'preact/hooks';
import { ask } from '../ask';
import type { LedgerT } from './strings';
import type { Written } from './useLedgerWrites';

export function DeleteEverything({
  records,
  t,
  written,
  say,
}: {
  /** How many records would go (decisions and submissions). */
  records: number;
  t: LedgerT;
  written: Written;
  say: (message: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);

  const deleteEverything = async () => {
    const reply = await ask({ type: 'ledger/delete-everything' });
    written(reply);
    setConfirming(false);
    if (reply.ok) say(t(reply.written ? 'deleted' : 'deletePending'));
  };

  return (
    <div class="toolbar">
      {confirming ? (
        <div class="danger-box" role="group">
          <p>{t('deleteConfirm', { n: records })}</p>
          <button type="button" class="primary" onClick={() => void deleteEverything()}>
            {t('deleteYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('deleteAll')}
        </button>
      )}
    </div>
  );
}
