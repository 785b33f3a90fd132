// The consent list itself: one page of the records the filter matches, the pager, and which record's
// receipt is open or withdrawal is being confirmed. Its data-* attributes carry the benchmark's timings.
import { useState } from 'preact/hooks';
import type { Locale } from '../../core/types';
import { ask } from '../ask';
import { LedgerRow } from './LedgerRow';
import type { LedgerT } from './strings';
import { PAGE_SIZE, type LedgerList as List } from './useLedgerList';
import type { Written } from './useLedgerWrites';

export function LedgerList({ list, locale, t, written }: { list: List; locale: Locale; t: LedgerT; written: Written }) {
  const { result, offset, rows, timing, filter, now } = list;
  const [receiptOpen, setReceiptOpen] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);

  const revoke = async (id: string) => {
    written(await ask({ type: 'ledger/revoke', id }));
    setRevoking(null);
  };

  const total = result?.total ?? 0;
  const noFilter = !filter.site && !filter.purposeId && !filter.category && !filter.state;
  const showing = t('showing', { from: offset + 1, to: Math.min(offset + PAGE_SIZE, total), n: total });
  return (
    <div
      class="ledger-list"
      aria-busy={result === null}
      data-testid="ledger-list"
      data-total={result?.total ?? ''}
      data-open-ms={timing.openMs?.toFixed(1) ?? ''}
      data-ready-at={timing.readyAt?.toFixed(1) ?? ''}
      data-query-ms={timing.queryMs?.toFixed(1) ?? ''}
      data-queries={timing.done ?? 0}
    >
      {result === null ? (
        <p role="status">{t('loading')}</p>
      ) : total === 0 ? (
        <p role="status">{noFilter ? t('empty') : t('noMatch')}</p>
      ) : (
        <>
          <p class="ledger-meta" role="status">
            {showing}
            {timing.queryMs !== undefined && ` · ${t('foundIn', { ms: Math.round(timing.queryMs) })}`}
          </p>
          <table>
            <thead>
              <tr>
                <th>{t('colWhen')}</th>
                <th>{t('colSite')}</th>
                <th>{t('colPurpose')}</th>
                <th>{t('colData')}</th>
                <th>{t('colState')}</th>
                <th>{t('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <LedgerRow
                  key={d.id}
                  record={d}
                  now={now}
                  locale={locale}
                  t={t}
                  receiptOpen={receiptOpen === d.id}
                  revoking={revoking === d.id}
                  onToggleReceipt={() => setReceiptOpen((o) => (o === d.id ? null : d.id))}
                  onAskRevoke={() => setRevoking(d.id)}
                  onRevoke={() => void revoke(d.id)}
                  onCancelRevoke={() => setRevoking(null)}
                />
              ))}
            </tbody>
          </table>
          {total > PAGE_SIZE && (
            <nav class="pager" aria-label={showing}>
              <button
                type="button"
                disabled={offset === 0}
                onClick={() => void list.goTo(Math.max(0, offset - PAGE_SIZE))}
              >
                {t('prev')}
              </button>
              <button
                type="button"
                disabled={offset + PAGE_SIZE >= total}
                onClick={() => void list.goTo(offset + PAGE_SIZE)}
              >
                {t('next')}
              </button>
            </nav>
          )}
        </>
      )}
    </div>
  );
}
