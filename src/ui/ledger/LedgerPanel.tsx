// Options page tab "My consents": every consent the ledger holds. Search and filter by site,
// purpose, category and state; view and download receipts; withdraw a consent; records past their
// retention flagged; self-pruning setting; export JSON / CSV, import JSON; delete everything.
// This file only arranges the parts, each with its own job and state: the list (useLedgerList,
// LedgerFilters, LedgerList), the counts (useLedgerSummary), the two status banners
// (useLedgerStatus), writes and their messages (useLedgerWrites), LedgerTransfer, PruneSetting,
// DeleteEverything. The page reads its own connection (options-ledger.ts); every write goes to the
// service worker.
import { useState } from 'preact/hooks';
import type { Locale } from '../../core/types';
import type { Ledger } from '../../db';
import { currentLocale, makeT } from '../i18n';
import { DeleteEverything } from './DeleteEverything';
import { LedgerFilters } from './LedgerFilters';
import { LedgerList } from './LedgerList';
import { LedgerStatusBanner } from './LedgerStatusBanner';
import { LedgerTransfer } from './LedgerTransfer';
import { optionsLedger } from './options-ledger';
import { PruneSetting } from './PruneSetting';
import { LEDGER_STRINGS } from './strings';
import { useLedgerList } from './useLedgerList';
import { usePageLedgerStatus, useWorkerLedgerStatus } from './useLedgerStatus';
import { useLedgerSummary } from './useLedgerSummary';
import { useLedgerWrites } from './useLedgerWrites';
import './ledger.css';

export function LedgerPanel({ ledger: given, locale = currentLocale() }: { ledger?: Ledger; locale?: Locale } = {}) {
  const ledger = given ?? optionsLedger();
  const t = makeT(LEDGER_STRINGS, locale);
  const [version, setVersion] = useState(0); // bumped after every write to read again
  const refresh = () => setVersion((v) => v + 1);
  const pageStatus = usePageLedgerStatus(ledger, refresh);
  const workerStatus = useWorkerLedgerStatus();
  const list = useLedgerList(ledger, version, pageStatus.update);
  const summary = useLedgerSummary(ledger, version, pageStatus.update);
  const { message, say, written } = useLedgerWrites(t, workerStatus.update, refresh);

  return (
    <div class="ledger-consents" data-testid="consents-panel">
      <h2>{t('title')}</h2>
      <p class="ledger-meta">{t('intro')}</p>
      <LedgerStatusBanner status={pageStatus.status} t={t} onRetry={pageStatus.retry} />
      <LedgerStatusBanner status={workerStatus.status} t={t} onRetry={workerStatus.retry} />
      <LedgerFilters filter={list.filter} refine={list.refine} choices={summary.choices} locale={locale} t={t} />
      <LedgerList list={list} locale={locale} t={t} written={written} />
      <p class="ledger-meta">{t('submissions', { n: summary.submissions })}</p>
      {message && (
        <p class="notice" role="status" data-testid="ledger-message">
          {message}
        </p>
      )}
      <LedgerTransfer ledger={ledger} t={t} written={written} say={say} refresh={refresh} />
      <PruneSetting ledger={ledger} version={version} t={t} written={written} />
      <DeleteEverything records={summary.decisions + summary.submissions} t={t} written={written} say={say} />
    </div>
  );
}
