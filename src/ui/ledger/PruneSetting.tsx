// Self-pruning: after how many days the ledger drops its records (never, by default). Read here,
// written by the service worker.
import { useEffect, useState } from 'preact/hooks';
import type { Ledger } from '../../db';
import { ask } from '../ask';
import type { LedgerT } from './strings';
import type { Written } from './useLedgerWrites';

const PRUNE_CHOICES = [null, 30, 90, 180, 365, 730] as const;

export function PruneSetting({
  ledger,
  version,
  t,
  written,
}: {
  ledger: Ledger;
  /** Read again after every write. */
  version: number;
  t: LedgerT;
  written: Written;
}) {
  const [days, setDays] = useState<number | null>(null);
  useEffect(() => {
    ledger.getPruneAfterDays().then(setDays, () => undefined); // the status banner says why
  }, [ledger, version]);

  const change = async (value: string) => {
    const chosen = value === '' ? null : Number(value);
    setDays(chosen);
    written(await ask({ type: 'ledger/set-prune-after-days', days: chosen }));
  };

  return (
    <div class="toolbar">
      <label>
        {t('pruneLabel')}{' '}
        <select
          name="prune"
          value={days === null ? '' : String(days)}
          onChange={(e) => void change((e.target as HTMLSelectElement).value)}
        >
          {PRUNE_CHOICES.map((d) => (
            <option key={String(d)} value={d === null ? '' : String(d)}>
              {d === null ? t('pruneNever') : t('pruneDays', { n: d })}
            </option>
          ))}
        </select>
      </label>
      <span class="ledger-meta">{t('pruneHelp')}</span>
    </div>
  );
}
